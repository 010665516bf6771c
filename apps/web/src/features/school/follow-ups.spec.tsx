import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeServices, page, renderArea } from '../employer/employer-test-kit';
import { schoolArea } from './index';

const SCHOOL = { sub: 'roc-1', role: 'education-provider' as const, brin: '25LX' };
const FOLLOW_UPS = '/api/training/placements/follow-ups';
const RECORD = '/api/training/school-places/sp-1/placements/pl-7/follow-ups';

const due = {
  placementId: 'pl-7',
  targetId: 'sp-1',
  targetTitle: 'Basislasser',
  referralId: 'c2f1a7d4-6e3b-4f8a-9d21-0b7e5c4a3f19',
  startDate: '2026-02-01',
  checkpoint: '6-months' as const,
  dueOn: '2026-08-01',
  holds: null,
  endedOn: null,
  recordedAt: null,
};

describe('school: placement follow-ups', { timeout: 20_000 }, () => {
  it('counts the due questions on the home screen and answers one at training', async () => {
    const fake = fakeServices({
      [`GET ${FOLLOW_UPS}`]: ({ url }) =>
        url.searchParams.get('status') === 'due'
          ? page([due, { ...due, placementId: 'pl-8' }])
          : page([]),
      'GET /api/training/school-places': () => page([]),
      [`POST ${RECORD}`]: () => ({ status: 201, body: { ...due, holds: false } }),
    });
    renderArea(schoolArea, SCHOOL, '/school', fake);
    const user = userEvent.setup();
    expect(
      await screen.findByText(/Er staan 2 vragen over plaatsingen voor u klaar\./),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Vragen beantwoorden' }));

    const table = await screen.findByRole('table', { name: 'Vragen die u nu kunt beantwoorden' });
    expect(within(table).getAllByRole('link', { name: 'Basislasser' })[0]).toHaveAttribute(
      'href',
      '/school/schoolplekken/sp-1',
    );
    expect(screen.getByRole('heading', { name: 'Te beantwoorden (2)' })).toBeInTheDocument();
    await user.click(
      within(table).getAllByRole('button', {
        name: 'Kenmerk C2F1A7D4, 6 maanden na de start beantwoorden',
      })[0],
    );
    const question = screen.getByRole('group', {
      name: 'Volgt deze kandidaat de opleiding hier nog?',
    });
    await user.click(within(question).getByLabelText('Nee'));
    await user.click(screen.getByRole('button', { name: 'Antwoord opslaan' }));
    expect(await screen.findByText(/Uw antwoord is opgeslagen/)).toBeInTheDocument();
    expect(fake.sent('POST', RECORD)[0].body).toEqual({ checkpoint: '6-months', holds: false });
    expect(schoolArea.menu).toContainEqual({ to: 'opvolging', label: 'menu.followUps' });
  });

  it('shows why a referral to a school place was withdrawn', async () => {
    const fake = fakeServices({
      'GET /api/training/school-places/sp-1': () => ({
        id: 'sp-1',
        brin: '25LX',
        covenantId: null,
        crebo: '25290',
        title: 'Basislasser',
        level: 2,
        sector: 'Techniek en procesindustrie',
        learningPath: 'BBL',
        municipalityCode: 'GM0796',
        regionCode: 'AM27',
        startDate: '2027-02-01',
        seats: 3,
        seatsLeft: 3,
        status: 'open',
        entryRequirements: { minLevel: null, requiredQualifications: [] },
        version: 1,
        createdAt: '2026-11-20T09:30:00.000Z',
        updatedAt: '2026-11-20T09:30:00.000Z',
      }),
      'GET /api/matching/referrals': () =>
        page([
          {
            id: 'c2f1a7d4-6e3b-4f8a-9d21-0b7e5c4a3f19',
            targetId: 'sp-1',
            type: 'school-place',
            certificates: [],
            regionCode: 'AM27',
            availableFrom: '2027-01-15',
            status: 'withdrawn',
            withdrawalReason: 'placed-elsewhere',
            createdAt: '2026-12-01T09:30:00.000Z',
          },
        ]),
    });
    renderArea(schoolArea, SCHOOL, '/school/schoolplekken/sp-1', fake);
    const table = await screen.findByRole('table', { name: 'Doorverwijzingen naar deze plek' });
    expect(within(table).getByText('Reden: Elders geplaatst')).toBeInTheDocument();
    expect(within(table).queryByRole('button', { name: /Plaatsing vastleggen/ })).toBeNull();
  });
});
