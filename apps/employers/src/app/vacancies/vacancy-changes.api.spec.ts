import { VACANCY_CLOSED, VACANCY_UPDATED } from '@bridge/contracts';
import {
  ADMIN,
  CASEMANAGER,
  daysFromToday,
  describeOnEachBackend,
  employerClaims,
  expectProblem,
  UWV_ADVISOR,
} from '../testing/employers-test-app.fixture';

describeOnEachBackend('vacancy changes API', (app) => {
  let employerId: string;
  let covenantId: string;
  let otherEmployerId: string;
  const employer = () => app.as(employerClaims(employerId));
  const publish = (overrides: Record<string, unknown> = {}) =>
    app.publishVacancy(employerId, covenantId, overrides);

  beforeAll(async () => {
    employerId = (await app.registerEmployer()).id;
    covenantId = (await app.signCovenant({ employerId })).id;
    otherEmployerId = (await app.registerEmployer()).id;
  });

  describe('PATCH /vacancies/:id', () => {
    it('changes the named fields, bumps the version and answers the whole vacancy', async () => {
      const vacancy = await publish();
      const res = await employer().patch(`/vacancies/${vacancy.id}`, {
        title: 'Timmerman',
        municipalityCode: 'gm0363',
        hoursPerWeek: 36,
        openings: 3,
        requiredQualifications: ['25008'],
        preferredQualifications: null,
        description: null,
        expiresOn: null,
      });
      expect(res.status).toBe(200);
      expect(res.body).toEqual({
        ...vacancy,
        title: 'Timmerman',
        municipalityCode: 'GM0363',
        regionCode: 'AM18',
        hoursPerWeek: 36,
        openings: 3,
        openingsLeft: 3,
        requiredQualifications: ['25008'],
        preferredQualifications: [],
        description: null,
        expiresOn: null,
        version: 2,
      });
      expect((await employer().get(`/vacancies/${vacancy.id}`)).body).toEqual(res.body);
    });

    it('emits one vacancy.updated event with the full new state, in the new version', async () => {
      const vacancy = await publish();
      const res = await employer().patch(`/vacancies/${vacancy.id}`, { requiresVog: true });
      expect(res.status).toBe(200);
      const events = (await app.outbox(VACANCY_UPDATED)).filter((e) => e.key === vacancy.id);
      expect(events).toHaveLength(1);
      const { id, regionCode, version, createdAt, ...state } = res.body;
      expect([regionCode, version, typeof createdAt]).toEqual(['AM26', 2, 'string']);
      expect(events[0]).toMatchObject({
        type: VACANCY_UPDATED,
        producer: 'employers',
        version: 2,
        key: id,
      });
      expect(events[0].payload).toEqual({ vacancyId: id, ...state, requiresVog: true });
    });

    it('lets an admin change any vacancy', async () => {
      const vacancy = await publish();
      const res = await app
        .as(ADMIN)
        .patch(`/vacancies/${vacancy.id}`, { startDate: daysFromToday(90) });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ startDate: daysFromToday(90), version: 2 });
    });

    it.each([
      ['covenantId', { covenantId: '5b0c8a5e-0000-4000-8000-000000000000' }, ['covenantId']],
      ['an unknown field', { salary: 3000 }, ['salary']],
      ['hoursPerWeek 61', { hoursPerWeek: 61 }, ['hoursPerWeek']],
      ['openings 0', { openings: 0 }, ['openings']],
      ['a null title', { title: null }, ['title']],
      ['a null requiresVog', { requiresVog: null }, ['requiresVog']],
      ['a start date that does not exist', { startDate: '2027-02-30' }, ['startDate']],
      ['an expiry date in the past', { expiresOn: daysFromToday(-1) }, ['expiresOn']],
      ['an empty body', {}, ['body']],
      ['hoursPerWeek as a string', { hoursPerWeek: '32' }, ['hoursPerWeek']],
      ['negative openings', { openings: -1 }, ['openings']],
      ['openings as a string', { openings: '3' }, ['openings']],
      ['requiresVog as a string', { requiresVog: 'yes' }, ['requiresVog']],
      ['a 10,000-character title', { title: 'x'.repeat(10_000) }, ['title']],
      ['a 10,000-character description', { description: 'x'.repeat(10_000) }, ['description']],
      ['null requiredQualifications', { requiredQualifications: null }, ['requiredQualifications']],
      ['an expiry date that does not exist', { expiresOn: '2027-02-30' }, ['expiresOn']],
      ['a municipalityCode that is a number', { municipalityCode: 363 }, ['municipalityCode']],
    ])('answers 400 naming the field for %s, and writes nothing', async (_case, change, fields) => {
      const vacancy = await publish();
      const before = await app.counts();
      expectProblem(await employer().patch(`/vacancies/${vacancy.id}`, change), 400, fields);
      expect(await app.counts()).toEqual(before);
      expect((await employer().get(`/vacancies/${vacancy.id}`)).body.version).toBe(1);
    });

    it('answers 422 naming every unknown code at once, and writes nothing', async () => {
      const vacancy = await publish();
      const before = await app.counts();
      const res = await employer().patch(`/vacancies/${vacancy.id}`, {
        municipalityCode: 'GM0000',
        requiredQualifications: ['25007', '99999'],
        preferredQualifications: ['12345'],
      });
      expectProblem(res, 422, [
        'municipalityCode',
        'requiredQualifications.1',
        'preferredQualifications.0',
      ]);
      expect(await app.counts()).toEqual(before);
    });

    it('answers 409 naming startDate when the covenant is not in force on a new start date', async () => {
      const vacancy = await publish();
      expectProblem(
        await employer().patch(`/vacancies/${vacancy.id}`, { startDate: daysFromToday(400) }),
        409,
        ['startDate'],
      );
    });

    it('answers 404 to another employer and for unknown ids; 403 to other roles; 401 without token', async () => {
      const vacancy = await publish();
      expectProblem(
        await app
          .as(employerClaims(otherEmployerId))
          .patch(`/vacancies/${vacancy.id}`, { title: 'X' }),
        404,
      );
      expectProblem(
        await app
          .as(ADMIN)
          .patch('/vacancies/5b0c8a5e-0000-4000-8000-000000000000', { title: 'X' }),
        404,
      );
      expectProblem(await app.as(ADMIN).patch('/vacancies/nope', { title: 'X' }), 400, ['id']);
      expectProblem(
        await app.as(UWV_ADVISOR).patch(`/vacancies/${vacancy.id}`, { title: 'X' }),
        403,
      );
      expectProblem(
        await app.as(CASEMANAGER).patch(`/vacancies/${vacancy.id}`, { title: 'X' }),
        403,
      );
      expectProblem(await app.http().patch(`/vacancies/${vacancy.id}`).send({ title: 'X' }), 401);
    });

    it('answers 409 for a vacancy that is closed or filled, and writes nothing', async () => {
      const closed = await publish();
      expect((await employer().post(`/vacancies/${closed.id}/close`, {})).status).toBe(200);
      const filled = await publish({ openings: 1 });
      expect(
        (
          await employer().post(`/vacancies/${filled.id}/placements`, {
            referralId: await app.refer(filled),
          })
        ).status,
      ).toBe(201);
      const before = await app.counts();
      expectProblem(await employer().patch(`/vacancies/${closed.id}`, { title: 'Later' }), 409);
      expectProblem(await employer().patch(`/vacancies/${filled.id}`, { openings: 2 }), 409);
      expect(await app.counts()).toEqual(before);
    });

    it('keeps the placements made: openings must exceed them, openingsLeft follows', async () => {
      const vacancy = await publish({ openings: 3 });
      const referralId = await app.refer(vacancy);
      expect(
        (await employer().post(`/vacancies/${vacancy.id}/placements`, { referralId })).status,
      ).toBe(201);
      expectProblem(await employer().patch(`/vacancies/${vacancy.id}`, { openings: 1 }), 409, [
        'openings',
      ]);
      const res = await employer().patch(`/vacancies/${vacancy.id}`, { openings: 5 });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ openings: 5, openingsLeft: 4, version: 3 });
    });
  });

  describe('POST /vacancies/:id/close', () => {
    it('closes an open vacancy: 200, status closed, version + 1; the event carries no free text', async () => {
      const vacancy = await publish();
      const res = await employer().post(`/vacancies/${vacancy.id}/close`, {
        reason: 'Intern ingevuld',
      });
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ ...vacancy, status: 'closed', version: 2 });
      const events = (await app.outbox(VACANCY_CLOSED)).filter((e) => e.key === vacancy.id);
      expect(events).toHaveLength(1);
      expect(events[0]).toMatchObject({ type: VACANCY_CLOSED, producer: 'employers', version: 2 });
      expect(events[0].payload).toEqual({
        vacancyId: vacancy.id,
        employerId,
        reason: 'closed-by-employer',
      });
      const [row] = await app.dataSource.query('SELECT close_reason FROM vacancies WHERE id = $1', [
        vacancy.id,
      ]);
      expect(row.close_reason).toBe('Intern ingevuld');
    });

    it('lets an admin close any vacancy, without a reason', async () => {
      const vacancy = await publish();
      const res = await app.as(ADMIN).post(`/vacancies/${vacancy.id}/close`, {});
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ status: 'closed' });
    });

    it('answers 409 when the vacancy is closed or filled, and writes nothing', async () => {
      const vacancy = await publish();
      expect((await employer().post(`/vacancies/${vacancy.id}/close`, {})).status).toBe(200);
      const filled = await publish({ openings: 1 });
      expect(
        (
          await employer().post(`/vacancies/${filled.id}/placements`, {
            referralId: await app.refer(filled),
          })
        ).status,
      ).toBe(201);
      const before = await app.counts();
      expectProblem(await employer().post(`/vacancies/${vacancy.id}/close`, {}), 409);
      expectProblem(await employer().post(`/vacancies/${filled.id}/close`, {}), 409);
      expect(await app.counts()).toEqual(before);
    });

    it.each([
      ['a 501-character reason', { reason: 'x'.repeat(501) }, ['reason']],
      ['a reason that is no text', { reason: 42 }, ['reason']],
      ['an unknown field', { note: 'x' }, ['note']],
      ['a 10,000-character reason', { reason: 'x'.repeat(10_000) }, ['reason']],
    ])('answers 400 naming the field for %s, and writes nothing', async (_case, body, fields) => {
      const vacancy = await publish();
      const before = await app.counts();
      expectProblem(await employer().post(`/vacancies/${vacancy.id}/close`, body), 400, fields);
      expect(await app.counts()).toEqual(before);
      expect((await employer().get(`/vacancies/${vacancy.id}`)).body).toMatchObject({
        status: 'open',
        version: 1,
      });
    });

    it('answers 404 to another employer, 403 to a UWV advisor, 401 without token', async () => {
      const vacancy = await publish();
      expectProblem(
        await app.as(employerClaims(otherEmployerId)).post(`/vacancies/${vacancy.id}/close`, {}),
        404,
      );
      expectProblem(await app.as(ADMIN).post('/vacancies/nope/close', {}), 400, ['id']);
      expectProblem(await app.as(UWV_ADVISOR).post(`/vacancies/${vacancy.id}/close`, {}), 403);
      expectProblem(await app.http().post(`/vacancies/${vacancy.id}/close`).send({}), 401);
    });
  });
});
