import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderAdvisor, suggestion } from '../review/review-test-kit';
import { aCandidate, aUser, renderSignedIn, type FakeRoutes } from './testing';

vi.setConfig({ testTimeout: 20_000 });

const CASEMANAGER = { sub: 'cm-1', role: 'casemanager' as const, pi: 'PI-VUGHT' };
const CANDIDATE = aCandidate();
const target = { type: 'vacancy' as const, title: 'Medewerker houtbewerking' };

const decision = (overrides: Record<string, unknown>) => ({
  suggestionId: 's1',
  decidedBy: 'uwv-27',
  decidedAt: '2026-12-01T09:30:00.000Z',
  reasonCode: null,
  note: null,
  snoozedUntil: null,
  target,
  ...overrides,
});

const FIRST_PAGE = {
  items: [
    decision({ id: 'd4', decision: 'accepted', decidedAt: '2026-12-04T09:30:00.000Z' }),
    decision({
      id: 'd3',
      decision: 'unsnoozed',
      decidedAt: '2026-12-03T09:30:00.000Z',
      snoozedUntil: null,
    }),
    decision({
      id: 'd2',
      decision: 'snoozed',
      decidedAt: '2026-12-02T09:30:00.000Z',
      reasonCode: 'awaiting-vog',
      snoozedUntil: '2027-01-15',
    }),
  ],
  nextCursor: 'page-2',
};
const SECOND_PAGE = {
  items: [
    decision({
      id: 'd1',
      decision: 'rejected',
      suggestionId: 's0',
      reasonCode: 'candidate-declined',
      note: 'Kiest voor een opleiding',
      target: { type: 'school-place', title: 'Basislasser' },
    }),
  ],
  nextCursor: null,
};

function casework(decisions: FakeRoutes[string]) {
  return renderSignedIn(`/casemanagement/kandidaten/${CANDIDATE.id}`, CASEMANAGER, {
    [`GET /api/matching/candidates/${CANDIDATE.id}`]: { body: CANDIDATE },
    [`GET /api/matching/candidates/${CANDIDATE.id}/suggestions`]: {
      body: { items: [], nextCursor: null },
    },
    [`GET /api/matching/candidates/${CANDIDATE.id}/referrals`]: {
      body: { items: [], nextCursor: null },
    },
    [`GET /api/matching/candidates/${CANDIDATE.id}/decisions`]: decisions,
  });
}

describe("a candidate's decision history", () => {
  it('shows who decided what, when and why, newest first, page by page', async () => {
    const user = aUser();
    const { requests } = casework((request) => ({
      body: request.query.get('cursor') === 'page-2' ? SECOND_PAGE : FIRST_PAGE,
    }));
    const table = await screen.findByRole('table', {
      name: 'Besluiten over de suggesties van deze kandidaat, nieuwste eerst',
    });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(3);
    expect(within(rows[0]).getByText('4 december 2026 om 10:30')).toBeInTheDocument();
    expect(within(rows[0]).getByText('Geaccepteerd')).toBeInTheDocument();
    expect(within(rows[0]).getByText('Vacature: Medewerker houtbewerking')).toBeInTheDocument();
    expect(within(rows[0]).getByText('uwv-27')).toBeInTheDocument();
    expect(within(rows[0]).getByText('—')).toBeInTheDocument();
    expect(within(rows[1]).getByText('Uitstel opgeheven')).toBeInTheDocument();
    expect(within(rows[2]).getByText('Uitgesteld')).toBeInTheDocument();
    expect(within(rows[2]).getByText('Uitgesteld tot 15 januari 2027')).toBeInTheDocument();
    expect(within(rows[2]).getByText('Wacht op de VOG')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Volgende' }));
    expect(await screen.findByText('Schoolplek: Basislasser')).toBeInTheDocument();
    const older = within(screen.getByRole('table', { name: /Besluiten over de suggesties/ }))
      .getAllByRole('row')
      .slice(1);
    expect(older).toHaveLength(1);
    expect(within(older[0]).getByText('Afgewezen')).toBeInTheDocument();
    expect(within(older[0]).getByText('Kandidaat wil niet')).toBeInTheDocument();
    expect(within(older[0]).getByText('Kiest voor een opleiding')).toBeInTheDocument();
    const asked = requests.filter((r) => r.path.endsWith('/decisions'));
    expect(asked.map((r) => r.query.get('cursor'))).toEqual([null, 'page-2']);
    expect(asked[0].query.get('limit')).toBe('10');

    // The casemanager's suggestions lead to how they are made, too.
    expect(
      screen.getByRole('link', { name: 'Hoe komen deze voorstellen tot stand?' }),
    ).toHaveAttribute('href', '/algoritme');
  });

  it('says what will show when there are no decisions yet', async () => {
    casework({ body: { items: [], nextCursor: null } });
    expect(
      await screen.findByText('Er zijn nog geen besluiten over suggesties voor deze kandidaat.'),
    ).toBeInTheDocument();
  });

  it('is on the advisor’s review screen, for the candidate of the suggestion', async () => {
    const reviewed = suggestion({ id: '2' });
    const { requests } = renderAdvisor('/beoordelen/suggesties/2', {
      'GET /api/matching/suggestions': () => ({ body: { items: [reviewed], nextCursor: null } }),
      'GET /api/matching/suggestions/:id': () => ({ body: reviewed }),
      'GET /api/matching/candidates/:id/decisions': () => ({ body: SECOND_PAGE }),
    });
    const table = await screen.findByRole('table', { name: /Besluiten over de suggesties/ });
    expect(within(table).getByText('Kandidaat wil niet')).toBeInTheDocument();
    expect(
      requests.some(
        (r) => r.url.pathname === `/api/matching/candidates/${reviewed.candidateId}/decisions`,
      ),
    ).toBe(true);
  });
});
