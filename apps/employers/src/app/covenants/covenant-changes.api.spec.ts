import { COVENANT_CHANGED, COVENANT_ENDED, VACANCY_CLOSED } from '@bridge/contracts';
import {
  ADMIN,
  CASEMANAGER,
  daysFromToday,
  describeOnEachBackend,
  employerClaims,
  expectProblem,
  UWV_ADVISOR,
} from '../testing/employers-test-app.fixture';

const UNKNOWN_ID = '5b0c8a5e-0000-4000-8000-000000000000';

describeOnEachBackend('covenant changes API', (app) => {
  let employerId: string;
  let otherEmployerId: string;
  const admin = () => app.as(ADMIN);
  const sign = (overrides: Record<string, unknown> = {}) =>
    app.signCovenant({ employerId, ...overrides });
  const covenantRow = async (id: string) =>
    (
      await app.dataSource.query(
        'SELECT version, valid_to::text AS "validTo", ended_on::text AS "endedOn", end_reason AS "endReason" FROM covenants WHERE id = $1',
        [id],
      )
    )[0] as { version: number; validTo: string; endedOn: string | null; endReason: string | null };

  beforeAll(async () => {
    employerId = (await app.registerEmployer()).id;
    otherEmployerId = (await app.registerEmployer()).id;
  });

  describe('GET /covenants/:id', () => {
    it('shows a covenant to an admin and to its employer, with endedOn null while not ended', async () => {
      const covenant = await sign();
      for (const claims of [ADMIN, employerClaims(employerId)]) {
        const res = await app.as(claims).get(`/covenants/${covenant.id}`);
        expect(res.status).toBe(200);
        expect(res.body).toEqual({ ...covenant, endedOn: null });
      }
    });

    it('answers 404 to another employer, for a school’s covenant and for unknown ids; 400 naming id for malformed ones', async () => {
      const covenant = await sign();
      const school = await app.signCovenant({ brin: '25LX' });
      const other = app.as(employerClaims(otherEmployerId));
      expectProblem(await other.get(`/covenants/${covenant.id}`), 404);
      expectProblem(await other.get(`/covenants/${school.id}`), 404);
      expectProblem(await admin().get(`/covenants/${UNKNOWN_ID}`), 404);
      expectProblem(await admin().get('/covenants/covenant-1'), 400, ['id']);
      expectProblem(await admin().get(`/covenants/${'x'.repeat(10_000)}`), 400, ['id']);
    });

    it('answers 403 to roles that never see covenants and 401 without a token', async () => {
      const covenant = await sign();
      expectProblem(await app.as(UWV_ADVISOR).get(`/covenants/${covenant.id}`), 403);
      expectProblem(await app.as(CASEMANAGER).get(`/covenants/${covenant.id}`), 403);
      expectProblem(await app.http().get(`/covenants/${covenant.id}`), 401);
    });
  });

  describe('PATCH /covenants/:id', () => {
    it('changes the named fields, canonicalises codes, bumps the version and emits covenant.changed with the whole state', async () => {
      const covenant = await sign({ placementsPerYear: 4, support: ['jobcoach'] });
      const change = {
        name: 'Convenant Houtbewerking Brabant',
        regionCodes: ['am26', 'AM27'],
        piCodes: ['pi-vught', 'PI-GRAVE'],
        validTo: daysFromToday(500),
        placementsPerYear: null,
        support: null,
      };
      const res = await admin().patch(`/covenants/${covenant.id}`, change);
      expect(res.status).toBe(200);
      expect(res.body).toEqual({
        ...covenant,
        name: change.name,
        regionCodes: ['AM26', 'AM27'],
        piCodes: ['PI-VUGHT', 'PI-GRAVE'],
        validTo: change.validTo,
        placementsPerYear: null,
        support: [],
        endedOn: null,
        version: 2,
      });
      expect((await admin().get(`/covenants/${covenant.id}`)).body).toEqual(res.body);

      const events = (await app.outbox(COVENANT_CHANGED)).filter((e) => e.key === covenant.id);
      expect(events).toHaveLength(1);
      expect(events[0]).toMatchObject({
        type: COVENANT_CHANGED,
        producer: 'employers',
        version: 2,
      });
      const { id, active, endedOn, version, createdAt, ...state } = res.body;
      expect([active, endedOn, version, typeof createdAt]).toEqual([true, null, 2, 'string']);
      expect(events[0].payload).toEqual({ covenantId: id, ...state });
    });

    it('shows a covenant moved into the future as inactive', async () => {
      const covenant = await sign();
      const res = await admin().patch(`/covenants/${covenant.id}`, {
        validFrom: daysFromToday(30),
        validTo: daysFromToday(60),
      });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ active: false, validFrom: daysFromToday(30), version: 2 });
    });

    it.each([
      ['employerId (the signatory never changes)', { employerId: UNKNOWN_ID }, ['employerId']],
      ['brin (the signatory never changes)', { brin: '25LX' }, ['brin']],
      ['an unknown field', { signedBy: 'DJI' }, ['signedBy']],
      ['an empty body', {}, ['body']],
      ['a name that is no text', { name: 42 }, ['name']],
      ['a null name', { name: null }, ['name']],
      ['a blank name', { name: '   ' }, ['name']],
      ['a 10,000-character name', { name: 'x'.repeat(10_000) }, ['name']],
      ['no regions', { regionCodes: [] }, ['regionCodes']],
      ['null regions', { regionCodes: null }, ['regionCodes']],
      ['regions that are no list', { regionCodes: 'AM18' }, ['regionCodes']],
      ['a region that is no text', { regionCodes: ['AM18', 18] }, ['regionCodes.1']],
      ['a region named twice', { regionCodes: ['AM18', 'am18'] }, ['regionCodes']],
      ['a 10,000-character region code', { regionCodes: ['x'.repeat(10_000)] }, ['regionCodes.0']],
      ['null PI codes', { piCodes: null }, ['piCodes']],
      ['a PI named twice', { piCodes: ['PI-VUGHT', 'pi-vught'] }, ['piCodes']],
      ['a validFrom that does not exist', { validFrom: '2027-02-30' }, ['validFrom']],
      ['a validTo with a time', { validTo: '2027-12-31T00:00:00Z' }, ['validTo']],
      ['a validTo that is a number', { validTo: 20271231 }, ['validTo']],
      ['a validTo in month 13', { validTo: '2027-13-01' }, ['validTo']],
      ['a validTo before the stored validFrom', { validTo: daysFromToday(-40) }, ['validTo']],
      ['a validFrom after the stored validTo', { validFrom: daysFromToday(400) }, ['validFrom']],
      [
        'validTo before validFrom, both given',
        { validFrom: daysFromToday(10), validTo: daysFromToday(5) },
        ['validTo'],
      ],
      ['a negative placementsPerYear', { placementsPerYear: -1 }, ['placementsPerYear']],
      ['a zero placementsPerYear', { placementsPerYear: 0 }, ['placementsPerYear']],
      ['a fractional placementsPerYear', { placementsPerYear: 1.5 }, ['placementsPerYear']],
      ['placementsPerYear as a string', { placementsPerYear: '4' }, ['placementsPerYear']],
      ['a blank support entry', { support: ['jobcoach', ' '] }, ['support.1']],
      ['a 10,000-character support entry', { support: ['x'.repeat(10_000)] }, ['support.0']],
    ])('answers 400 naming the field for %s, and writes nothing', async (_case, change, fields) => {
      const covenant = await sign();
      const before = await app.counts();
      expectProblem(await admin().patch(`/covenants/${covenant.id}`, change), 400, fields);
      expect(await app.counts()).toEqual(before);
      expect((await covenantRow(covenant.id)).version).toBe(1);
    });

    it('answers 422 naming each unknown region and PI at once, and writes nothing', async () => {
      const covenant = await sign();
      const before = await app.counts();
      const res = await admin().patch(`/covenants/${covenant.id}`, {
        regionCodes: ['AM18', 'AM99'],
        piCodes: ['PI-NOWHERE'],
      });
      expectProblem(res, 422, ['regionCodes.1', 'piCodes.0']);
      expect(await app.counts()).toEqual(before);
      expect((await covenantRow(covenant.id)).version).toBe(1);
    });

    it('answers 409 for an ended covenant, and writes nothing', async () => {
      const covenant = await sign();
      expect(
        (await admin().post(`/covenants/${covenant.id}/end`, { endedOn: daysFromToday(100) }))
          .status,
      ).toBe(200);
      const before = await app.counts();
      expectProblem(await admin().patch(`/covenants/${covenant.id}`, { name: 'Later' }), 409);
      expect(await app.counts()).toEqual(before);
      expect((await covenantRow(covenant.id)).version).toBe(2);
    });

    it('answers 404 for unknown ids, 400 naming id for malformed ones, 403 to its own employer and other roles, 401 without token', async () => {
      const covenant = await sign();
      const before = await app.counts();
      expectProblem(await admin().patch(`/covenants/${UNKNOWN_ID}`, { name: 'X' }), 404);
      expectProblem(await admin().patch('/covenants/nope', { name: 'X' }), 400, ['id']);
      expectProblem(
        await app.as(employerClaims(employerId)).patch(`/covenants/${covenant.id}`, { name: 'X' }),
        403,
      );
      expectProblem(
        await app.as(UWV_ADVISOR).patch(`/covenants/${covenant.id}`, { name: 'X' }),
        403,
      );
      expectProblem(await app.http().patch(`/covenants/${covenant.id}`).send({ name: 'X' }), 401);
      expect(await app.counts()).toEqual(before);
    });
  });

  describe('POST /covenants/:id/end', () => {
    it('ends a covenant today by default: endedOn and validTo today, still active today, version + 1, one covenant.ended', async () => {
      const covenant = await sign();
      const res = await admin().post(`/covenants/${covenant.id}/end`, {
        reason: 'Werkplaats gesloten',
      });
      expect(res.status).toBe(200);
      expect(res.body).toEqual({
        ...covenant,
        validTo: daysFromToday(0),
        endedOn: daysFromToday(0),
        active: true,
        version: 2,
      });
      expect((await admin().get(`/covenants/${covenant.id}`)).body).toEqual(res.body);
      const events = (await app.outbox(COVENANT_ENDED)).filter((e) => e.key === covenant.id);
      expect(events.map((e) => [e.version, e.payload])).toEqual([
        [2, { covenantId: covenant.id, endedOn: daysFromToday(0) }],
      ]);
      expect((await covenantRow(covenant.id)).endReason).toBe('Werkplaats gesloten');
    });

    it('closes the covenant’s open vacancies at once when it ends today or earlier, and no others', async () => {
      const covenant = await sign();
      const open = await app.publishVacancy(employerId, covenant.id);
      const filled = await app.publishVacancy(employerId, covenant.id, { openings: 1 });
      expect(
        (
          await app
            .as(ADMIN)
            .post(`/vacancies/${filled.id}/placements`, { referralId: await app.refer(filled) })
        ).status,
      ).toBe(201);
      const elsewhere = await app.publishVacancy(employerId, (await sign()).id);

      const res = await admin().post(`/covenants/${covenant.id}/end`, {
        endedOn: daysFromToday(-1),
      });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        endedOn: daysFromToday(-1),
        validTo: daysFromToday(-1),
        active: false,
      });

      expect(await app.vacancyRow(open.id)).toMatchObject({ status: 'closed', version: 2 });
      expect(await app.vacancyRow(filled.id)).toMatchObject({ status: 'filled', version: 2 });
      expect(await app.vacancyRow(elsewhere.id)).toMatchObject({ status: 'open', version: 1 });
      const closed = (await app.outbox(VACANCY_CLOSED)).filter((e) =>
        [open.id, filled.id, elsewhere.id].includes(e.key),
      );
      expect(closed.map((e) => [e.key, e.version, e.payload])).toEqual([
        [open.id, 2, { vacancyId: open.id, employerId, reason: 'covenant-ended' }],
      ]);
    });

    it('leaves the vacancies open until a future endedOn, when the timed job closes them', async () => {
      const covenant = await sign();
      const vacancy = await app.publishVacancy(employerId, covenant.id, { expiresOn: null });
      const res = await admin().post(`/covenants/${covenant.id}/end`, {
        endedOn: daysFromToday(100),
      });
      expect(res.body).toMatchObject({
        endedOn: daysFromToday(100),
        validTo: daysFromToday(100),
        active: true,
      });
      expect((await app.vacancyRow(vacancy.id)).status).toBe('open');

      await app.vacancyExpiry.closeDue(daysFromToday(99));
      expect((await app.vacancyRow(vacancy.id)).status).toBe('open');
      await app.vacancyExpiry.closeDue(daysFromToday(100));
      expect(await app.vacancyRow(vacancy.id)).toMatchObject({ status: 'closed', version: 2 });
      expect(await app.closings(vacancy.id)).toEqual([[2, 'covenant-ended']]);
    });

    it('takes no new vacancy once the covenant is over (ended, or past its validTo): 409 naming covenantId', async () => {
      const ended = await sign();
      expect((await admin().post(`/covenants/${ended.id}/end`, {})).status).toBe(200);
      const lapsed = await sign({ validFrom: daysFromToday(-100), validTo: daysFromToday(-1) });
      const before = await app.counts();
      for (const covenantId of [ended.id, lapsed.id]) {
        const res = await app
          .as(employerClaims(employerId))
          .post(
            '/vacancies',
            app.vacancyBody(covenantId, { startDate: daysFromToday(-5), expiresOn: null }),
          );
        expectProblem(res, 409, ['covenantId']);
      }
      expect(await app.counts()).toEqual(before);
    });

    it.each([
      ['an endedOn before validFrom', { endedOn: daysFromToday(-31) }, ['endedOn']],
      ['an endedOn after validTo', { endedOn: daysFromToday(366) }, ['endedOn']],
      ['an endedOn that does not exist', { endedOn: '2027-02-30' }, ['endedOn']],
      ['an endedOn in another format', { endedOn: '31-12-2027' }, ['endedOn']],
      ['an endedOn that is a number', { endedOn: 20271231 }, ['endedOn']],
      ['an endedOn of year 0', { endedOn: '0000-01-01' }, ['endedOn']],
      ['a reason that is no text', { reason: 42 }, ['reason']],
      ['a blank reason', { reason: '  ' }, ['reason']],
      ['a 10,000-character reason', { reason: 'x'.repeat(10_000) }, ['reason']],
      ['an unknown field', { endsOn: daysFromToday(1) }, ['endsOn']],
    ])('answers 400 naming the field for %s, and writes nothing', async (_case, body, fields) => {
      const covenant = await sign();
      const vacancy = await app.publishVacancy(employerId, covenant.id);
      const before = await app.counts();
      expectProblem(await admin().post(`/covenants/${covenant.id}/end`, body), 400, fields);
      expect(await app.counts()).toEqual(before);
      expect(await covenantRow(covenant.id)).toMatchObject({ version: 1, endedOn: null });
      expect((await app.vacancyRow(vacancy.id)).status).toBe('open');
    });

    it('answers 400 naming endedOn when today, the default, lies before validFrom', async () => {
      const covenant = await sign({ validFrom: daysFromToday(10), validTo: daysFromToday(20) });
      const before = await app.counts();
      expectProblem(await admin().post(`/covenants/${covenant.id}/end`, {}), 400, ['endedOn']);
      expect(await app.counts()).toEqual(before);
    });

    it('answers 409 when the covenant has already ended, and writes nothing', async () => {
      const covenant = await sign();
      expect(
        (await admin().post(`/covenants/${covenant.id}/end`, { endedOn: daysFromToday(10) }))
          .status,
      ).toBe(200);
      const before = await app.counts();
      expectProblem(await admin().post(`/covenants/${covenant.id}/end`, {}), 409);
      expectProblem(
        await admin().post(`/covenants/${covenant.id}/end`, { endedOn: daysFromToday(5) }),
        409,
      );
      expect(await app.counts()).toEqual(before);
      expect(await covenantRow(covenant.id)).toMatchObject({
        version: 2,
        endedOn: daysFromToday(10),
      });
    });

    it('answers 404 for unknown ids, 400 naming id for malformed ones, 403 to its own employer and other roles, 401 without token', async () => {
      const covenant = await sign();
      const before = await app.counts();
      expectProblem(await admin().post(`/covenants/${UNKNOWN_ID}/end`, {}), 404);
      expectProblem(await admin().post('/covenants/nope/end', {}), 400, ['id']);
      expectProblem(
        await app.as(employerClaims(employerId)).post(`/covenants/${covenant.id}/end`, {}),
        403,
      );
      expectProblem(await app.as(UWV_ADVISOR).post(`/covenants/${covenant.id}/end`, {}), 403);
      expectProblem(await app.http().post(`/covenants/${covenant.id}/end`).send({}), 401);
      expect(await app.counts()).toEqual(before);
    });
  });
});
