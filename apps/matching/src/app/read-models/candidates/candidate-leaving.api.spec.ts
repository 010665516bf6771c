import { randomUUID } from 'node:crypto';
import { CANDIDATE_LEFT, REFERRAL_WITHDRAWN, VacancyState } from '@bridge/contracts';
import { AuditEntry } from '@bridge/platform';
import { Referral } from '../../review/referrals/referral.entity';
import {
  ADMIN,
  ADVISOR,
  CASEMANAGER,
  Claims,
  describeOnEachBackend,
  educationProvider,
  employer,
  expectProblem,
} from '../../testing/matching-test-app.fixture';
import { Candidate } from './candidate.entity';

describeOnEachBackend('a candidate leaves the platform', (app) => {
  let referred: VacancyState;
  let declined: VacancyState;
  let suggestedOnly: VacancyState;

  beforeAll(async () => {
    referred = await app.publishVacancy();
    declined = await app.publishVacancy();
    suggestedOnly = await app.publishVacancy();
  });

  const candidateRow = (id: string) => app.dataSource.manager.findOneByOrFail(Candidate, { id });
  const referralRow = (id: string) => app.dataSource.manager.findOneByOrFail(Referral, { id });
  const leave = (claims: Claims, id: string, body: unknown = {}) =>
    app.as(claims).post(`/candidates/${id}/leave`, body);
  const accept = async (suggestionId: string): Promise<string> => {
    const response = await app
      .as(ADVISOR)
      .post(`/suggestions/${suggestionId}/review`, { decision: 'accept' });
    expect(response.status).toBe(200);
    return response.body.referral.id;
  };
  const withdrawnEventsOf = async (referralIds: string[]) =>
    (await app.outbox(REFERRAL_WITHDRAWN)).filter((event) => referralIds.includes(event.key));

  /**
   * A certified candidate suggested all three vacancies, referred to `referred` (still standing)
   * and to `declined` (declined by its employer); `suggestedOnly` stays suggested.
   */
  async function candidateWithReferrals(djiNumber = `LV-${randomUUID().slice(0, 8)}`) {
    const { candidateId, suggestion } = await app.matchedTo(referred.vacancyId, { djiNumber });
    const standing = await accept(suggestion.id);
    const toDecline = await accept((await app.suggestionOf(candidateId, declined.vacancyId)).id);
    const declineResponse = await app
      .as(employer(declined.employerId))
      .post(`/referrals/${toDecline}/decline`, {});
    expect(declineResponse.status).toBe(200);
    const open = await app.suggestionOf(candidateId, suggestedOnly.vacancyId);
    expect(open.status).toBe('suggested');
    return {
      candidateId,
      djiNumber,
      standing,
      declined: toDecline,
      openSuggestionId: open.id,
      acceptedSuggestionId: suggestion.id,
    };
  }

  describe('who may', () => {
    let candidateId: string;
    beforeAll(async () => {
      candidateId = await app.registerCandidate();
    });

    it.each([
      [
        'a workshop leader of its PI',
        403,
        { sub: 'wl-vught', role: 'workshop-leader', pi: 'PI-VUGHT' } as Claims,
      ],
      ['an advisor of its region', 403, ADVISOR],
      ['an employer', 403, employer(randomUUID())],
      ['an education provider', 403, educationProvider('25LX')],
      [
        'a casemanager of another PI',
        404,
        { sub: 'cm-zwolle', role: 'casemanager', pi: 'PI-ZWOLLE' } as Claims,
      ],
    ])('refuses %s with %d and changes nothing', async (_case, status, claims) => {
      const before = await app.counts();
      expectProblem(await leave(claims, candidateId), status);
      expect(await candidateRow(candidateId)).toMatchObject({
        status: 'active',
        version: 1,
        leftReason: null,
      });
      expect(await app.counts()).toEqual(before);
    });

    it('answers 404 for a candidate that does not exist, and 400 for an id that is no UUID', async () => {
      expectProblem(await leave(ADMIN, randomUUID()), 404);
      expectProblem(await leave(ADMIN, 'candidate-1'), 400);
    });

    it.each([
      ['an unknown reason', { reason: 'released-elsewhere' }, 'reason'],
      ['a reason that is no text', { reason: 7 }, 'reason'],
      ['free text next to the reason', { reason: 'removed', note: 'overgeplaatst' }, 'note'],
    ])('refuses %s with 400 naming the field, and changes nothing', async (_case, body, field) => {
      const before = await app.counts();
      expectProblem(await leave(CASEMANAGER, candidateId, body), 400, [field]);
      expect(await candidateRow(candidateId)).toMatchObject({ status: 'active', version: 1 });
      expect(await app.counts()).toEqual(before);
    });

    it('lets an admin take the candidate off with a reason, and then nobody again (409)', async () => {
      const response = await leave(ADMIN, candidateId, { reason: 'consent-withdrawn' });
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({
        id: candidateId,
        status: 'left',
        leftReason: 'consent-withdrawn',
        version: 2,
      });
      const [event] = (await app.outbox(CANDIDATE_LEFT)).filter((e) => e.key === candidateId);
      expect(event.payload).toEqual({ candidateId, reason: 'consent-withdrawn' });

      const before = await app.counts();
      expectProblem(await leave(CASEMANAGER, candidateId), 409);
      expectProblem(
        await app.as(CASEMANAGER).patch(`/candidates/${candidateId}`, { vogOutlook: 'unlikely' }),
        409,
      );
      expect(await candidateRow(candidateId)).toMatchObject({
        status: 'left',
        version: 2,
        vogOutlook: 'likely',
      });
      expect(await app.counts()).toEqual(before);
    });
  });

  it('leaves: event without the DJI number, standing referrals withdrawn, open suggestions expired, audited', async () => {
    const matched = await candidateWithReferrals();
    const response = await leave(CASEMANAGER, matched.candidateId);

    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      id: matched.candidateId,
      status: 'left',
      leftReason: 'removed',
      version: 2,
    });
    const [left] = (await app.outbox(CANDIDATE_LEFT)).filter(
      (event) => event.key === matched.candidateId,
    );
    expect(left).toMatchObject({
      version: 2,
      payload: { candidateId: matched.candidateId, reason: 'removed' },
    });
    expect(JSON.stringify(left)).not.toContain(matched.djiNumber);

    expect(await referralRow(matched.standing)).toMatchObject({ status: 'withdrawn', version: 2 });
    expect(await referralRow(matched.declined)).toMatchObject({ status: 'declined', version: 2 });
    const withdrawn = await withdrawnEventsOf([matched.standing, matched.declined]);
    expect(withdrawn).toHaveLength(1);
    expect(withdrawn[0]).toMatchObject({
      key: matched.standing,
      version: 2,
      payload: {
        referralId: matched.standing,
        targetId: referred.vacancyId,
        targetType: 'vacancy',
      },
    });

    await app.matchingIdle();
    expect(await app.suggestion(matched.openSuggestionId)).toMatchObject({ status: 'expired' });
    const accepted = await app
      .as(ADVISOR)
      .get(`/candidates/${matched.candidateId}/suggestions`, { status: 'accepted' });
    expect(
      accepted.body.items.map((item: { id: string; referral: unknown }) => [
        item.id,
        item.referral,
      ]),
    ).toContainEqual([matched.acceptedSuggestionId, { id: matched.standing, status: 'withdrawn' }]);
    const listed = await app.as(employer(referred.employerId)).get('/referrals');
    expect(listed.body.items.map((item: { id: string }) => item.id)).not.toContain(
      matched.standing,
    );

    const [entry] = await app.dataSource
      .getRepository(AuditEntry)
      .findBy({ action: 'candidate.left', candidateId: matched.candidateId });
    expect(entry).toMatchObject({ actor: CASEMANAGER.sub, role: 'casemanager' });
  });

  it('withdraws the standing referrals when consent is withdrawn, and consent given again revives none', async () => {
    const matched = await candidateWithReferrals();
    const withdrawal = await app
      .as(CASEMANAGER)
      .patch(`/candidates/${matched.candidateId}`, { consent: { shareAnonymisedProfile: false } });
    expect(withdrawal.status).toBe(200);

    expect(await referralRow(matched.standing)).toMatchObject({ status: 'withdrawn', version: 2 });
    expect(await referralRow(matched.declined)).toMatchObject({ status: 'declined' });
    expect(await withdrawnEventsOf([matched.standing, matched.declined])).toEqual([
      expect.objectContaining({
        key: matched.standing,
        payload: expect.objectContaining({ referralId: matched.standing }),
      }),
    ]);
    await app.matchingIdle();
    expect(await app.suggestion(matched.openSuggestionId)).toMatchObject({ status: 'expired' });
    expect(await app.suggestion(matched.acceptedSuggestionId)).toMatchObject({
      status: 'accepted',
    });

    const regiven = await app
      .as(CASEMANAGER)
      .patch(`/candidates/${matched.candidateId}`, { consent: { shareAnonymisedProfile: true } });
    expect(regiven.status).toBe(200);
    await app.matchingIdle();
    expect(await referralRow(matched.standing)).toMatchObject({ status: 'withdrawn', version: 2 });
    expect(await withdrawnEventsOf([matched.standing])).toHaveLength(1);
    expect(await app.suggestion(matched.openSuggestionId)).toMatchObject({ status: 'suggested' });
  });

  it('documents leaving in OpenAPI with its reasons and problem answers', async () => {
    const document = (await app.http().get('/docs-json')).body;
    const operation = document.paths['/candidates/{id}/leave'].post;
    expect(Object.keys(operation.responses)).toEqual(
      expect.arrayContaining(['200', '400', '403', '404', '409']),
    );
    expect(operation.summary).toEqual(expect.any(String));
    const { schemas } = document.components;
    expect(schemas.LeaveCandidateDto.properties.reason).toMatchObject({
      example: 'removed',
      enum: ['window-passed', 'consent-withdrawn', 'removed'],
    });
    expect(schemas.CandidateView.properties.leftReason).toMatchObject({ nullable: true });
    expect(Object.keys(document.paths['/candidates/{id}'].patch.responses)).toContain('409');
  });
});
