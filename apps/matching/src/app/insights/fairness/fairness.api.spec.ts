import { VACANCY_PLACEMENT_RECORDED } from '@bridge/contracts';
import {
  ADMIN,
  ADVISOR,
  CASEMANAGER,
  Claims,
  daysFromToday,
  describeOnEachBackend,
  expectProblem,
} from '../../testing/matching-test-app.fixture';

interface Group {
  code: string;
  label: string;
  suppressed: boolean;
  figures: Record<string, unknown> | null;
  differsMost: boolean;
  difference: { withSuggestionShare: number | null; placedShare: number | null };
}

describeOnEachBackend('insights: fairness', (app) => {
  const fairness = (claims: Claims = ADMIN) => app.as(claims).get('/insights/fairness');
  const groupsOf = (
    body: { dimensions: { dimension: string; groups: Group[] }[] },
    dimension: string,
  ) => body.dimensions.find((d) => d.dimension === dimension)?.groups ?? [];
  let sequence = 0;
  /** An admin registers a candidate nearing release at any PI (a casemanager only at its own). */
  const register = async (overrides: Record<string, unknown>) => {
    sequence += 1;
    const response = await app.as(ADMIN).post('/candidates', {
      djiNumber: `F${process.pid}-${sequence}`,
      expectedReleaseDate: daysFromToday(40),
      returnMunicipalityCode: 'GM0796',
      consent: { shareAnonymisedProfile: true },
      ...overrides,
    });
    expect(response.status).toBe(201);
    return response.body.id as string;
  };

  /**
   * 21 candidates nearing release: PI Vught 10 (VOG likely; 4 certified with a suggestion, one of them
   * accepted and placed, one rejected), PI Zwolle 9 (VOG unknown; 2 certified with a suggestion) — both
   * returning to AM27 — and PI Veenhuizen 2 (VOG unlikely, returning to AM01). One more released
   * in 200 days, outside the cohort.
   */
  beforeAll(async () => {
    const vacancy = await app.publishVacancy();
    const placed = await app.refer(vacancy);
    await app.publish('employers', {
      topic: VACANCY_PLACEMENT_RECORDED,
      key: vacancy.vacancyId,
      version: 2,
      payload: {
        vacancyId: vacancy.vacancyId,
        referralId: placed.referralId,
        openingsLeft: 1,
        status: 'open',
      },
    });
    const rejected = await app.matchedSuggestion(vacancy);
    const review = await app.as(ADVISOR).post(`/suggestions/${rejected.suggestion.id}/review`, {
      decision: 'reject',
      reasonCode: 'not-suitable',
    });
    expect(review.status).toBe(200);
    const vught = [placed.candidateId, rejected.candidateId];
    for (let i = 0; i < 2; i += 1) vught.push((await app.matchedSuggestion(vacancy)).candidateId);
    for (let i = 0; i < 6; i += 1) vught.push(await app.registerCandidate());
    for (let i = 0; i < 9; i += 1) {
      const id = await register({ piCode: 'PI-ZWOLLE', vogOutlook: 'unknown' });
      if (i < 2) {
        await app.certify(id);
        await app.suggestionOf(id, vacancy.vacancyId);
      }
    }
    for (let i = 0; i < 2; i += 1)
      await register({
        piCode: 'PI-VEENHUIZEN',
        vogOutlook: 'unlikely',
        returnMunicipalityCode: 'GM0014',
      });
    await app.certify(await app.registerCandidate({ expectedReleaseDate: daysFromToday(200) }));
    await app.matchingIdle();

    // HTTP cannot backdate: the Vught candidates registered 10 days ago, their suggestions made
    // 1, 2, 3 and 5 days later, the two reviews 1 and 4 days after the suggestion.
    await app.dataSource.query(
      `UPDATE candidates SET created_at = now() - interval '10 days' WHERE id = ANY($1::uuid[])`,
      [vught],
    );
    const days = [1, 2, 3, 5];
    for (const [index, candidateId] of vught.slice(0, 4).entries())
      await app.dataSource.query(
        `UPDATE suggestions s SET created_at = c.created_at + make_interval(days => $2),
                reviewed_at = CASE WHEN s.reviewed_at IS NULL THEN NULL
                                   ELSE c.created_at + make_interval(days => $2 + $3) END
         FROM candidates c WHERE c.id = s.candidate_id AND s.candidate_id = $1`,
        [candidateId, days[index], index === 0 ? 1 : 4],
      );
  });

  it('gives the national figure of the funnel’s cohort', async () => {
    const response = await fairness();
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      asOf: daysFromToday(0),
      suppressionThreshold: 10,
      markingRule: expect.stringContaining('10 percentage points'),
      national: {
        candidates: 21,
        withSuggestionShare: 0.2857,
        acceptedShare: 0.0476,
        placedShare: 0.0476,
        rejectionReasons: [{ reasonCode: 'not-suitable', count: 1 }],
        medianDaysToReview: 2.5,
      },
    });
    expect(JSON.stringify(response.body)).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);
  });

  it('shows a group of exactly 10 with its figures, its difference from the national figure and its mark', async () => {
    const [vught] = groupsOf((await fairness()).body, 'pi');
    expect(vught).toEqual({
      code: 'PI-VUGHT',
      label: 'PI Vught',
      suppressed: false,
      figures: {
        candidates: 10,
        withSuggestionShare: 0.4,
        acceptedShare: 0.1,
        placedShare: 0.1,
        rejectionReasons: [{ reasonCode: 'not-suitable', count: 1 }],
        medianDaysToFirstSuggestion: 2.5,
        medianDaysToReview: 2.5,
      },
      // 40 − 28.57 and 10 − 4.76 percentage points: the first is over 10, so it is marked.
      differsMost: true,
      difference: { withSuggestionShare: 11.4, placedShare: 5.2 },
    });
  });

  it('never shows the figures of a group of 9, not even by subtraction from the national figure', async () => {
    const { body } = await fairness();
    const pis = groupsOf(body, 'pi');
    expect(pis.map((g) => [g.code, g.suppressed])).toEqual([
      ['PI-VUGHT', false],
      ['PI-VEENHUIZEN', true],
      ['PI-ZWOLLE', true],
    ]);
    for (const group of pis.filter((g) => g.suppressed))
      expect(group).toMatchObject({
        figures: null,
        differsMost: false,
        difference: { withSuggestionShare: null, placedShare: null },
      });
    expect(groupsOf(body, 'vog-outlook').map((g) => [g.code, g.label, g.suppressed])).toEqual([
      ['likely', 'Waarschijnlijk', false],
      ['unknown', 'Onbekend', true],
      ['unlikely', 'Onwaarschijnlijk', true],
    ]);
    // In no dimension is one group withheld alone: its figures would be national − the others.
    for (const { groups } of body.dimensions)
      expect(groups.filter((g: Group) => g.suppressed)).not.toHaveLength(1);
  });

  it('withholds the next smallest group too when only one of a dimension is small', async () => {
    const { body } = await fairness();
    // AM01 has 2, so AM27 (19) would give it away.
    expect(groupsOf(body, 'region').map((g) => [g.code, g.suppressed])).toEqual([
      ['AM01', true],
      ['AM27', true],
    ]);
    // 6 hold a Machinaal houtbewerker certificate (Afbouw, hout en onderhoud); 15 none.
    expect(
      groupsOf(body, 'qualification-domain').map((g) => [g.code, g.label, g.suppressed]),
    ).toEqual([
      ['Afbouw, hout en onderhoud', 'Afbouw, hout en onderhoud', true],
      ['none', 'Geen geldig certificaat', true],
    ]);
  });

  it('exports the same figures as CSV, "< 10" for a withheld group, audited', async () => {
    const before = await app.counts();
    const response = await app
      .http()
      .get('/insights/fairness')
      .set('Authorization', await app.auth(ADMIN))
      .set('Accept', 'text/csv');
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/csv/);
    expect(response.headers['content-disposition']).toMatch(
      /^attachment; filename="fairness-\d{8}-\d{6}Z\.csv"$/,
    );
    const lines = response.text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe(
      'dimension,code,label,suppressed,candidates,withSuggestionShare,acceptedShare,placedShare,' +
        'rejected:not-suitable,rejected:candidate-declined,rejected:target-unsuitable,rejected:other,' +
        'medianDaysToFirstSuggestion,medianDaysToReview,differsMost,withSuggestionShareDifference,placedShareDifference',
    );
    expect(lines).toHaveLength(1 + 1 + 3 + 2 + 3 + 2);
    expect(lines).toContain(
      'pi,PI-VUGHT,PI Vught,false,10,0.4,0.1,0.1,1,0,0,0,2.5,2.5,true,11.4,5.2',
    );
    expect(lines).toContain('pi,PI-ZWOLLE,PI Zwolle,true,< 10,,,,,,,,,,false,,');
    expect(await app.counts()).toEqual({ ...before, audit_entries: before.audit_entries + 1 });
    const [entry] = await app.dataSource.query(
      `SELECT actor, action, target_id, details FROM audit_entries ORDER BY id DESC LIMIT 1`,
    );
    expect(entry).toEqual({
      actor: ADMIN.sub,
      action: 'insights.exported',
      target_id: 'fairness',
      details: { filters: {}, rows: lines.length - 1 },
    });
  });

  it('writes nothing when read as JSON: aggregates name no candidate', async () => {
    const before = await app.counts();
    expect((await fairness()).status).toBe(200);
    expect(await app.counts()).toEqual(before);
  });

  it.each([
    ['an advisor', ADVISOR],
    ['a casemanager', CASEMANAGER],
  ])('refuses %s with 403', async (_case, claims) => {
    expectProblem(await fairness(claims), 403);
  });
});
