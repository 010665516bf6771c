import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { todayInNetherlands } from '../candidates/candidate';
import { employerArea } from './index';
import { fakeServices, page, renderArea } from './employer-test-kit';

const EMPLOYER = { sub: 'wg-1', role: 'employer' as const, employerId: 'emp-1' };
const FOLLOW_UPS = '/api/employers/placements/follow-ups';
const RECORD = '/api/employers/vacancies/vac-1/placements/pl-1/follow-ups';

const due = {
  placementId: 'pl-1',
  targetId: 'vac-1',
  targetTitle: 'Medewerker houtbewerking',
  referralId: '0b8f3c1e-7d2a-4f59-9a61-2c4e8d7b5a10',
  startDate: '2026-06-01',
  checkpoint: '3-months' as const,
  dueOn: '2026-09-01',
  holds: null,
  endedOn: null,
  recordedAt: null,
};
const recorded = {
  ...due,
  placementId: 'pl-2',
  targetId: 'vac-2',
  targetTitle: 'Lasser',
  referralId: '7c9e6679-7425-40de-944b-e07fc1f90ae7',
  checkpoint: '6-months' as const,
  dueOn: '2026-12-01',
  holds: false,
  endedOn: '2026-11-15',
  recordedAt: '2026-12-02T10:00:00.000Z',
};

/** The follow-ups as employers answers them, by ?status=; `record` answers the POST. */
function services(record: (body: unknown) => unknown = () => ({ status: 201, body: {} })) {
  return fakeServices({
    [`GET ${FOLLOW_UPS}`]: ({ url }) =>
      url.searchParams.get('status') === 'recorded' ? page([recorded]) : page([due]),
    [`POST ${RECORD}`]: ({ body }) => record(body),
    'GET /api/employers/vacancies': () => page([]),
  });
}

const question = () => screen.getByRole('group', { name: 'Werkt deze kandidaat hier nog?' });
const openForm = async (user: ReturnType<typeof userEvent.setup>) => {
  await user.click(
    await screen.findByRole('button', {
      name: 'Kenmerk 0B8F3C1E, 3 maanden na de start beantwoorden',
    }),
  );
  expect(
    screen.getByRole('heading', { name: 'Kenmerk 0B8F3C1E, 3 maanden na de start' }),
  ).toHaveFocus();
};

