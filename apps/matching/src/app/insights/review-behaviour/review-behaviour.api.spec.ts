import {
  ADMIN,
  ADVISOR,
  CASEMANAGER,
  Claims,
  describeOnEachBackend,
  expectProblem,
  OTHER_ADVISOR,
} from '../../testing/matching-test-app.fixture';

type Decision = { decision: 'accept' } | { decision: 'reject'; reasonCode: string; note?: string };
const accept: Decision = { decision: 'accept' };
const reject = (reasonCode: string): Decision =>
  reasonCode === 'other'
    ? { decision: 'reject', reasonCode, note: 'zie dossier' }
    : { decision: 'reject', reasonCode };

describeOnEachBackend('insights: review behaviour', (app) => {
  const reviewBehaviour = (claims: Claims = ADMIN) =>
    app.as(claims).get('/insights/review-behaviour');

  /** A certified candidate returning to `municipality`, with its suggestions of `vacancyIds` reviewed as `decisions` say. */
  const reviewed = async (
    returnMunicipalityCode: string,
    vacancyIds: string[],
    advisor: Claims,
    decisions: Decision[],
  ) => {
    const candidateId = await app.registerCandidate({ returnMunicipalityCode });
    await app.certify(candidateId);
    for (const vacancyId of vacancyIds) await app.suggestionOf(candidateId, vacancyId);
    await app.matchingIdle();
    for (const [index, decision] of decisions.entries()) {
      const suggestion = await app.suggestionOf(candidateId, vacancyIds[index]);
      const response = await app.as(advisor).post(`/suggestions/${suggestion.id}/review`, decision);
      expect(response.status).toBe(200);
    }
  };

  /**
   * 21 reviews: 10 of candidates returning to AM27 ('s-Hertogenbosch: one accepted, 4 not-suitable,
   * 3 candidate-declined, 2 target-unsuitable), 9 to AM26 (Tilburg: all not-suitable), 2 to AM01
   * (Groningen: other).
   */
  beforeAll(async () => {
    const brabant: string[] = [];
    for (let i = 0; i < 5; i += 1) brabant.push((await app.publishVacancy()).vacancyId);
    const groningen: string[] = [];
    for (let i = 0; i < 2; i += 1)
      groningen.push(
        (await app.publishVacancy(undefined, { municipalityCode: 'GM0014' })).vacancyId,
      );
    await reviewed('GM0796', brabant, ADVISOR, [accept, ...Array(4).fill(reject('not-suitable'))]);
    await reviewed('GM0796', brabant, ADVISOR, [
      ...Array(3).fill(reject('candidate-declined')),
      ...Array(2).fill(reject('target-unsuitable')),
    ]);
    await reviewed('GM0855', brabant, ADVISOR, Array(5).fill(reject('not-suitable')));
    await reviewed('GM0855', brabant, ADVISOR, Array(4).fill(reject('not-suitable')));
    await reviewed('GM0014', groningen, OTHER_ADVISOR, Array(2).fill(reject('other')));
  });

  it('gives the national figure of all reviews', async () => {
    const response = await reviewBehaviour();
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      suppressionThreshold: 10,
      national: {
        reviews: 21,
        acceptanceRate: 0.0476,
        rejectionReasons: [
          { reasonCode: 'not-suitable', count: 13, rate: 0.619 },
          { reasonCode: 'candidate-declined', count: 3, rate: 0.1429 },
          { reasonCode: 'other', count: 2, rate: 0.0952 },
          { reasonCode: 'target-unsuitable', count: 2, rate: 0.0952 },
        ],
        medianDaysToReview: 0,
      },
    });
  });

  it('shows a region of exactly 10 reviews and withholds those of 9 and 2, naming no advisor', async () => {
    const { body } = await reviewBehaviour();
    expect(body.regions).toEqual([
      { regionCode: 'AM01', label: 'Groningen', suppressed: true, figures: null },
      { regionCode: 'AM26', label: 'Midden-Brabant', suppressed: true, figures: null },
      {
        regionCode: 'AM27',
        label: 'Noordoost-Brabant',
        suppressed: false,
        figures: {
          reviews: 10,
          acceptanceRate: 0.1,
          rejectionReasons: [
            { reasonCode: 'not-suitable', count: 4, rate: 0.4 },
            { reasonCode: 'candidate-declined', count: 3, rate: 0.3 },
            { reasonCode: 'target-unsuitable', count: 2, rate: 0.2 },
          ],
          medianDaysToReview: 0,
        },
      },
    ]);
    const text = JSON.stringify(body);
    for (const advisor of [ADVISOR, OTHER_ADVISOR]) expect(text).not.toContain(advisor.sub);
  });

  it('exports the same figures as CSV, "< 10" for a withheld region, audited', async () => {
    const response = await app
      .http()
      .get('/insights/review-behaviour')
      .set('Authorization', await app.auth(ADMIN))
      .set('Accept', 'text/csv');
    expect(response.status).toBe(200);
    expect(response.headers['content-disposition']).toMatch(
      /filename="review-behaviour-\d{8}-\d{6}Z\.csv"$/,
    );
    expect(
      response.text
        .replace(/^\uFEFF/, '')
        .trim()
        .split('\r\n'),
    ).toEqual([
      'regionCode,label,suppressed,reviews,acceptanceRate,rejectionRate:not-suitable,rejectionRate:candidate-declined,' +
        'rejectionRate:target-unsuitable,rejectionRate:other,medianDaysToReview',
      ',Nationaal,false,21,0.0476,0.619,0.1429,0.0952,0.0952,0',
      'AM01,Groningen,true,< 10,,,,,,',
      'AM26,Midden-Brabant,true,< 10,,,,,,',
      'AM27,Noordoost-Brabant,false,10,0.1,0.4,0.3,0.2,0,0',
    ]);
    const [entry] = await app.dataSource.query(
      `SELECT action, target_id, details FROM audit_entries ORDER BY id DESC LIMIT 1`,
    );
    expect(entry).toEqual({
      action: 'insights.exported',
      target_id: 'review-behaviour',
      details: { filters: {}, rows: 4 },
    });
  });

  it.each([
    ['an advisor', ADVISOR],
    ['a casemanager', CASEMANAGER],
  ])('refuses %s with 403', async (_case, claims) => {
    expectProblem(await reviewBehaviour(claims), 403);
  });
});
