import { AuditEntry } from '@bridge/platform';
import {
  ADMIN,
  ADVISOR,
  CASEMANAGER,
  Claims,
  daysFromToday,
  describeOnEachBackend,
  expectProblem,
  MatchedSuggestion,
  OTHER_ADVISOR,
} from '../../testing/matching-test-app.fixture';
import { QUEUE_EXPORT_CAP } from './suggestions.service';

const HEADER =
  'suggestionId,candidateId,piCode,regionCode,expectedReleaseDate,targetType,targetTitle,targetMunicipalityCode,' +
  'targetMunicipality,targetStartDate,score,status,snoozedUntil';

describeOnEachBackend('the advisor’s queue as CSV (GET /suggestions, Accept: text/csv)', (app) => {
  const exportQueue = async (claims: Claims, query: Record<string, string | number> = {}) =>
    app
      .http()
      .get('/suggestions')
      .query(query)
      .set('Accept', 'text/csv')
      .set('Authorization', await app.auth(claims));
  const lines = (text: string) =>
    text
      .replace(/^\uFEFF/, '')
      .split('\r\n')
      .filter(Boolean);
  const idsOf = (text: string) =>
    lines(text)
      .slice(1)
      .map((line) => line.split(',')[0]);

  let soon: MatchedSuggestion;
  let tilburg: MatchedSuggestion;
  let snoozed: MatchedSuggestion;

  beforeAll(async () => {
    const vacancy = await app.publishVacancy();
    soon = await app.matchedSuggestion(vacancy, { expectedReleaseDate: daysFromToday(20) });
    tilburg = await app.matchedSuggestion(vacancy, {
      expectedReleaseDate: daysFromToday(30),
      returnMunicipalityCode: 'GM0855',
    });
    snoozed = await app.matchedSuggestion(vacancy, { expectedReleaseDate: daysFromToday(40) });
    const parked = await app.as(ADVISOR).post(`/suggestions/${snoozed.suggestion.id}/snooze`, {
      until: daysFromToday(7),
      reasonCode: 'awaiting-release-date',
    });
    expect(parked.status).toBe(200);
  }, 300_000);

  it('answers every row of the queue as a CSV download named suggestion-queue-<UTC timestamp>.csv', async () => {
    const response = await exportQueue(ADVISOR, { limit: 1 });
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/csv/);
    expect(response.headers['content-disposition']).toMatch(
      /^attachment; filename="suggestion-queue-\d{8}-\d{6}Z\.csv"$/,
    );
    const [header, ...rows] = lines(response.text);
    expect(header).toBe(HEADER);
    // Not one page (limit 1): the whole queue, in its order; the snoozed one left out.
    const s = await app.suggestion(soon.suggestion.id);
    expect(rows).toEqual([
      [
        s.id,
        soon.candidateId,
        'PI-VUGHT',
        'AM27',
        daysFromToday(20),
        'vacancy',
        'Machinaal houtbewerker',
        'GM0865',
        'Vught',
        daysFromToday(50),
        String(s.score),
        'suggested',
        '',
      ].join(','),
      expect.stringMatching(
        new RegExp(`^${tilburg.suggestion.id},${tilburg.candidateId},PI-VUGHT,AM26,`),
      ),
    ]);
  });

  it.each([
    ['region', { region: 'AM26' }, () => [tilburg.suggestion.id]],
    ['snoozed', { snoozed: 'true' }, () => [snoozed.suggestion.id]],
    ['status', { status: 'accepted' }, () => []],
    ['pi', { pi: 'PI-ZWOLLE' }, () => []],
  ])('applies the queue’s filters (%s)', async (_case, query, expected) => {
    const response = await exportQueue(ADVISOR, query);
    expect(response.status).toBe(200);
    expect(lines(response.text)[0]).toBe(HEADER);
    expect(idsOf(response.text)).toEqual(expected());
  });

  it('shows an advisor only its own regions: elsewhere the header alone', async () => {
    const response = await exportQueue(OTHER_ADVISOR);
    expect(response.status).toBe(200);
    expect(lines(response.text)).toEqual([HEADER]);
  });

  it('audits a read of each candidate exported and the export itself', async () => {
    const audit = app.dataSource.getRepository(AuditEntry);
    const before = await audit.find({ order: { id: 'DESC' }, take: 1 });
    expect((await exportQueue(ADVISOR, { pi: 'PI-VUGHT' })).status).toBe(200);
    const entries = await audit
      .createQueryBuilder('a')
      .where('a.id > :last', { last: before[0]?.id ?? '0' })
      .orderBy('a.id')
      .getMany();
    expect(entries.map((e) => [e.action, e.actor, e.candidateId, e.piCode])).toEqual([
      ...[soon.candidateId, tilburg.candidateId].map((candidateId) => [
        'suggestions.queue-read',
        ADVISOR.sub,
        candidateId,
        null,
      ]),
      ['suggestions.queue-exported', ADVISOR.sub, null, 'PI-VUGHT'],
    ]);
    expect(entries.at(-1)?.details).toEqual({
      filters: { status: 'suggested', pi: 'PI-VUGHT', snoozed: 'false' },
      rows: 2,
    });
  });

  it('refuses a casemanager with 403 and a bad filter with 400 naming it, writing nothing', async () => {
    const before = await app.counts();
    expectProblem(await exportQueue(CASEMANAGER), 403);
    expectProblem(await exportQueue(ADVISOR, { snoozed: 'yes' }), 400, ['snoozed']);
    expectProblem(await exportQueue(ADVISOR, { region: 'AM99' }), 400, ['region']);
    expect(await app.counts()).toEqual(before);
  });

  it(`refuses more than ${QUEUE_EXPORT_CAP} rows with 400 naming the filters that narrow it`, async () => {
    // A candidate returning to Amsterdam (AM: Groot Amsterdam) with more open suggestions than one export holds.
    const amsterdam = await app.registerCandidate({ returnMunicipalityCode: 'GM0363' });
    await app.matchingIdle();
    await app.dataSource.query(
      `INSERT INTO suggestions (id, candidate_id, target_id, target_type, score, explanation, target, status)
       SELECT gen_random_uuid(), $1, 'bulk-' || i, 'vacancy', 0.5, '[]',
              jsonb_build_object('title', 'Bulk', 'municipalityCode', 'GM0363', 'startDate', $2::text), 'suggested'
         FROM generate_series(1, $3::int) AS i`,
      [amsterdam, daysFromToday(60), QUEUE_EXPORT_CAP],
    );
    const before = await app.counts();
    const refused = await exportQueue(ADMIN);
    expectProblem(refused, 400, ['region', 'pi', 'status', 'snoozed']);
    expect(refused.body.detail).toMatch(`more than ${QUEUE_EXPORT_CAP} suggestions match`);
    expect(await app.counts()).toEqual(before);
    // Narrowed to a region, it fits.
    const narrowed = await exportQueue(ADMIN, { region: 'AM27' });
    expect(narrowed.status).toBe(200);
    expect(idsOf(narrowed.text)).toEqual([soon.suggestion.id]);
  }, 120_000);
});
