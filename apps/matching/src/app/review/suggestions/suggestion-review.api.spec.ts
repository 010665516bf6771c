import { randomUUID } from 'node:crypto';
import { REFERRAL_CREATED } from '@bridge/contracts';
import { AuditEntry } from '@bridge/platform';
import {
  ADMIN,
  ADVISOR,
  CASEMANAGER,
  daysFromToday,
  describeOnEachBackend,
  employer,
  expectProblem,
  MatchedSuggestion,
  MatchingTestApp,
  OTHER_ADVISOR,
} from '../../testing/matching-test-app.fixture';

/** What a refused review must leave as it was: the suggestion, and no referral, event or audit entry. */
async function expectNothingWritten(
  app: MatchingTestApp,
  matched: MatchedSuggestion,
  before: Awaited<ReturnType<MatchingTestApp['counts']>>,
) {
  expect(await app.suggestion(matched.suggestion.id)).toMatchObject({
    status: 'suggested',
    reviewedBy: null,
    reviewedAt: null,
    reasonCode: null,
    note: null,
  });
  expect(await app.counts()).toEqual(before);
}

describeOnEachBackend('reviewing suggestions', (app) => {
  const review = (id: string, body: unknown) =>
    app.as(ADVISOR).post(`/suggestions/${id}/review`, body);
  let employerId: string;
  let matched: MatchedSuggestion;

  beforeAll(async () => {
    employerId = randomUUID();
    matched = await app.matchedSuggestion(await app.publishVacancy(employerId));
  });

  it.each([
    ['an unknown field', { decision: 'accept', priority: 'high' }, 'priority'],
    ['no decision', {}, 'decision'],
    ['an unknown decision', { decision: 'maybe' }, 'decision'],
    ['a decision that is no string', { decision: true }, 'decision'],
    ['a rejection without reasonCode', { decision: 'reject' }, 'reasonCode'],
    ['an unknown reasonCode', { decision: 'reject', reasonCode: 'bored' }, 'reasonCode'],
    [
      'an acceptance with a reasonCode',
      { decision: 'accept', reasonCode: 'not-suitable' },
      'reasonCode',
    ],
    ['reason other without a note', { decision: 'reject', reasonCode: 'other' }, 'note'],
    [
      'reason other with a blank note',
      { decision: 'reject', reasonCode: 'other', note: '   ' },
      'note',
    ],
    [
      'a note that is no text',
      { decision: 'reject', reasonCode: 'not-suitable', note: 42 },
      'note',
    ],
    [
      'a 10,000-character note',
      { decision: 'reject', reasonCode: 'other', note: 'x'.repeat(10_000) },
      'note',
    ],
  ])('refuses %s with 400 naming the field, and writes nothing', async (_case, body, field) => {
    const before = await app.counts();
    expectProblem(await review(matched.suggestion.id, body), 400, [field]);
    await expectNothingWritten(app, matched, before);
  });

  it.each([
    ['an admin', 403, ADMIN],
    ['a casemanager', 403, CASEMANAGER],
    ['an employer', 403, employer(randomUUID())],
    ['an advisor of another region', 404, OTHER_ADVISOR],
  ])('refuses %s with %d and writes nothing', async (_case, status, claims) => {
    const before = await app.counts();
    const response = await app
      .as(claims)
      .post(`/suggestions/${matched.suggestion.id}/review`, { decision: 'accept' });
    expectProblem(response, status);
    await expectNothingWritten(app, matched, before);
  });

  it('answers 404 for a suggestion that does not exist', async () => {
    expectProblem(await review(randomUUID(), { decision: 'accept' }), 404);
  });

  it('refuses to accept without the candidate’s consent (409) and writes nothing', async () => {
    const withdrawn = await app.matchedSuggestion(matched.vacancy);
    // The consent is withdrawn but the match engine has not caught up yet: the suggestion is
    // still `suggested`, so the review itself must refuse to refer.
    await app.dataSource.query(
      `UPDATE candidates SET consent = '{"shareAnonymisedProfile": false}' WHERE id = $1`,
      [withdrawn.candidateId],
    );
    const before = await app.counts();
    const response = await review(withdrawn.suggestion.id, { decision: 'accept' });
    expectProblem(response, 409);
    expect(response.body.detail).toMatch(/consent/);
    await expectNothingWritten(app, withdrawn, before);
  });

  it.each([
    ['closed', { status: 'closed', openingsLeft: 2 }],
    ['filled', { status: 'filled', openingsLeft: 0 }],
  ])(
    'refuses to accept for a vacancy that is %s by now (409) and writes nothing',
    async (state, change) => {
      const vacancy = await app.publishVacancy();
      const late = await app.matchedSuggestion(vacancy);
      // The vacancy changed but the match engine has not expired the suggestion yet.
      await app.dataSource.query(
        `UPDATE vacancies SET status = $1, openings_left = $2 WHERE vacancy_id = $3`,
        [change.status, change.openingsLeft, vacancy.vacancyId],
      );
      const before = await app.counts();
      const response = await review(late.suggestion.id, { decision: 'accept' });
      expectProblem(response, 409);
      expect(response.body.detail).toContain(`is ${state}`);
      await expectNothingWritten(app, late, before);
    },
  );

  it('accepts: the suggestion becomes a referral, announced without the candidate id, and audited', async () => {
    const before = await app.counts();
    const response = await review(matched.suggestion.id, {
      decision: 'accept',
      note: 'Past goed bij de werkplaats',
    });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      id: matched.suggestion.id,
      status: 'accepted',
      reviewedBy: ADVISOR.sub,
      note: 'Past goed bij de werkplaats',
      referral: { id: expect.any(String), status: 'referred' },
    });
    expect(response.body.reasonCode).toBeUndefined();
    expect(Date.parse(response.body.reviewedAt)).not.toBeNaN();
    const referralId: string = response.body.referral.id;

    const [created] = (await app.outbox(REFERRAL_CREATED)).filter(
      (event) => event.key === referralId,
    );
    // Correlated with the request that caused it, without the service passing the id along.
    const requestId = response.headers['x-request-id'];
    expect(requestId).toEqual(expect.any(String));
    expect(created).toMatchObject({ version: 1, producer: 'matching', correlationId: requestId });
    expect(created.payload).toEqual({
      referralId,
      targetId: matched.vacancy.vacancyId,
      targetType: 'vacancy',
      employerId,
      brin: null,
      regionCode: 'AM27',
      availableFrom: daysFromToday(40),
      certificates: [
        { crebo: '25016', title: 'Machinaal houtbewerker', issuedOn: daysFromToday(-30) },
      ],
    });
    expect(JSON.stringify(created)).not.toContain(matched.candidateId);

    const audit = await app.dataSource
      .getRepository(AuditEntry)
      .findBy({ action: 'suggestion.accepted' });
    expect(audit.map((e) => [e.actor, e.candidateId, e.targetId])).toEqual([
      [ADVISOR.sub, matched.candidateId, matched.vacancy.vacancyId],
    ]);
    expect(await app.counts()).toEqual({
      referrals: before.referrals + 1,
      outbox_messages: before.outbox_messages + 1,
      audit_entries: before.audit_entries + 1,
    });

    const listed = await app
      .as(ADVISOR)
      .get(`/candidates/${matched.candidateId}/suggestions`, { status: 'accepted' });
    expect(listed.body.items).toEqual([
      expect.objectContaining({
        id: matched.suggestion.id,
        referral: { id: referralId, status: 'referred' },
      }),
    ]);
  });

  it.each([
    ['accept', { decision: 'accept' }],
    ['reject', { decision: 'reject', reasonCode: 'not-suitable' }],
  ])('refuses a second review (%s) with 409 and writes nothing', async (_case, body) => {
    const before = await app.counts();
    expectProblem(await review(matched.suggestion.id, body), 409);
    expect(await app.suggestion(matched.suggestion.id)).toMatchObject({
      status: 'accepted',
      reasonCode: null,
    });
    expect(await app.counts()).toEqual(before);
  });

  it('rejects with a reason code and note: recorded and audited, no referral and no event', async () => {
    const rejected = await app.matchedSuggestion(matched.vacancy);
    const before = await app.counts();
    const response = await review(rejected.suggestion.id, {
      decision: 'reject',
      reasonCode: 'other',
      note: 'Kiest voor een opleiding',
    });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      status: 'rejected',
      reviewedBy: ADVISOR.sub,
      reasonCode: 'other',
      note: 'Kiest voor een opleiding',
    });
    expect(response.body.referral).toBeUndefined();
    const audit = await app.dataSource
      .getRepository(AuditEntry)
      .findBy({ action: 'suggestion.rejected', candidateId: rejected.candidateId });
    expect(audit).toHaveLength(1);
    expect(await app.counts()).toEqual({ ...before, audit_entries: before.audit_entries + 1 });
  });

  it('lets exactly one of two concurrent reviews of a suggestion win', async () => {
    const contested = await app.matchedSuggestion(matched.vacancy);
    const before = await app.counts();
    const statuses = await Promise.all([
      review(contested.suggestion.id, { decision: 'accept' }),
      review(contested.suggestion.id, { decision: 'reject', reasonCode: 'not-suitable' }),
    ]).then((responses) => responses.map((response) => response.status).sort());
    expect(statuses).toEqual([200, 409]);
    const { status } = await app.suggestion(contested.suggestion.id);
    expect(await app.counts()).toEqual({
      referrals: before.referrals + (status === 'accepted' ? 1 : 0),
      outbox_messages: before.outbox_messages + (status === 'accepted' ? 1 : 0),
      audit_entries: before.audit_entries + 1,
    });
  });
});
