import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { rowOf } from '../employer/employer-test-kit';
import { renderAdvisor, suggestion, type FakeAnswer } from '../review/review-test-kit';
import { aCandidate, aUser, renderSignedIn } from './testing';

const CANDIDATE_ID = '5d0c0a52-5c7e-4c3e-9a43-3d3f8e4f1a7b';
const REFERRAL_ID = '0b8f3c1e-7d2a-4f59-9a61-2c4e8d7b5a10';
const KEEP = `/api/matching/referrals/${REFERRAL_ID}/keep-standing`;

const placement = {
  targetType: 'vacancy',
  targetId: 'vac-9',
  title: 'Medewerker houtbewerking',
  startDate: '2027-02-01',
  placedOn: '2026-12-14',
};

/** A referral as GET /candidates/:id/referrals answers it. */
function aReferral(overrides: Record<string, unknown> = {}) {
  return {
    id: REFERRAL_ID,
    suggestionId: 's-1',
    targetId: 'sp-1',
    type: 'school-place',
    target: { title: 'Basislasser', municipalityCode: 'GM0855', startDate: '2027-02-01' },
    status: 'referred',
    statusChangedAt: null,
    createdAt: '2026-12-01T09:30:00.000Z',
    withdrawalReason: null,
    keptStanding: null,
    ...overrides,
  };
}

describe('the advisor keeps a referral standing (review screen)', () => {
  const queued = suggestion({ id: 'q-1', candidateId: CANDIDATE_ID });

  function renderReview(keep: (body: unknown) => FakeAnswer) {
    const sent: unknown[] = [];
    const view = renderAdvisor('/beoordelen/suggesties/q-1', {
      'GET /api/matching/suggestions': () => ({ body: { items: [queued], nextCursor: null } }),
      'GET /api/matching/suggestions/:id': () => ({ body: queued }),
      'GET /api/matching/candidates/:id': () => ({
        body: aCandidate({ id: CANDIDATE_ID, placement }),
      }),
      'GET /api/matching/candidates/:id/referrals': () => ({
        body: {
          items: [
            aReferral(),
            aReferral({
              id: 'b1b1b1b1-0000-4000-8000-000000000002',
              target: { title: 'Lasser', municipalityCode: 'GM0855', startDate: '2027-01-01' },
              status: 'withdrawn',
              statusChangedAt: '2026-12-14T10:00:00.000Z',
              withdrawalReason: 'placed-elsewhere',
            }),
          ],
          nextCursor: null,
        },
      }),
      [`POST ${KEEP}`]: async (_url, request) => {
        const body: unknown = await request.json();
        sent.push(body);
        return keep(body);
      },
    });
    return { ...view, sent };
  }

  it('records the note, then shows who kept it standing, when and why', async () => {
    const { sent } = renderReview((body) => ({
      body: aReferral({
        keptStanding: {
          by: 'uwv-1',
          at: '2026-12-08T10:00:00.000Z',
          note: (body as { note: string }).note,
        },
      }),
    }));
    const user = aUser();
    const table = await screen.findByRole('table', { name: 'Voordrachten van deze kandidaat' });
    expect(within(table).getByText('Reden: Elders geplaatst')).toBeInTheDocument();
    // The placement shows in the candidate's profile too.
    expect(await screen.findByText('Medewerker houtbewerking (Vacature)')).toBeInTheDocument();

    await user.click(
      within(table).getByRole('button', {
        name: 'Voordracht voor Basislasser laten staan bij plaatsing elders',
      }),
    );
    expect(
      screen.getByRole('heading', { name: 'Voordracht voor Basislasser laten staan' }),
    ).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Voordracht laten staan' }));
    expect(await screen.findByText('Vul een toelichting in.')).toBeInTheDocument();
    expect(sent).toHaveLength(0);

    await user.type(
      screen.getByLabelText('Toelichting'),
      'BBL-opleiding naast de baan bij dezelfde werkgever',
    );
    await user.click(screen.getByRole('button', { name: 'Voordracht laten staan' }));
    expect(
      await screen.findByText(
        'De voordracht voor Basislasser blijft staan als de kandidaat elders wordt geplaatst.',
      ),
    ).toBeInTheDocument();
    expect(sent).toEqual([{ note: 'BBL-opleiding naast de baan bij dezelfde werkgever' }]);
    const row = rowOf(within(table).getByText('Basislasser'));
    expect(within(row).getByText(/vastgelegd door uwv-1 op 8 december 2026/)).toBeInTheDocument();
    expect(
      within(row).getByText('BBL-opleiding naast de baan bij dezelfde werkgever'),
    ).toBeInTheDocument();
    expect(within(row).queryByRole('button')).toBeNull();
  });

  it('shows the service’s error at the note, and a conflict above the form', async () => {
    let answer: FakeAnswer = {
      status: 400,
      body: {
        status: 400,
        title: 'Bad request',
        detail: 'Invalid input',
        errors: [
          { field: 'note', message: 'note must be shorter than or equal to 2000 characters' },
        ],
      },
    };
    renderReview(() => answer);
    const user = aUser();
    await user.click(
      await screen.findByRole('button', {
        name: 'Voordracht voor Basislasser laten staan bij plaatsing elders',
      }),
    );
    await user.type(screen.getByLabelText('Toelichting'), 'Combinatie met werk');
    await user.click(screen.getByRole('button', { name: 'Voordracht laten staan' }));
    await waitFor(() =>
      expect(screen.getByLabelText('Toelichting')).toHaveAccessibleDescription(
        expect.stringContaining('note must be shorter than or equal to 2000 characters'),
      ),
    );

    answer = {
      status: 409,
      body: { status: 409, title: 'Conflict', detail: 'The referral is no longer referred' },
    };
    await user.click(screen.getByRole('button', { name: 'Voordracht laten staan' }));
    expect(await screen.findByText('Vastleggen is niet gelukt')).toBeInTheDocument();
    expect(screen.getByText('The referral is no longer referred')).toBeInTheDocument();
  });
});

