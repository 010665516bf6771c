import { configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { QueuedSuggestion } from './model';
import { inDays, renderAdvisor, suggestion, type FakeAnswer } from './review-test-kit';
import { setShortcutsEnabled } from './shortcuts';

// Roomy for a busy machine; each test takes about a second on an idle one.
vi.setConfig({ testTimeout: 20_000 });
configure({ asyncUtilTimeout: 5_000 });

const first = suggestion({ id: '1' });
const second = suggestion({
  id: '2',
  score: 0.64,
  candidate: {
    expectedReleaseDate: inDays(10),
    piCode: 'PI-VUGHT',
    regionCode: 'AM27',
    hasAcceptedSuggestion: false,
  },
  explanation: [
    { factor: 'qualifications', weight: 0.35, value: 1, reason: 'holds 25007 (required)' },
    {
      factor: 'distance',
      weight: 0.25,
      value: 0.733,
      reason: '12 km from the return municipality',
    },
    { factor: 'covenantPi', weight: 0.15, value: 0, reason: 'the covenant does not name PI-VUGHT' },
  ],
});
const third = suggestion({ id: '3', score: 0.5 });

const candidate = {
  id: second.candidateId,
  piCode: 'PI-VUGHT',
  expectedReleaseDate: inDays(10),
  returnMunicipalityCode: 'GM0855',
  regionCode: 'AM27',
  vogOutlook: 'likely',
  excludedMunicipalities: [],
  preferences: { work: true, education: false, sectors: [] },
  consent: { shareAnonymisedProfile: true },
  status: 'active',
  leftReason: null,
  certificates: [{ crebo: '25007', title: 'Medewerker houtbewerking', issuedOn: '2026-10-01' }],
  createdAt: '2026-11-02T09:30:00.000Z',
  updatedAt: '2026-11-02T09:30:00.000Z',
  version: 1,
};

const vacancy = {
  id: second.targetId,
  title: 'Medewerker houtbewerking',
  hoursPerWeek: 32,
  openings: 3,
  openingsLeft: 2,
  requiredQualifications: ['25007'],
  preferredQualifications: [],
  requiresVog: false,
  status: 'open',
  municipalityCode: 'GM0855',
  startDate: '2027-03-01',
};

/** As GET /candidates/:id/exclusions?inReach=true answers: each target in reach with its title and municipality. */
const exclusions = [
  {
    targetId: '5d2f7a0e-3c41-4b8e-9f62-1a7d0c9e8b34',
    type: 'school-place',
    title: 'Allround machinaal houtbewerker',
    municipalityCode: 'GM0796',
    rule: 'entry-level-not-met',
    detail: 'asks MBO level 3; the candidate holds level 2',
  },
  {
    targetId: '3f6b2a1c-8d4e-4b7a-9c2d-1e5f6a7b8c9d',
    type: 'vacancy',
    title: 'Timmerman',
    municipalityCode: 'GM0855',
    rule: 'missing-qualifications',
    detail: 'requires 25015 which the candidate does not hold',
  },
];

function routes(
  review: (body: unknown) => FakeAnswer = () => ({ body: { ...second, status: 'accepted' } }),
) {
  let queue: QueuedSuggestion[] = [first, second, third];
  return {
    'GET /api/matching/suggestions': () => ({ body: { items: queue, nextCursor: null } }),
    'GET /api/matching/suggestions/:id': (url: URL) => {
      const found =
        queue.find((s) => url.pathname.endsWith(`/${s.id}`)) ??
        [first, second, third].find((s) => url.pathname.endsWith(`/${s.id}`));
      return found ? { body: found } : { status: 404, body: { status: 404, detail: 'not found' } };
    },
    'GET /api/matching/candidates/:id': () => ({ body: candidate }),
    'GET /api/matching/candidates/:id/exclusions': () => ({ body: exclusions }),
    'GET /api/employers/vacancies/:id': () => ({ body: vacancy }),
    'POST /api/matching/suggestions/:id/review': async (_url: URL, request: Request) => {
      const answer = review(await request.json());
      // A decided suggestion leaves the queue of suggested ones.
      if ((answer.status ?? 200) < 300) queue = queue.filter((s) => s.id !== second.id);
      return answer;
    },
  };
}

const location = () => screen.getByTestId('location').textContent;

describe('the review screen', () => {
  afterEach(() => setShortcutsEnabled(true));

  it('shows the candidate, the target and every factor as met, partly met or not met', async () => {
    renderAdvisor('/beoordelen/suggesties/2?region=AM27', routes());
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Suggestie voor kandidaat c2aaaa' }),
    ).toBeInTheDocument();

    const factors = await screen.findByRole('table', { name: 'De score factor voor factor' });
    const rows = within(factors).getAllByRole('row').slice(1);
    expect(within(rows[0]).getByText('Kwalificaties')).toBeInTheDocument();
    expect(within(rows[0]).getByText('Voldaan')).toBeInTheDocument();
    expect(within(rows[1]).getByText('Reisafstand')).toBeInTheDocument();
    expect(within(rows[1]).getByText('Deels voldaan')).toBeInTheDocument();
    expect(within(rows[1]).getByText('73%')).toBeInTheDocument();
    expect(within(rows[1]).getByText('12 km from the return municipality')).toBeInTheDocument();
    expect(within(rows[2]).getByText('Niet voldaan')).toBeInTheDocument();
    expect(screen.getByText(/Totale score: 64%/)).toBeInTheDocument();

    // The pseudonymised profile and the vacancy from the employers service.
    expect(
      await screen.findByText(
        /Medewerker houtbewerking \(crebo 25007\), behaald op 1 oktober 2026/,
      ),
    ).toBeInTheDocument();
    expect(screen.getByText('Waarschijnlijk')).toBeInTheDocument();
    expect(await screen.findByText('2 van 3')).toBeInTheDocument();
    expect(screen.getByText('32 uur')).toBeInTheDocument();
    // Release in 10 days and nothing accepted: urgent, in words.
    expect(screen.getByText('Urgent')).toBeInTheDocument();
    expect(
      screen.getByText('Vrijlating binnen 30 dagen en nog geen suggestie geaccepteerd.'),
    ).toBeInTheDocument();
    // Next and previous within the queue as filtered, the filter kept.
    expect(await screen.findByRole('link', { name: 'Volgende suggestie' })).toHaveAttribute(
      'href',
      '/beoordelen/suggesties/3?region=AM27',
    );
    expect(screen.getByRole('link', { name: 'Vorige suggestie' })).toHaveAttribute(
      'href',
      '/beoordelen/suggesties/1?region=AM27',
    );
    expect(screen.getByText('Suggestie 2 van 3')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Terug naar de wachtrij' })).toHaveAttribute(
      'href',
      '/beoordelen?region=AM27',
    );
  });

  it('asks for a note before rejecting for another reason, and shows the server’s 409', async () => {
    const user = userEvent.setup();
    const bodies: unknown[] = [];
    const { requests } = renderAdvisor(
      '/beoordelen/suggesties/2',
      routes((body) => {
        bodies.push(body);
        return {
          status: 409,
          body: { status: 409, title: 'Conflict', detail: 'suggestion is accepted, not suggested' },
        };
      }),
    );
    await user.click(await screen.findByRole('button', { name: 'Afwijzen' }));
    fireEvent.change(screen.getByLabelText('Reden'), { target: { value: 'other' } });
    await user.click(screen.getByRole('button', { name: 'Afwijzing opslaan' }));

    const note = screen.getByLabelText("Toelichting (verplicht bij 'Andere reden')");
    expect(
      await screen.findByText("Geef een toelichting: bij 'Andere reden' is die verplicht."),
    ).toBeInTheDocument();
    expect(note).toHaveAttribute('aria-invalid', 'true');
    expect(requests.some((r) => r.method === 'POST')).toBe(false);

    await user.type(note, 'Kiest voor een opleiding');
    await user.click(screen.getByRole('button', { name: 'Afwijzing opslaan' }));
    expect(await screen.findByText('Dit besluit kan niet (meer)')).toBeInTheDocument();
    expect(screen.getByText('suggestion is accepted, not suggested')).toBeInTheDocument();
    expect(bodies).toEqual([
      { decision: 'reject', reasonCode: 'other', note: 'Kiest voor een opleiding' },
    ]);
  });

  it('puts the server’s field error at the field it names', async () => {
    const user = userEvent.setup();
    renderAdvisor(
      '/beoordelen/suggesties/2',
      routes(() => ({
        status: 400,
        body: {
          status: 400,
          title: 'Bad request',
          detail: 'Invalid input: note',
          errors: [{ field: 'note', message: 'note must not be blank' }],
        },
      })),
    );
    await user.click(await screen.findByRole('button', { name: 'Afwijzen' }));
    fireEvent.change(screen.getByLabelText('Reden'), { target: { value: 'not-suitable' } });
    await user.type(screen.getByLabelText('Toelichting (niet verplicht)'), 'x');
    await user.click(screen.getByRole('button', { name: 'Afwijzing opslaan' }));
    expect(await screen.findByText('note must not be blank')).toBeInTheDocument();
    expect(screen.getByLabelText('Toelichting (niet verplicht)')).toHaveAttribute(
      'aria-invalid',
      'true',
    );
  });

  it('accepts after a confirmation, shows the result and still offers the next suggestion', async () => {
    const user = userEvent.setup();
    const bodies: unknown[] = [];
    renderAdvisor(
      '/beoordelen/suggesties/2?region=AM27',
      routes((body) => {
        bodies.push(body);
        return {
          body: {
            ...second,
            status: 'accepted',
            reviewedBy: 'uwv-1',
            reviewedAt: '2026-12-01T09:30:00.000Z',
          },
        };
      }),
    );
    await screen.findByRole('link', { name: 'Volgende suggestie' });
    expect(screen.getByText('Urgent')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Accepteren' }));
    expect(bodies).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Ja, accepteren en doorverwijzen' }));

    expect(await screen.findByText('Suggestie geaccepteerd')).toBeInTheDocument();
    expect(screen.getAllByText('Geaccepteerd').length).toBeGreaterThan(0);
    expect(bodies).toEqual([{ decision: 'accept' }]);
    expect(screen.queryByRole('button', { name: 'Accepteren' })).not.toBeInTheDocument();
    const next = await screen.findByRole('link', { name: 'Naar de volgende suggestie' });
    expect(next).toHaveAttribute('href', '/beoordelen/suggesties/3?region=AM27');
    // The candidate now has an accepted suggestion: no longer urgent.
    expect(screen.queryByText('Urgent')).not.toBeInTheDocument();
  });

  it('is not urgent near release when the candidate already has an accepted suggestion, and asks nothing more for it', async () => {
    const withAccepted = {
      ...second,
      candidate: { ...second.candidate, hasAcceptedSuggestion: true },
    };
    const { requests } = renderAdvisor('/beoordelen/suggesties/2', {
      ...routes(),
      'GET /api/matching/suggestions/:id': () => ({ body: withAccepted }),
    });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Suggestie voor kandidaat c2aaaa' }),
    ).toBeInTheDocument();
    await screen.findByRole('link', { name: 'Volgende suggestie' });
    expect(screen.queryByText('Urgent')).not.toBeInTheDocument();
    expect(requests.some((r) => /\/candidates\/[^/]+\/suggestions$/.test(r.url.pathname))).toBe(
      false,
    );
  });

  it('names each excluded target in reach by title, kind and municipality, read only when opened', async () => {
    const user = userEvent.setup();
    const { requests } = renderAdvisor('/beoordelen/suggesties/2', routes());
    await screen.findByRole('link', { name: 'Volgende suggestie' });
    const isExclusionsRead = (r: { url: URL }) =>
      r.url.pathname.endsWith(`/candidates/${second.candidateId}/exclusions`);
    expect(requests.some(isExclusionsRead)).toBe(false);

    await user.click(screen.getByText('Toon de uitgesloten vacatures en schoolplekken'));
    const table = await screen.findByRole('table', {
      name: '2 uitgesloten vacatures en schoolplekken',
    });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(within(rows[0]).getByText('Allround machinaal houtbewerker')).toBeInTheDocument();
    expect(within(rows[0]).getByText("Schoolplek in 's-Hertogenbosch")).toBeInTheDocument();
    expect(within(rows[0]).getByText('Toelatingsniveau niet gehaald')).toBeInTheDocument();
    expect(within(rows[1]).getByText('Timmerman')).toBeInTheDocument();
    expect(within(rows[1]).getByText('Vacature in Tilburg')).toBeInTheDocument();
    expect(within(rows[1]).getByText('Vereiste kwalificaties ontbreken')).toBeInTheDocument();
    // No ids for people to decipher.
    expect(within(table).queryByText(/3f6b2a1c|5d2f7a0e/)).not.toBeInTheDocument();
    // Only the targets in the candidate's reach: the rest of the country is far away for everyone.
    expect(requests.filter(isExclusionsRead).map((r) => r.url.searchParams.get('inReach'))).toEqual(
      ['true'],
    );
  });

  it('works with single-key shortcuts, never while typing, and not at all when switched off', async () => {
    const user = userEvent.setup();
    renderAdvisor('/beoordelen/suggesties/2?region=AM27', routes());
    await screen.findByRole('link', { name: 'Volgende suggestie' });
    expect(screen.getByText('Sneltoetsen')).toBeInTheDocument();

    await user.keyboard('j');
    await waitFor(() => expect(location()).toBe('/beoordelen/suggesties/3?region=AM27'));
    await screen.findByRole('link', { name: 'Vorige suggestie' });
    await user.keyboard('k');
    await waitFor(() => expect(location()).toBe('/beoordelen/suggesties/2?region=AM27'));

    await screen.findByRole('button', { name: 'Afwijzen' });
    await user.keyboard('r');
    const reason = await screen.findByLabelText('Reden');
    await waitFor(() => expect(reason).toHaveFocus());
    // Typing in the note is text, not a command.
    await user.type(screen.getByLabelText('Toelichting (niet verplicht)'), 'jak');
    expect(location()).toBe('/beoordelen/suggesties/2?region=AM27');
    expect(screen.getByLabelText('Toelichting (niet verplicht)')).toHaveValue('jak');
    await user.click(screen.getByRole('button', { name: 'Annuleren' }));

    await user.keyboard('a');
    expect(
      await screen.findByRole('button', { name: 'Ja, accepteren en doorverwijzen' }),
    ).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Annuleren' }));

    await user.click(screen.getByLabelText('Sneltoetsen aan'));
    expect(screen.getByText('Sneltoetsen staan uit.')).toBeInTheDocument();
    (document.activeElement as HTMLElement | null)?.blur();
    await user.keyboard('j');
    await user.keyboard('a');
    expect(location()).toBe('/beoordelen/suggesties/2?region=AM27');
    expect(
      screen.queryByRole('button', { name: 'Ja, accepteren en doorverwijzen' }),
    ).not.toBeInTheDocument();
  });
});