describe('employer: placement follow-ups', { timeout: 20_000 }, () => {
  it('shows on the home screen how many questions are due, with the way to them', async () => {
    const fake = services();
    renderArea(employerArea, EMPLOYER, '/werkgever', fake);
    expect(
      await screen.findByText(/Er staat 1 vraag over een plaatsing voor u klaar\./),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Vragen beantwoorden' })).toHaveAttribute(
      'href',
      '/werkgever/opvolging',
    );
    expect(fake.sent('GET', FOLLOW_UPS)[0].query.get('status')).toBe('due');
    expect(employerArea.menu).toContainEqual({ to: 'opvolging', label: 'menu.followUps' });
  });

  it('shows nothing on the home screen when no question is due', async () => {
    const fake = fakeServices({
      [`GET ${FOLLOW_UPS}`]: () => page([]),
      'GET /api/employers/vacancies': () => page([]),
    });
    renderArea(employerArea, EMPLOYER, '/werkgever', fake);
    await screen.findByText('U hebt nog geen vacatures');
    await waitFor(() => expect(fake.sent('GET', FOLLOW_UPS)).toHaveLength(1));
    expect(screen.queryByText(/vragen over plaatsingen/i)).not.toBeInTheDocument();
  });

  it('lists the due questions with their count and the answered ones with their answer', async () => {
    renderArea(employerArea, EMPLOYER, '/werkgever/opvolging', services());
    expect(await screen.findByRole('heading', { name: 'Te beantwoorden (1)' })).toBeInTheDocument();
    const dueTable = await screen.findByRole('table', {
      name: 'Vragen die u nu kunt beantwoorden',
    });
    expect(
      within(dueTable).getByRole('link', { name: 'Medewerker houtbewerking' }),
    ).toHaveAttribute('href', '/werkgever/vacatures/vac-1');
    expect(within(dueTable).getByText('0B8F3C1E')).toBeInTheDocument();
    expect(within(dueTable).getByText('1 september 2026')).toBeInTheDocument();
    const answered = await screen.findByRole('table', { name: 'Vragen die u al hebt beantwoord' });
    expect(within(answered).getByText('Werkt er niet meer')).toBeInTheDocument();
    expect(within(answered).getByText('sinds 15 november 2026')).toBeInTheDocument();
    expect(within(answered).getByText('6 maanden na de start')).toBeInTheDocument();
  });

  it('records that the placement holds', async () => {
    const fake = services(() => ({
      status: 201,
      body: { ...due, holds: true, recordedAt: '2026-12-08T10:00:00.000Z' },
    }));
    renderArea(employerArea, EMPLOYER, '/werkgever/opvolging', fake);
    const user = userEvent.setup();
    await openForm(user);
    expect(screen.queryByLabelText(/Sinds wanneer/)).not.toBeInTheDocument();
    await user.click(within(question()).getByLabelText('Ja'));
    await user.click(screen.getByRole('button', { name: 'Antwoord opslaan' }));
    expect(await screen.findByText(/Uw antwoord is opgeslagen/)).toBeInTheDocument();
    expect(fake.sent('POST', RECORD)[0].body).toEqual({ checkpoint: '3-months', holds: true });
  });

  it('records that it ended, with since when', async () => {
    const fake = services(() => ({ status: 201, body: { ...due, holds: false } }));
    renderArea(employerArea, EMPLOYER, '/werkgever/opvolging', fake);
    const user = userEvent.setup();
    await openForm(user);
    await user.click(within(question()).getByLabelText('Nee'));
    await user.type(screen.getByLabelText('Sinds wanneer niet meer? (optioneel)'), '2026-10-01');
    await user.click(screen.getByRole('button', { name: 'Antwoord opslaan' }));
    await screen.findByText(/Uw antwoord is opgeslagen/);
    expect(fake.sent('POST', RECORD)[0].body).toEqual({
      checkpoint: '3-months',
      holds: false,
      endedOn: '2026-10-01',
    });
  });

  it('asks for yes or no, and refuses an end date in the future or before the start, before sending', async () => {
    const fake = services();
    renderArea(employerArea, EMPLOYER, '/werkgever/opvolging', fake);
    const user = userEvent.setup();
    await openForm(user);
    await user.click(screen.getByRole('button', { name: 'Antwoord opslaan' }));
    expect(await screen.findByText('Kies ja of nee.')).toBeInTheDocument();

    await user.click(within(question()).getByLabelText('Nee'));
    const endedOn = screen.getByLabelText('Sinds wanneer niet meer? (optioneel)');
    const tomorrow = new Date(`${todayInNetherlands()}T12:00:00Z`);
    tomorrow.setUTCDate(tomorrow.getUTCDate() + 1);
    await user.type(endedOn, tomorrow.toISOString().slice(0, 10));
    await user.click(screen.getByRole('button', { name: 'Antwoord opslaan' }));
    await waitFor(() =>
      expect(endedOn).toHaveAccessibleDescription(
        expect.stringContaining('Kies vandaag of een eerdere datum.'),
      ),
    );
    await user.clear(endedOn);
    await user.type(endedOn, '2026-05-31');
    await user.click(screen.getByRole('button', { name: 'Antwoord opslaan' }));
    await waitFor(() =>
      expect(endedOn).toHaveAccessibleDescription(
        expect.stringContaining('Kies een datum op of na de startdatum (1 juni 2026).'),
      ),
    );
    expect(fake.sent('POST', RECORD)).toHaveLength(0);
  });

  it('shows the service’s field errors at the fields', async () => {
    const fake = services(() => ({
      status: 400,
      body: {
        type: 'urn:bridge:problem:bad-request',
        title: 'Bad request',
        status: 400,
        detail: 'Invalid input',
        errors: [{ field: 'endedOn', message: 'endedOn must not be before the start date' }],
      },
    }));
    renderArea(employerArea, EMPLOYER, '/werkgever/opvolging', fake);
    const user = userEvent.setup();
    await openForm(user);
    await user.click(within(question()).getByLabelText('Nee'));
    await user.type(screen.getByLabelText('Sinds wanneer niet meer? (optioneel)'), '2026-07-01');
    await user.click(screen.getByRole('button', { name: 'Antwoord opslaan' }));
    await waitFor(() =>
      expect(
        screen.getByLabelText('Sinds wanneer niet meer? (optioneel)'),
      ).toHaveAccessibleDescription(
        expect.stringContaining('endedOn must not be before the start date'),
      ),
    );
    expect(screen.queryByText(/Uw antwoord is opgeslagen/)).not.toBeInTheDocument();
  });

  it('shows a conflict (already answered, or not due yet) as a notice and asks the lists again', async () => {
    const fake = services(() => ({
      status: 409,
      body: {
        type: 'urn:bridge:problem:conflict',
        title: 'Conflict',
        status: 409,
        detail: 'This follow-up has already been recorded',
      },
    }));
    renderArea(employerArea, EMPLOYER, '/werkgever/opvolging', fake);
    const user = userEvent.setup();
    await openForm(user);
    const before = fake.sent('GET', FOLLOW_UPS).length;
    await user.click(within(question()).getByLabelText('Ja'));
    await user.click(screen.getByRole('button', { name: 'Antwoord opslaan' }));
    expect(await screen.findByText('Deze vraag kunt u nu niet beantwoorden')).toBeInTheDocument();
    expect(screen.getByText('This follow-up has already been recorded')).toBeInTheDocument();
    await waitFor(() => expect(fake.sent('GET', FOLLOW_UPS).length).toBeGreaterThan(before));
  });
});