describe('the casemanager sees the placement and the referrals', () => {
  const CASEMANAGER = { sub: 'cm-1', role: 'casemanager' as const, pi: 'PI-VUGHT' };
  const placed = aCandidate({ placement });
  const routes = {
    'GET /api/matching/candidates': { body: { items: [placed], nextCursor: null } },
    [`GET /api/matching/candidates/${CANDIDATE_ID}`]: { body: placed },
    [`GET /api/matching/candidates/${CANDIDATE_ID}/suggestions`]: {
      body: { items: [], nextCursor: null },
    },
    [`GET /api/matching/candidates/${CANDIDATE_ID}/referrals`]: {
      body: {
        items: [
          aReferral({
            keptStanding: {
              by: 'uwv-7',
              at: '2026-12-10T10:00:00.000Z',
              note: 'Opleiding naast de baan',
            },
          }),
          aReferral({
            id: 'c3c3c3c3-0000-4000-8000-000000000003',
            target: { title: 'Lasser', municipalityCode: 'GM0855', startDate: '2027-01-01' },
            status: 'withdrawn',
            statusChangedAt: '2026-12-14T10:00:00.000Z',
            withdrawalReason: 'placed-elsewhere',
          }),
        ],
        nextCursor: null,
      },
    },
  };

  it('shows where and since when the candidate is placed, and the referrals without the advisor’s action', async () => {
    renderSignedIn(`/casemanagement/kandidaten/${CANDIDATE_ID}`, CASEMANAGER, routes);
    expect(await screen.findByText('Geplaatst bij')).toBeInTheDocument();
    expect(screen.getByText('Medewerker houtbewerking (Vacature)')).toBeInTheDocument();
    expect(
      screen.getByText('Vastgelegd op 14 december 2026, start 1 februari 2027'),
    ).toBeInTheDocument();
    expect(screen.getAllByText('Geplaatst').length).toBeGreaterThan(0);

    const table = await screen.findByRole('table', { name: 'Voordrachten van deze kandidaat' });
    expect(within(table).getByText('Reden: Elders geplaatst')).toBeInTheDocument();
    expect(
      within(table).getByText(/vastgelegd door uwv-7 op 10 december 2026/),
    ).toBeInTheDocument();
    expect(within(table).getByText('Opleiding naast de baan')).toBeInTheDocument();
    expect(within(table).queryByRole('button')).toBeNull();
    expect(within(table).queryByRole('columnheader', { name: 'Acties' })).toBeNull();
  });

  it('shows a placed candidate as placed in the list, with the title', async () => {
    renderSignedIn('/casemanagement', CASEMANAGER, routes);
    const link = await screen.findByRole('link', { name: 'Kandidaat 5d0c0a52 openen' });
    const row = rowOf(link);
    expect(within(row).getByText('Geplaatst')).toBeInTheDocument();
    expect(within(row).getByText('Medewerker houtbewerking')).toBeInTheDocument();
    expect(within(row).queryByText('Actief')).toBeNull();
  });
});
