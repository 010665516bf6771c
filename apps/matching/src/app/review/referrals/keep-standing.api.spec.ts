import { randomUUID } from 'node:crypto';
import { REFERRAL_WITHDRAWN, VacancyState } from '@bridge/contracts';
import { AuditEntry } from '@bridge/platform';
import {
  ADMIN,
  ADVISOR,
  CASEMANAGER,
  Claims,
  describeOnEachBackend,
  educationProvider,
  employer,
  expectProblem,
  OTHER_ADVISOR,
} from '../../testing/matching-test-app.fixture';
import { Referral } from './referral.entity';

const WORKSHOP_LEADER: Claims = { sub: 'wl-vught', role: 'workshop-leader', pi: 'PI-VUGHT' };

describeOnEachBackend('POST /referrals/:id/keep-standing', (app) => {
  let vacancy: VacancyState;
  let referred: { candidateId: string; referralId: string };

  beforeAll(async () => {
    vacancy = await app.publishVacancy();
    referred = await app.refer(vacancy);
  });

  const keepStanding = (claims: Claims, id: string, body: unknown) =>
    app.as(claims).post(`/referrals/${id}/keep-standing`, body);
  const referralRow = (id: string) => app.dataSource.manager.findOneByOrFail(Referral, { id });

  /** A refused request leaves the referral and every counted table as they were. */
  async function expectUnchanged(request: () => Promise<void>) {
    const [counts, row] = [await app.counts(), await referralRow(referred.referralId)];
    await request();
    expect(await app.counts()).toEqual(counts);
    expect(await referralRow(referred.referralId)).toEqual(row);
  }

  it.each([
    ['no note', {}, 'note'],
    ['an empty note', { note: '' }, 'note'],
    ['a blank note', { note: '   ' }, 'note'],
    ['a note that is not text', { note: 42 }, 'note'],
    ['a note over 2000 characters', { note: 'x'.repeat(2001) }, 'note'],
    ['an unknown field', { note: 'BBL', keptStandingBy: 'someone' }, 'keptStandingBy'],
  ])('refuses %s with 400 naming the field, changing nothing', async (_case, body, field) => {
    await expectUnchanged(async () =>
      expectProblem(await keepStanding(ADVISOR, referred.referralId, body), 400, [field]),
    );
  });

  it('answers 400 for an id that is no UUID', async () => {
    expectProblem(await keepStanding(ADVISOR, 'referral-1', { note: 'BBL' }), 400);
  });

  it.each([
    ['a casemanager of its PI', () => CASEMANAGER],
    ['a workshop leader', () => WORKSHOP_LEADER],
    ['the employer of the referral’s vacancy', () => employer(vacancy.employerId)],
    ['an education provider', () => educationProvider('25LX')],
  ])('refuses %s with 403, changing nothing', async (_case, claims) => {
    await expectUnchanged(async () =>
      expectProblem(await keepStanding(claims(), referred.referralId, { note: 'BBL' }), 403),
    );
  });

  it('answers 404 to an advisor of another region, as for an unknown referral', async () => {
    await expectUnchanged(async () => {
      expectProblem(await keepStanding(OTHER_ADVISOR, referred.referralId, { note: 'BBL' }), 404);
      expectProblem(await keepStanding(ADVISOR, randomUUID(), { note: 'BBL' }), 404);
    });
  });

  it('records who kept the referral standing, when and why, audited, and shows it', async () => {
    const audit = app.dataSource.getRepository(AuditEntry);
    const response = await keepStanding(ADVISOR, referred.referralId, {
      note: 'BBL-opleiding naast de baan',
    });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      id: referred.referralId,
      targetId: vacancy.vacancyId,
      status: 'referred',
      withdrawalReason: null,
      keptStanding: { by: ADVISOR.sub, note: 'BBL-opleiding naast de baan' },
      target: { title: vacancy.title },
    });
    expect(Date.parse(response.body.keptStanding.at)).toBeLessThanOrEqual(Date.now());
    expect(await referralRow(referred.referralId)).toMatchObject({
      status: 'referred',
      version: 1,
      keptStandingBy: ADVISOR.sub,
    });
    const [entry] = await audit.find({
      where: { action: 'referral.kept-standing' },
      order: { id: 'DESC' },
      take: 1,
    });
    expect(entry).toMatchObject({
      actor: ADVISOR.sub,
      role: 'uwv-advisor',
      candidateId: referred.candidateId,
      targetId: vacancy.vacancyId,
      referralId: referred.referralId,
    });

    // Asked again (here by an admin), the newest note counts.
    const again = await keepStanding(ADMIN, referred.referralId, { note: 'Zelfde werkgever' });
    expect(again.status).toBe(200);
    expect(again.body.keptStanding).toMatchObject({ by: ADMIN.sub, note: 'Zelfde werkgever' });
    expect(await audit.countBy({ action: 'referral.kept-standing' })).toBe(2);
  });

  it('refuses a referral that no longer stands with 409', async () => {
    const declined = await app.refer(vacancy);
    expect(
      (
        await app
          .as(employer(vacancy.employerId))
          .post(`/referrals/${declined.referralId}/decline`, {})
      ).status,
    ).toBe(200);
    const before = await app.counts();
    expectProblem(await keepStanding(ADVISOR, declined.referralId, { note: 'BBL' }), 409);
    expect(await app.counts()).toEqual(before);
    expect(await referralRow(declined.referralId)).toMatchObject({ keptStandingBy: null });
  });

  it('does not outlast the candidate leaving: withdrawn as candidate-left', async () => {
    const kept = await app.refer(vacancy);
    expect((await keepStanding(ADVISOR, kept.referralId, { note: 'BBL' })).status).toBe(200);
    expect(
      (await app.as(CASEMANAGER).post(`/candidates/${kept.candidateId}/leave`, {})).status,
    ).toBe(200);
    expect(await referralRow(kept.referralId)).toMatchObject({
      status: 'withdrawn',
      withdrawalReason: 'candidate-left',
    });
    const events = (await app.outbox(REFERRAL_WITHDRAWN)).filter(
      (event) => event.key === kept.referralId,
    );
    expect(events.map((event) => event.payload)).toEqual([
      expect.objectContaining({ reason: 'candidate-left' }),
    ]);
  });
});
