import { randomUUID } from 'node:crypto';
import { AuditEntry } from '@bridge/platform';
import {
  ADMIN,
  ADVISOR,
  CASEMANAGER,
  Claims,
  daysFromToday,
  describeOnEachBackend,
  educationProvider,
  employer,
  expectProblem,
  OTHER_ADVISOR,
} from '../../testing/matching-test-app.fixture';

interface QueueItem {
  id: string;
  candidateId: string;
  score: number;
  status: string;
  candidate: {
    expectedReleaseDate: string;
    regionCode: string;
    piCode: string;
    hasAcceptedSuggestion: boolean;
  };
  referral?: { id: string; status: string };
}

describeOnEachBackend('the advisor’s queue (GET /suggestions)', (app) => {
  const queue = (claims: Claims, query: Record<string, string | number> = {}) =>
    app.as(claims).get('/suggestions', query);
  const ids = (items: QueueItem[]) => items.map((item) => item.id);

  /** Candidates by name: release date and return municipality decide the queue's order. */
  const candidates: Record<string, string> = {};
  const suggestions: Record<string, string> = {};

  beforeAll(async () => {
    const vacancy = await app.publishVacancy(); // in Vught (AM27), starting in 50 days
    const scenario: [string, Record<string, unknown>][] = [
      ['late', { expectedReleaseDate: daysFromToday(60) }],
      // Same release date: returning to Vught itself scores higher than 's-Hertogenbosch (farther).
      ['tiedFar', { expectedReleaseDate: daysFromToday(40), returnMunicipalityCode: 'GM0796' }],
      ['tiedNear', { expectedReleaseDate: daysFromToday(40), returnMunicipalityCode: 'GM0865' }],
      ['soon', { expectedReleaseDate: daysFromToday(20) }],
      // Tilburg, in AM26: the advisor's other region, within reach of Vught.
      ['tilburg', { expectedReleaseDate: daysFromToday(30), returnMunicipalityCode: 'GM0855' }],
    ];
    for (const [name, overrides] of scenario) {
      const matched = await app.matchedSuggestion(vacancy, overrides);
      candidates[name] = matched.candidateId;
      suggestions[name] = matched.suggestion.id;
    }
  });

  it('lists the suggestions still to review, soonest release first, then best score', async () => {
    const response = await queue(ADVISOR);
    expect(response.status).toBe(200);
    const items: QueueItem[] = response.body.items;
    expect(ids(items)).toEqual([
      suggestions.soon,
      suggestions.tilburg,
      suggestions.tiedNear,
      suggestions.tiedFar,
      suggestions.late,
    ]);
    expect(items[2].score).toBeGreaterThan(items[3].score);
    expect(items.every((item) => item.status === 'suggested')).toBe(true);
    expect(items[0]).toMatchObject({
      candidateId: candidates.soon,
      type: 'vacancy',
      target: { municipalityCode: 'GM0865' },
      candidate: {
        expectedReleaseDate: daysFromToday(20),
        regionCode: 'AM27',
        piCode: 'PI-VUGHT',
        hasAcceptedSuggestion: false,
      },
    });
    expect(items.every((item) => item.candidate.hasAcceptedSuggestion === false)).toBe(true);
    expect(items[0].referral).toBeUndefined();
    expect(response.body.nextCursor).toBeNull();
  });

  // An admin's queue is read in one go, an advisor's region by region (AM26 and AM27) and merged.
  it.each([
    ['an admin', ADMIN],
    ['an advisor of two regions', ADVISOR],
  ])(
    'pages with a cursor through the same order, without repeats or gaps, for %s',
    async (_, claims) => {
      const all = ids((await queue(claims)).body.items);
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const page: { body: { items: QueueItem[]; nextCursor: string | null } } = await queue(
          claims,
          { limit: 2, ...(cursor && { cursor }) },
        );
        expect(page.body.items.length).toBeLessThanOrEqual(2);
        seen.push(...ids(page.body.items));
        cursor = page.body.nextCursor;
      } while (cursor);
      expect(seen).toEqual(all);
      expect(all).toEqual([
        suggestions.soon,
        suggestions.tilburg,
        suggestions.tiedNear,
        suggestions.tiedFar,
        suggestions.late,
      ]);
    },
  );

  it('filters by region and PI (codes case-insensitive)', async () => {
    expect(ids((await queue(ADVISOR, { region: 'am26' })).body.items)).toEqual([
      suggestions.tilburg,
    ]);
    expect((await queue(ADVISOR, { region: 'AM27', pi: 'PI-VUGHT' })).body.items).toHaveLength(4);
    expect((await queue(ADMIN, { pi: 'PI-ZWOLLE' })).body.items).toEqual([]);
  });

  it('shows an advisor only the candidates of its own regions: elsewhere an empty page, not an error', async () => {
    expect((await queue(OTHER_ADVISOR)).body).toEqual({ items: [], nextCursor: null });
    expect((await queue(ADVISOR, { region: 'AM01' })).body).toEqual({
      items: [],
      nextCursor: null,
    });
    expect((await queue(ADMIN, { region: 'AM27' })).body.items).toHaveLength(4);
  });

  it('audits one read per candidate shown, and none for an empty page', async () => {
    const audit = app.dataSource.getRepository(AuditEntry);
    const before = await audit.countBy({ action: 'suggestions.queue-read' });
    await queue(OTHER_ADVISOR);
    expect(await audit.countBy({ action: 'suggestions.queue-read' })).toBe(before);

    expect((await queue(ADVISOR, { limit: 2 })).status).toBe(200);
    const entries = await audit.find({
      where: { action: 'suggestions.queue-read' },
      order: { id: 'DESC' },
      take: 3,
    });
    expect(await audit.countBy({ action: 'suggestions.queue-read' })).toBe(before + 2);
    expect(
      entries
        .slice(0, 2)
        .map((entry) => [entry.actor, entry.role, entry.candidateId])
        .sort(),
    ).toEqual(
      [candidates.soon, candidates.tilburg]
        .map((candidateId) => [ADVISOR.sub, 'uwv-advisor', candidateId])
        .sort(),
    );
  });

  it.each([
    ['an unknown status', { status: 'pending' }, 'status'],
    ['an unknown region', { region: 'AM99' }, 'region'],
    ['a municipality for a region', { region: 'GM0796' }, 'region'],
    ['an unknown PI', { pi: 'PI-NOWHERE' }, 'pi'],
    ['a limit of 0', { limit: 0 }, 'limit'],
    ['a limit above 100', { limit: 101 }, 'limit'],
    ['a cursor of another list', { cursor: 'bm90LWEtY3Vyc29y' }, 'cursor'],
    ['an unknown parameter', { candidateId: randomUUID() }, 'candidateId'],
  ])('refuses %s with 400 naming it, and writes nothing', async (_case, query, field) => {
    const before = await app.counts();
    expectProblem(await queue(ADVISOR, query), 400, [field]);
    expect(await app.counts()).toEqual(before);
  });

  it.each([
    ['a casemanager', CASEMANAGER],
    ['a workshop leader', { sub: 'wl-vught', role: 'workshop-leader', pi: 'PI-VUGHT' } as Claims],
    ['an employer', employer(randomUUID())],
    ['an education provider', educationProvider('25LX')],
  ])('refuses %s with 403 and writes nothing', async (_case, claims) => {
    const before = await app.counts();
    expectProblem(await queue(claims), 403);
    expect(await app.counts()).toEqual(before);
  });

  it('lists reviewed suggestions by status, an accepted one with its referral', async () => {
    const accepted = await app
      .as(ADVISOR)
      .post(`/suggestions/${suggestions.late}/review`, { decision: 'accept' });
    expect(accepted.status).toBe(200);
    const response = await queue(ADVISOR, { status: 'accepted' });
    expect(response.body.items).toEqual([
      expect.objectContaining({
        id: suggestions.late,
        status: 'accepted',
        referral: { id: accepted.body.referral.id, status: 'referred' },
      }),
    ]);
    expect(ids((await queue(ADVISOR)).body.items)).not.toContain(suggestions.late);
  });

  it('says of every suggestion whether its candidate has an accepted one, this one or another', async () => {
    // After the previous test `late` has its vacancy accepted; a school place gives it (and others) a suggestion to review.
    const place = await app.publishSchoolPlace({ startDate: daysFromToday(60) });
    const other = await app.suggestionOf(candidates.late, place.schoolPlaceId);
    await app.matchingIdle();

    const items: QueueItem[] = (await queue(ADVISOR, { limit: 100 })).body.items;
    const hasAccepted = Object.fromEntries(
      items.map((item) => [item.id, item.candidate.hasAcceptedSuggestion]),
    );
    expect(hasAccepted[other.id]).toBe(true);
    expect(
      items
        .filter((item) => item.candidateId !== candidates.late)
        .every((item) => !item.candidate.hasAcceptedSuggestion),
    ).toBe(true);
    expect(
      items.filter((item) => item.candidateId !== candidates.late).length,
    ).toBeGreaterThanOrEqual(4);
    expect((await queue(ADMIN, { status: 'accepted' })).body.items).toEqual([
      expect.objectContaining({
        id: suggestions.late,
        candidate: expect.objectContaining({ hasAcceptedSuggestion: true }),
      }),
    ]);
    // A rejected suggestion does not count: only an accepted one does.
    const rejected = await app.as(ADVISOR).post(`/suggestions/${suggestions.soon}/review`, {
      decision: 'reject',
      reasonCode: 'not-suitable',
    });
    expect(rejected.status).toBe(200);
    const soon = (await queue(ADVISOR, { status: 'rejected' })).body.items.find(
      (item: QueueItem) => item.id === suggestions.soon,
    );
    expect(soon.candidate.hasAcceptedSuggestion).toBe(false);
  });

  it('follows a change of a candidate’s release date at once: its suggestions move in the queue', async () => {
    const patched = await app
      .as(CASEMANAGER)
      .patch(`/candidates/${candidates.late}`, { expectedReleaseDate: daysFromToday(10) });
    expect(patched.status).toBe(200);
    const first: QueueItem = (await queue(ADVISOR)).body.items[0];
    expect(first).toMatchObject({
      candidateId: candidates.late,
      candidate: { expectedReleaseDate: daysFromToday(10) },
    });
    // The queue orders and filters on the copies its index holds: they equal the candidates' values everywhere.
    const differing = await app.dataSource.query(
      `SELECT s.id FROM suggestions s JOIN candidates c ON c.id = s.candidate_id
        WHERE (s.candidate_release_date, s.candidate_region_code, s.candidate_pi_code) IS DISTINCT FROM (c.expected_release_date, c.region_code, c.pi_code)`,
    );
    expect(differing).toEqual([]);
  });
});
