import { randomUUID } from 'node:crypto';
import {
  REFERRAL_DECLINED,
  REFERRAL_WITHDRAWN,
  VACANCY_PLACEMENT_RECORDED,
} from '@bridge/contracts';
import {
  ADMIN,
  CASEMANAGER,
  describeOnEachBackend,
  employerClaims,
  expectProblem,
  UWV_ADVISOR,
} from '../testing/employers-test-app.fixture';

describeOnEachBackend('vacancy placements API', (app) => {
  let employerId: string;
  let covenantId: string;
  let otherEmployerId: string;
  const employer = () => app.as(employerClaims(employerId));
  const publish = (overrides: Record<string, unknown> = {}) =>
    app.publishVacancy(employerId, covenantId, overrides);
  const place = (vacancyId: string, referralId: unknown, headers: Record<string, string> = {}) =>
    employer().post(`/vacancies/${vacancyId}/placements`, { referralId }, headers);

  beforeAll(async () => {
    employerId = (await app.registerEmployer()).id;
    covenantId = (await app.signCovenant({ employerId })).id;
    otherEmployerId = (await app.registerEmployer()).id;
  });

  describe('POST /vacancies/:id/placements', () => {
    it('takes one opening per referral; the last sets filled; each emits placement-recorded', async () => {
      const vacancy = await publish({ openings: 2 });
      const [first, second] = [await app.refer(vacancy), await app.refer(vacancy)];

      const one = await place(vacancy.id, first);
      expect(one.status).toBe(201);
      expect(one.body).toEqual({
        placementId: expect.any(String),
        vacancyId: vacancy.id,
        referralId: first,
        openingsLeft: 1,
        status: 'open',
      });
      const two = await app
        .as(ADMIN)
        .post(`/vacancies/${vacancy.id}/placements`, { referralId: second });
      expect(two.status).toBe(201);
      expect(two.body).toEqual({
        placementId: expect.any(String),
        vacancyId: vacancy.id,
        referralId: second,
        openingsLeft: 0,
        status: 'filled',
      });

      expect(one.body.placementId).not.toBe(two.body.placementId);
      expect((await employer().get(`/vacancies/${vacancy.id}`)).body).toMatchObject({
        openingsLeft: 0,
        status: 'filled',
        version: 3,
      });
      const events = (await app.outbox(VACANCY_PLACEMENT_RECORDED)).filter(
        (e) => e.key === vacancy.id,
      );
      expect(events.map((e) => [e.version, e.payload])).toEqual([
        [2, { vacancyId: vacancy.id, referralId: first, openingsLeft: 1, status: 'open' }],
        [3, { vacancyId: vacancy.id, referralId: second, openingsLeft: 0, status: 'filled' }],
      ]);
      expect((await app.referral(first))?.status).toBe('placed');
    });

    it('answers 409 when no opening is left, and writes nothing', async () => {
      const vacancy = await publish({ openings: 1 });
      const [first, second] = [await app.refer(vacancy), await app.refer(vacancy)];
      expect((await place(vacancy.id, first)).status).toBe(201);
      const before = await app.counts();
      expectProblem(await place(vacancy.id, second), 409);
      expect(await app.counts()).toEqual(before);
      expect((await app.referral(second))?.status).toBe('referred');
    });

    it('answers 409 for a closed vacancy, and writes nothing', async () => {
      const vacancy = await publish();
      const referralId = await app.refer(vacancy);
      expect((await employer().post(`/vacancies/${vacancy.id}/close`, {})).status).toBe(200);
      const before = await app.counts();
      expectProblem(await place(vacancy.id, referralId), 409);
      expect(await app.counts()).toEqual(before);
      expect((await app.referral(referralId))?.status).toBe('referred');
    });

    it('answers 409 naming referralId for a referral already placed, and writes nothing', async () => {
      const vacancy = await publish({ openings: 3 });
      const referralId = await app.refer(vacancy);
      expect((await place(vacancy.id, referralId)).status).toBe(201);
      const before = await app.counts();
      expectProblem(await place(vacancy.id, referralId), 409, ['referralId']);
      expect(await app.counts()).toEqual(before);
    });

    it.each([
      ['withdrawn', REFERRAL_WITHDRAWN],
      ['declined', REFERRAL_DECLINED],
    ] as const)(
      'answers 409 naming referralId for a referral matching %s',
      async (_status, topic) => {
        const vacancy = await publish();
        const referralId = await app.refer(vacancy);
        await app.deliver(app.referralEnded(topic, referralId, vacancy.id));
        const before = await app.counts();
        expectProblem(await place(vacancy.id, referralId), 409, ['referralId']);
        expect(await app.counts()).toEqual(before);
      },
    );

    it('answers 422 naming referralId for an unknown referral or one for another target', async () => {
      const vacancy = await publish();
      const other = await publish();
      const forOther = await app.refer(other);
      const schoolPlace = app.referralCreated(
        { vacancyId: vacancy.id, employerId },
        { targetType: 'school-place' },
      );
      await app.deliver(schoolPlace);
      const before = await app.counts();
      expectProblem(await place(vacancy.id, randomUUID()), 422, ['referralId']);
      expectProblem(await place(vacancy.id, 'referral-1'), 422, ['referralId']);
      expectProblem(await place(vacancy.id, forOther), 422, ['referralId']);
      expectProblem(await place(vacancy.id, schoolPlace.payload.referralId), 422, ['referralId']);
      expect(await app.counts()).toEqual(before);
    });

    it.each([
      ['no referralId', { referralId: undefined }, ['referralId']],
      ['a null referralId', { referralId: null }, ['referralId']],
      ['a referralId that is a number', { referralId: 42 }, ['referralId']],
      ['a 10,000-character referralId', { referralId: 'r'.repeat(10_000) }, ['referralId']],
      ['an unknown field', { candidateId: 'c-1' }, ['candidateId']],
    ])('answers 400 naming the field for %s, and writes nothing', async (_case, change, fields) => {
      const vacancy = await publish();
      const referralId = await app.refer(vacancy);
      const before = await app.counts();
      expectProblem(
        await employer().post(`/vacancies/${vacancy.id}/placements`, { referralId, ...change }),
        400,
        fields,
      );
      expect(await app.counts()).toEqual(before);
      expect((await app.referral(referralId))?.status).toBe('referred');
    });

    it('answers 400 without a referralId, 404 to another employer, 403 to other roles, 401 without token', async () => {
      const vacancy = await publish();
      const referralId = await app.refer(vacancy);
      expectProblem(await employer().post(`/vacancies/${vacancy.id}/placements`, {}), 400, [
        'referralId',
      ]);
      expectProblem(
        await app
          .as(employerClaims(otherEmployerId))
          .post(`/vacancies/${vacancy.id}/placements`, { referralId }),
        404,
      );
      expectProblem(await app.as(ADMIN).post('/vacancies/nope/placements', { referralId }), 400, [
        'id',
      ]);
      expectProblem(
        await app.as(UWV_ADVISOR).post(`/vacancies/${vacancy.id}/placements`, { referralId }),
        403,
      );
      expectProblem(
        await app.as(CASEMANAGER).post(`/vacancies/${vacancy.id}/placements`, { referralId }),
        403,
      );
      expectProblem(
        await app.http().post(`/vacancies/${vacancy.id}/placements`).send({ referralId }),
        401,
      );
      expect((await app.referral(referralId))?.status).toBe('referred');
    });

    it('replays a retried Idempotency-Key: the first answer, one placement', async () => {
      const vacancy = await publish({ openings: 3 });
      const referralId = await app.refer(vacancy);
      const headers = { 'Idempotency-Key': 'placement-retry' };
      const first = await place(vacancy.id, referralId, headers);
      expect(first.status).toBe(201);
      const before = await app.counts();
      const replay = await place(vacancy.id, referralId, headers);
      expect({ status: replay.status, body: replay.body }).toEqual({
        status: 201,
        body: first.body,
      });
      expect(replay.headers['idempotent-replayed']).toBe('true');
      expect(await app.counts()).toEqual(before);
    });

    it('takes exactly the openings there are under 20 concurrent placements (5 openings)', async () => {
      const vacancy = await publish({ openings: 5 });
      const referralIds: string[] = [];
      for (let i = 0; i < 20; i++) referralIds.push(await app.refer(vacancy));
      const before = await app.counts();

      const answers = await Promise.all(
        referralIds.map((referralId) => place(vacancy.id, referralId)),
      );

      const statuses = answers.map((res) => res.status);
      expect(statuses.filter((status) => status === 201)).toHaveLength(5);
      expect(statuses.filter((status) => status === 409)).toHaveLength(15);
      const placed = answers
        .filter((res) => res.status === 201)
        .map((res) => res.body.openingsLeft as number);
      expect(placed.sort()).toEqual([0, 1, 2, 3, 4]);
      expect((await employer().get(`/vacancies/${vacancy.id}`)).body).toMatchObject({
        openingsLeft: 0,
        status: 'filled',
        version: 6,
      });
      const events = (await app.outbox(VACANCY_PLACEMENT_RECORDED)).filter(
        (e) => e.key === vacancy.id,
      );
      expect(events).toHaveLength(5);
      expect(events.map((e) => e.version)).toEqual([2, 3, 4, 5, 6]);
      const after = await app.counts();
      expect(after.placements - before.placements).toBe(5);
      const rows: { status: string; n: number }[] = await app.dataSource.query(
        'SELECT status, count(*)::int AS n FROM referrals WHERE target_id = $1 GROUP BY status ORDER BY status',
        [vacancy.id],
      );
      expect(rows).toEqual([
        { status: 'placed', n: 5 },
        { status: 'referred', n: 15 },
      ]);
    });
  });
});
