import { configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { addCalendarDays, type QueuedSuggestion } from './model';
import { inDays, renderAdvisor, suggestion, type FakeAnswer } from './review-test-kit';
import { todayInNetherlands } from '../candidates/candidate';

vi.setConfig({ testTimeout: 20_000 });
configure({ asyncUtilTimeout: 5_000 });

const open = suggestion({
  id: '2',
  rulesVersion: 4,
  explanation: [
    { factor: 'qualifications', weight: 0.35, value: 1, reason: 'holds 25007 (required)' },
  ],
});
const today = todayInNetherlands();
const until = addCalendarDays(today, 30);

function routes(
  snooze: (body: unknown) => FakeAnswer,
  unsnooze: () => FakeAnswer = () => ({
    body: { ...open, snoozedUntil: null, snoozeReasonCode: null, snoozeNote: null },
  }),
  start: QueuedSuggestion = open,
) {
  let current = start;
  return {
    'GET /api/matching/suggestions': () => ({ body: { items: [current], nextCursor: null } }),
    'GET /api/matching/suggestions/:id': () => ({ body: current }),
    'GET /api/matching/candidates/:id': () => ({ status: 404, body: { status: 404 } }),
    'GET /api/matching/candidates/:id/decisions': () => ({
      body: { items: [], nextCursor: null },
    }),
    'GET /api/employers/vacancies/:id': () => ({ status: 404, body: { status: 404 } }),
    'POST /api/matching/suggestions/:id/snooze': async (_url: URL, request: Request) => {
      const answer = snooze(await request.json());
      if ((answer.status ?? 200) < 300) current = answer.body as QueuedSuggestion;
      return answer;
    },
    'DELETE /api/matching/suggestions/:id/snooze': () => {
      const answer = unsnooze();
      if ((answer.status ?? 200) < 300) current = answer.body as QueuedSuggestion;
      return answer;
    },
  };
}

const snoozedAnswer = (body: unknown) => ({
  body: {
    ...open,
    snoozedUntil: (body as { until: string }).until,
    snoozeReasonCode: (body as { reasonCode: string }).reasonCode,
    snoozeNote: (body as { note?: string }).note ?? null,
  },
});

describe('snoozing a suggestion', () => {
  it('checks the date, reason and note before sending, then shows it snoozed and can undo it', async () => {
    const user = userEvent.setup();
    const bodies: unknown[] = [];
    const { requests } = renderAdvisor(
      '/beoordelen/suggesties/2',
      routes((body) => {
        bodies.push(body);
        return snoozedAnswer(body);
      }),
    );
    await user.click(await screen.findByRole('button', { name: 'Uitstellen' }));
    const form = screen.getByRole('form', { name: 'Suggestie uitstellen' });
    const date = within(form).getByLabelText('Uitstellen tot');
    await waitFor(() => expect(date).toHaveFocus());
    // Tomorrow up to 180 days ahead, as the server allows.
    expect(date).toHaveAttribute('min', addCalendarDays(today, 1));
    expect(date).toHaveAttribute('max', addCalendarDays(today, 180));

    await user.click(within(form).getByRole('button', { name: 'Uitstel opslaan' }));
    expect(await within(form).findByText('Kies een datum.')).toBeInTheDocument();
    expect(within(form).getByText('Kies een reden voor het uitstel.')).toBeInTheDocument();
    expect(date).toHaveAttribute('aria-invalid', 'true');

    fireEvent.change(date, { target: { value: addCalendarDays(today, 181) } });
    fireEvent.change(within(form).getByLabelText('Reden'), { target: { value: 'other' } });
    await user.click(within(form).getByRole('button', { name: 'Uitstel opslaan' }));
    expect(await within(form).findByText(/^Kies een datum van .+ tot en met .+\.$/)).toBeTruthy();
    expect(
      within(form).getByText("Geef een toelichting: bij 'Andere reden' is die verplicht."),
    ).toBeInTheDocument();
    expect(requests.some((r) => r.method === 'POST')).toBe(false);

    fireEvent.change(date, { target: { value: until } });
    await user.type(
      within(form).getByLabelText("Toelichting (verplicht bij 'Andere reden')"),
      'Werkgever belt terug',
    );
    await user.click(within(form).getByRole('button', { name: 'Uitstel opslaan' }));

    expect(await screen.findByText(/^Suggestie uitgesteld tot /)).toBeInTheDocument();
    expect(bodies).toEqual([{ until, reasonCode: 'other', note: 'Werkgever belt terug' }]);
    expect(screen.getByText(/^Uitgesteld tot /)).toBeInTheDocument();
    expect(screen.getByText('Reden: Andere reden. Toelichting: Werkgever belt terug')).toBeTruthy();
    // Snoozed beside its status, and still open to a decision.
    expect(screen.getAllByText('Uitgesteld').length).toBeGreaterThan(0);
    expect(screen.getByRole('button', { name: 'Accepteren' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Uitstellen' })).not.toBeInTheDocument();
    // The candidate's history shows the new decision.
    const historyReads = () => requests.filter((r) => r.url.pathname.endsWith('/decisions')).length;
    await waitFor(() => expect(historyReads()).toBe(2));

    await user.click(screen.getByRole('button', { name: 'Uitstel opheffen' }));
    expect(await screen.findByText('Uitstel opgeheven')).toBeInTheDocument();
    expect(requests.filter((r) => r.method === 'DELETE')).toHaveLength(1);
    expect(screen.queryByText(/^Uitgesteld tot /)).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Uitstellen' })).toBeInTheDocument();
    await waitFor(() => expect(historyReads()).toBe(3));
  });

  it('puts the server’s field errors at the fields, and a conflict above the form', async () => {
    const user = userEvent.setup();
    let answer: FakeAnswer = {
      status: 400,
      body: {
        status: 400,
        title: 'Bad request',
        detail: 'Invalid input: until',
        errors: [{ field: 'until', message: 'until must be at most 180 days ahead' }],
      },
    };
    renderAdvisor(
      '/beoordelen/suggesties/2',
      routes(() => answer),
    );
    await user.click(await screen.findByRole('button', { name: 'Uitstellen' }));
    const form = screen.getByRole('form', { name: 'Suggestie uitstellen' });
    fireEvent.change(within(form).getByLabelText('Uitstellen tot'), { target: { value: until } });
    fireEvent.change(within(form).getByLabelText('Reden'), { target: { value: 'awaiting-vog' } });
    await user.click(within(form).getByRole('button', { name: 'Uitstel opslaan' }));
    expect(await within(form).findByText('until must be at most 180 days ahead')).toBeTruthy();
    expect(within(form).getByLabelText('Uitstellen tot')).toHaveAttribute('aria-invalid', 'true');

    answer = {
      status: 409,
      body: { status: 409, title: 'Conflict', detail: 'suggestion is accepted, not suggested' },
    };
    await user.click(within(form).getByRole('button', { name: 'Uitstel opslaan' }));
    expect(await within(form).findByText('Dit besluit kan niet (meer)')).toBeInTheDocument();
    expect(within(form).getByText('suggestion is accepted, not suggested')).toBeInTheDocument();
  });

  it('shows a suggestion snoozed before as such, with its reason, and a refused undo', async () => {
    const user = userEvent.setup();
    const snoozed = {
      ...open,
      snoozedUntil: inDays(12),
      snoozeReasonCode: 'awaiting-vog' as const,
      snoozeNote: null,
    };
    renderAdvisor(
      '/beoordelen/suggesties/2',
      routes(
        snoozedAnswer,
        () => ({
          status: 409,
          body: { status: 409, title: 'Conflict', detail: 'suggestion is not snoozed' },
        }),
        snoozed,
      ),
    );
    expect(await screen.findByText(/^Uitgesteld tot /)).toBeInTheDocument();
    expect(screen.getByText('Reden: Wacht op de VOG.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Uitstel opheffen' }));
    expect(await screen.findByText('suggestion is not snoozed')).toBeInTheDocument();
    expect(screen.getByText('Dit besluit kan niet (meer)')).toBeInTheDocument();
  });

  it('does not count a snooze whose date has come as snoozed', async () => {
    renderAdvisor(
      '/beoordelen/suggesties/2',
      routes(snoozedAnswer, undefined, {
        ...open,
        snoozedUntil: today,
        snoozeReasonCode: 'awaiting-vog',
        snoozeNote: null,
      }),
    );
    expect(await screen.findByRole('button', { name: 'Uitstellen' })).toBeInTheDocument();
    expect(screen.queryByText(/^Uitgesteld tot /)).not.toBeInTheDocument();
  });
});

describe('the explanation', () => {
  it('names the rules version and leads to how the algorithm works, as the exclusions do', async () => {
    renderAdvisor('/beoordelen/suggesties/2', routes(snoozedAnswer));
    expect(await screen.findByText('Berekend met regelversie 4.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Hoe werkt deze suggestie?' })).toHaveAttribute(
      'href',
      '/algoritme',
    );
    expect(
      screen.getByRole('link', { name: 'Hoe werken de regels die een plek uitsluiten?' }),
    ).toHaveAttribute('href', '/algoritme');
  });
});
