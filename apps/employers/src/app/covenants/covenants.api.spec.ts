import { COVENANT_SIGNED } from '@bridge/contracts';
import {
  ADMIN,
  CASEMANAGER,
  type Claims,
  daysFromToday,
  describeOnEachBackend,
  employerClaims,
  expectProblem,
  UWV_ADVISOR,
} from '../testing/employers-test-app.fixture';

/** A school's claims: its covenants are those signed with its BRIN. */
const schoolClaims = (brin: string): Claims => ({
  sub: `school-${brin}`,
  role: 'education-provider',
  brin,
});
const SCHOOL_BRIN = '31AB';
const OTHER_BRIN = '42CD';
const UNKNOWN_ID = '5b0c8a5e-0000-4000-8000-000000000000';

describeOnEachBackend('covenants API', (app) => {
  const validBody = (overrides: Record<string, unknown> = {}) => ({
    name: 'Convenant Metaal Noord-Holland',
    regionCodes: ['AM18'],
    piCodes: ['PI-HEERHUGOWAARD'],
    validFrom: daysFromToday(-10),
    validTo: daysFromToday(700),
    ...overrides,
  });

  describe('POST /covenants', () => {
    it('records an employer covenant, canonicalises codes and answers 201 with it, active', async () => {
      const employer = await app.registerEmployer();
      const body = validBody({
        employerId: employer.id,
        regionCodes: ['am18', 'AM19'],
        piCodes: ['pi-heerhugowaard'],
        placementsPerYear: 6,
        support: ['werkmeester als buddy'],
      });
      const res = await app.as(ADMIN).post('/covenants', body);
      expect(res.status).toBe(201);
      expect(res.body).toEqual({
        id: expect.stringMatching(/^[0-9a-f-]{36}$/),
        name: body.name,
        employerId: employer.id,
        brin: null,
        regionCodes: ['AM18', 'AM19'],
        piCodes: ['PI-HEERHUGOWAARD'],
        validFrom: body.validFrom,
        validTo: body.validTo,
        placementsPerYear: 6,
        support: ['werkmeester als buddy'],
        active: true,
        endedOn: null,
        version: 1,
        createdAt: expect.any(String),
      });
    });

    it('emits one covenant.signed event with the covenant as payload, in the outbox', async () => {
      const employer = await app.registerEmployer();
      const res = await app.as(ADMIN).post('/covenants', validBody({ employerId: employer.id }));
      expect(res.status).toBe(201);
      const events = (await app.outbox(COVENANT_SIGNED)).filter((e) => e.key === res.body.id);
      expect(events).toHaveLength(1);
      expect(events[0]).toMatchObject({
        type: COVENANT_SIGNED,
        producer: 'employers',
        version: 1,
        payload: {
          covenantId: res.body.id,
          name: res.body.name,
          employerId: employer.id,
          brin: null,
          regionCodes: ['AM18'],
          piCodes: ['PI-HEERHUGOWAARD'],
          validFrom: res.body.validFrom,
          validTo: res.body.validTo,
          placementsPerYear: null,
          support: [],
        },
      });
    });

    it('records a school covenant (brin), and one that is not yet in force as inactive', async () => {
      const res = await app.as(ADMIN).post(
        '/covenants',
        validBody({
          brin: '25LX',
          validFrom: daysFromToday(10),
          validTo: daysFromToday(20),
          piCodes: [],
        }),
      );
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({
        brin: '25LX',
        employerId: null,
        active: false,
        piCodes: [],
      });
    });

    it('is in force on the first and on the last day of its validity', async () => {
      const employer = await app.registerEmployer();
      const endsToday = await app.as(ADMIN).post(
        '/covenants',
        validBody({
          employerId: employer.id,
          validFrom: daysFromToday(-5),
          validTo: daysFromToday(0),
        }),
      );
      const startsToday = await app.as(ADMIN).post(
        '/covenants',
        validBody({
          employerId: employer.id,
          validFrom: daysFromToday(0),
          validTo: daysFromToday(0),
        }),
      );
      expect([endsToday.body.active, startsToday.body.active]).toEqual([true, true]);
    });

    it.each([
      [
        'both employerId and brin',
        { employerId: '0f8fad5b-d9cb-469f-a165-70867728950e', brin: '25LX' },
        ['employerId', 'brin'],
      ],
      ['neither employerId nor brin', {}, ['employerId', 'brin']],
      [
        'validTo before validFrom',
        { brin: '25LX', validFrom: '2027-05-02', validTo: '2027-05-01' },
        ['validTo'],
      ],
      ['a date that does not exist', { brin: '25LX', validFrom: '2027-02-30' }, ['validFrom']],
      ['a date with a time', { brin: '25LX', validTo: '2027-12-31T00:00:00Z' }, ['validTo']],
      ['an unknown field', { brin: '25LX', signedBy: 'DJI' }, ['signedBy']],
      ['a malformed brin', { brin: '25lx' }, ['brin']],
      ['no regions', { brin: '25LX', regionCodes: [] }, ['regionCodes']],
      ['a region named twice', { brin: '25LX', regionCodes: ['AM18', 'am18'] }, ['regionCodes']],
      [
        'a negative placementsPerYear',
        { brin: '25LX', placementsPerYear: -1 },
        ['placementsPerYear'],
      ],
      ['a zero placementsPerYear', { brin: '25LX', placementsPerYear: 0 }, ['placementsPerYear']],
      ['a 10,000-character name', { brin: '25LX', name: 'x'.repeat(10_000) }, ['name']],
      ['a name that is no text', { brin: '25LX', name: 42 }, ['name']],
      ['no name', { brin: '25LX', name: undefined }, ['name']],
      ['an employerId that is a number', { employerId: 42 }, ['employerId']],
      ['a 10,000-character employerId', { employerId: 'e'.repeat(10_000) }, ['employerId']],
      ['a brin that is a number', { brin: 2512 }, ['brin']],
      ['regionCodes that are no list', { brin: '25LX', regionCodes: 'AM18' }, ['regionCodes']],
      ['a region code that is a number', { brin: '25LX', regionCodes: [18] }, ['regionCodes.0']],
      [
        'a 10,000-character region code',
        { brin: '25LX', regionCodes: ['A'.repeat(10_000)] },
        ['regionCodes.0'],
      ],
      ['no piCodes', { brin: '25LX', piCodes: undefined }, ['piCodes']],
      ['a PI named twice', { brin: '25LX', piCodes: ['PI-VUGHT', 'pi-vught'] }, ['piCodes']],
      ['no validFrom', { brin: '25LX', validFrom: undefined }, ['validFrom']],
      ['a validFrom that is a number', { brin: '25LX', validFrom: 20270101 }, ['validFrom']],
      ['a validTo in month 0', { brin: '25LX', validTo: '2027-00-10' }, ['validTo']],
      ['a validTo of year 0', { brin: '25LX', validTo: '0000-12-31' }, ['validTo']],
      [
        'a fractional placementsPerYear',
        { brin: '25LX', placementsPerYear: 1.5 },
        ['placementsPerYear'],
      ],
      [
        'placementsPerYear as a string',
        { brin: '25LX', placementsPerYear: '4' },
        ['placementsPerYear'],
      ],
      [
        'placementsPerYear above 100,000',
        { brin: '25LX', placementsPerYear: 100_001 },
        ['placementsPerYear'],
      ],
      ['support that is no list', { brin: '25LX', support: 'jobcoach' }, ['support']],
      ['a blank support entry', { brin: '25LX', support: ['jobcoach', ''] }, ['support.1']],
      [
        'a 10,000-character support entry',
        { brin: '25LX', support: ['x'.repeat(10_000)] },
        ['support.0'],
      ],
      [
        '21 support entries',
        { brin: '25LX', support: Array.from({ length: 21 }, (_, i) => `steun ${i}`) },
        ['support'],
      ],
    ])('answers 400 naming the field for %s, and writes nothing', async (_case, change, fields) => {
      const before = await app.counts();
      const res = await app.as(ADMIN).post('/covenants', validBody(change));
      expectProblem(res, 400, fields);
      expect(await app.counts()).toEqual(before);
    });

    it('answers 422 naming each unknown reference at once, and writes nothing', async () => {
      const before = await app.counts();
      const res = await app.as(ADMIN).post(
        '/covenants',
        validBody({
          employerId: '0f8fad5b-d9cb-469f-a165-70867728950e',
          regionCodes: ['AM18', 'AM99'],
          piCodes: ['PI-VUGHT', 'PI-NOWHERE'],
        }),
      );
      expectProblem(res, 422, ['employerId', 'regionCodes.1', 'piCodes.1']);
      expect(await app.counts()).toEqual(before);
    });

    it.each([
      ['an unknown employerId', { employerId: 'no-such-employer' }, 'employerId'],
      ['an unknown region', { brin: '25LX', regionCodes: ['AM04'] }, 'regionCodes.0'],
      ['an unknown PI code', { brin: '25LX', piCodes: ['PI-AMSTERDAM-BIJLMERBAJES'] }, 'piCodes.0'],
    ])('answers 422 for %s', async (_case, change, field) => {
      const before = await app.counts();
      expectProblem(await app.as(ADMIN).post('/covenants', validBody(change)), 422, [field]);
      expect(await app.counts()).toEqual(before);
    });

    it('answers 401 without a token and 403 to an employer', async () => {
      const employer = await app.registerEmployer();
      expectProblem(
        await app
          .http()
          .post('/covenants')
          .send(validBody({ brin: '25LX' })),
        401,
      );
      expectProblem(
        await app
          .as(employerClaims(employer.id))
          .post('/covenants', validBody({ employerId: employer.id })),
        403,
      );
    });

    it('replays the first answer for a retried Idempotency-Key, with one event only', async () => {
      const employer = await app.registerEmployer();
      const headers = { 'Idempotency-Key': 'covenant-1' };
      const body = validBody({ employerId: employer.id });
      const first = await app.as(ADMIN).post('/covenants', body, headers);
      expect(first.status).toBe(201);
      const before = await app.counts();
      const replay = await app.as(ADMIN).post('/covenants', body, headers);
      expect({ status: replay.status, body: replay.body }).toEqual({
        status: 201,
        body: first.body,
      });
      expect(await app.counts()).toEqual(before);
      expect(
        (await app.outbox(COVENANT_SIGNED)).filter((e) => e.key === first.body.id),
      ).toHaveLength(1);
    });
  });

  describe('GET /covenants', () => {
    let employerId: string;
    let otherEmployerId: string;
    const ids: Record<string, string> = {};

    beforeAll(async () => {
      employerId = (await app.registerEmployer()).id;
      otherEmployerId = (await app.registerEmployer()).id;
      const sign = async (name: string, body: Record<string, unknown>) => {
        ids[name] = (await app.signCovenant({ name, ...body })).id;
      };
      await sign('own-utrecht', { employerId, regionCodes: ['AM20'], piCodes: ['PI-NIEUWEGEIN'] });
      await sign('own-future', {
        employerId,
        regionCodes: ['AM20', 'AM21'],
        piCodes: [],
        validFrom: daysFromToday(100),
        validTo: daysFromToday(200),
      });
      await sign('own-ended', {
        employerId,
        regionCodes: ['AM21'],
        validFrom: daysFromToday(-200),
        validTo: daysFromToday(-1),
      });
      await sign('other', {
        employerId: otherEmployerId,
        regionCodes: ['AM20'],
        piCodes: ['PI-NIEUWEGEIN'],
      });
      await sign('school-utrecht', {
        brin: SCHOOL_BRIN,
        regionCodes: ['AM20'],
        piCodes: ['PI-NIEUWEGEIN'],
      });
      await sign('school-ended', {
        brin: SCHOOL_BRIN,
        regionCodes: ['AM21'],
        piCodes: [],
        validFrom: daysFromToday(-200),
        validTo: daysFromToday(-1),
      });
      await sign('other-school', {
        brin: OTHER_BRIN,
        regionCodes: ['AM20'],
        piCodes: ['PI-NIEUWEGEIN'],
      });
    });

    const names = (body: { items: { id: string }[] }) =>
      body.items
        .map((item) => Object.keys(ids).find((name) => ids[name] === item.id))
        .filter(Boolean);

    it('shows an employer its own covenants only, newest first', async () => {
      const res = await app.as(employerClaims(employerId)).get('/covenants');
      expect(res.status).toBe(200);
      expect(names(res.body)).toEqual(['own-ended', 'own-future', 'own-utrecht']);
      expect(res.body.items).toHaveLength(3);
      expect(res.body.nextCursor).toBeNull();
    });

    it('shows an admin every covenant', async () => {
      const res = await app.as(ADMIN).get('/covenants?limit=100');
      expect(res.status).toBe(200);
      expect(names(res.body)).toEqual([
        'other-school',
        'school-ended',
        'school-utrecht',
        'other',
        'own-ended',
        'own-future',
        'own-utrecht',
      ]);
    });

    it('shows an education provider the covenants signed with its BRIN only, newest first', async () => {
      const res = await app.as(schoolClaims(SCHOOL_BRIN)).get('/covenants');
      expect(res.status).toBe(200);
      expect(names(res.body)).toEqual(['school-ended', 'school-utrecht']);
      expect(res.body.items).toHaveLength(2);
      expect(res.body.items[0]).toMatchObject({ brin: SCHOOL_BRIN, employerId: null });
      expect(res.body.nextCursor).toBeNull();
    });

    it('filters an education provider’s covenants by region, PI and whether in force today', async () => {
      const school = app.as(schoolClaims(SCHOOL_BRIN));
      expect(names((await school.get('/covenants?active=true')).body)).toEqual(['school-utrecht']);
      expect(names((await school.get('/covenants?active=false')).body)).toEqual(['school-ended']);
      expect(names((await school.get('/covenants?region=am21')).body)).toEqual(['school-ended']);
      expect(names((await school.get('/covenants?pi=PI-NIEUWEGEIN&region=AM20')).body)).toEqual([
        'school-utrecht',
      ]);
      expect((await school.get('/covenants?region=AM18')).body).toEqual({
        items: [],
        nextCursor: null,
      });
    });

    it('pages an education provider’s covenants with limit and cursor', async () => {
      const school = app.as(schoolClaims(SCHOOL_BRIN));
      const first = await school.get('/covenants?limit=1');
      expect(names(first.body)).toEqual(['school-ended']);
      const second = await school.get(
        `/covenants?limit=1&cursor=${encodeURIComponent(first.body.nextCursor)}`,
      );
      expect(names(second.body)).toEqual(['school-utrecht']);
      expect(second.body.nextCursor).toBeNull();
    });

    it('shows an education provider without covenants an empty list', async () => {
      const res = await app.as(schoolClaims('99ZZ')).get('/covenants');
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ items: [], nextCursor: null });
    });

    it('answers 400 naming the parameter to an education provider as to others', async () => {
      expectProblem(await app.as(schoolClaims(SCHOOL_BRIN)).get('/covenants?region=AM99'), 400, [
        'region',
      ]);
      expectProblem(await app.as(schoolClaims(SCHOOL_BRIN)).get('/covenants?active=yes'), 400, [
        'active',
      ]);
    });

    it('filters by region, PI and whether in force today', async () => {
      const own = app.as(employerClaims(employerId));
      expect(names((await own.get('/covenants?region=AM20')).body)).toEqual([
        'own-future',
        'own-utrecht',
      ]);
      expect(names((await own.get('/covenants?region=am21&active=false')).body)).toEqual([
        'own-ended',
        'own-future',
      ]);
      expect(names((await own.get('/covenants?active=true')).body)).toEqual(['own-utrecht']);
      expect(
        names((await app.as(ADMIN).get('/covenants?pi=PI-NIEUWEGEIN&region=AM20')).body),
      ).toEqual(['other-school', 'school-utrecht', 'other', 'own-utrecht']);
    });

    it('pages with limit and cursor without repeating or skipping', async () => {
      const own = app.as(employerClaims(employerId));
      const first = await own.get('/covenants?limit=2');
      expect(names(first.body)).toEqual(['own-ended', 'own-future']);
      expect(first.body.nextCursor).toEqual(expect.any(String));
      const second = await own.get(
        `/covenants?limit=2&cursor=${encodeURIComponent(first.body.nextCursor)}`,
      );
      expect(names(second.body)).toEqual(['own-utrecht']);
      expect(second.body.nextCursor).toBeNull();
    });

    it.each([
      ['limit=0', 'limit'],
      ['limit=101', 'limit'],
      ['limit=ten', 'limit'],
      ['cursor=garbage', 'cursor'],
      ['region=AM99', 'region'],
      ['pi=PI-NOWHERE', 'pi'],
      ['active=yes', 'active'],
      ['sort=name', 'sort'],
      ['limit=-1', 'limit'],
      [`region=${'A'.repeat(10_000)}`, 'region'],
    ])('answers 400 naming the parameter for ?%s', async (query, field) => {
      expectProblem(await app.as(ADMIN).get(`/covenants?${query}`), 400, [field]);
    });

    it('answers 403 to a UWV advisor and a casemanager, and 401 without a token', async () => {
      expectProblem(await app.as(UWV_ADVISOR).get('/covenants'), 403);
      expectProblem(await app.as(CASEMANAGER).get('/covenants'), 403);
      expectProblem(await app.http().get('/covenants'), 401);
    });

    it('shows an employer whose id names no employer an empty list', async () => {
      const res = await app.as(employerClaims('not-a-uuid')).get('/covenants');
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ items: [], nextCursor: null });
    });
  });

  describe('GET /covenants/:id for an education provider', () => {
    it('shows a school a covenant signed with its BRIN, as an admin sees it', async () => {
      const covenant = await app.signCovenant({ brin: SCHOOL_BRIN });
      const res = await app.as(schoolClaims(SCHOOL_BRIN)).get(`/covenants/${covenant.id}`);
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ ...covenant, endedOn: null });
      expect((await app.as(ADMIN).get(`/covenants/${covenant.id}`)).body).toEqual(res.body);
    });

    it('answers 404 to a school for another school’s covenant, an employer’s and unknown ids; 400 naming id for malformed ones', async () => {
      const employer = await app.registerEmployer();
      const otherSchool = await app.signCovenant({ brin: OTHER_BRIN });
      const employers = await app.signCovenant({ employerId: employer.id });
      const school = app.as(schoolClaims(SCHOOL_BRIN));
      expectProblem(await school.get(`/covenants/${otherSchool.id}`), 404);
      expectProblem(await school.get(`/covenants/${employers.id}`), 404);
      expectProblem(await school.get(`/covenants/${UNKNOWN_ID}`), 404);
      expectProblem(await school.get('/covenants/covenant-1'), 400, ['id']);
    });

    it('answers 404 to an employer for a school’s covenant', async () => {
      const employer = await app.registerEmployer();
      const covenant = await app.signCovenant({ brin: SCHOOL_BRIN });
      expectProblem(
        await app.as(employerClaims(employer.id)).get(`/covenants/${covenant.id}`),
        404,
      );
    });
  });
});
