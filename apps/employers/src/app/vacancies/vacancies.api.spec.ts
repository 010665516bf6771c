import { VACANCY_PUBLISHED } from '@bridge/contracts';
import {
  ADMIN,
  CASEMANAGER,
  daysFromToday,
  describeOnEachBackend,
  employerClaims,
  expectProblem,
  UWV_ADVISOR,
} from '../testing/employers-test-app.fixture';

describeOnEachBackend('vacancies API', (app) => {
  let employerId: string;
  let covenantId: string;
  let otherEmployerId: string;
  let otherCovenantId: string;
  let schoolCovenantId: string;
  let futureCovenantId: string;
  const employer = () => app.as(employerClaims(employerId));

  beforeAll(async () => {
    employerId = (await app.registerEmployer({ sector: 'Afbouw, hout en onderhoud' })).id;
    covenantId = (await app.signCovenant({ employerId })).id;
    otherEmployerId = (await app.registerEmployer()).id;
    otherCovenantId = (await app.signCovenant({ employerId: otherEmployerId })).id;
    schoolCovenantId = (await app.signCovenant({ brin: '25LX' })).id;
    futureCovenantId = (
      await app.signCovenant({
        employerId,
        validFrom: daysFromToday(400),
        validTo: daysFromToday(800),
      })
    ).id;
  });

  describe('POST /vacancies', () => {
    it('publishes a vacancy of the employer under its own covenant: 201, open, version 1', async () => {
      const body = app.vacancyBody(covenantId);
      const res = await employer().post('/vacancies', body);
      expect(res.status).toBe(201);
      expect(res.body).toEqual({
        id: expect.stringMatching(/^[0-9a-f-]{36}$/),
        employerId,
        covenantId,
        title: body['title'],
        description: body['description'],
        sector: 'Afbouw, hout en onderhoud',
        municipalityCode: 'GM0855',
        regionCode: 'AM26',
        hoursPerWeek: 32,
        startDate: body['startDate'],
        openings: 2,
        openingsLeft: 2,
        requiredQualifications: ['25007'],
        preferredQualifications: ['25008'],
        requiresVog: false,
        expiresOn: body['expiresOn'],
        status: 'open',
        version: 1,
        createdAt: expect.any(String),
      });
      expect(new Date(res.body.createdAt).toISOString()).toBe(res.body.createdAt);
    });

    it('emits one vacancy.published event carrying the full state, version 1', async () => {
      const res = await employer().post(
        '/vacancies',
        app.vacancyBody(covenantId, { description: undefined }),
      );
      expect(res.status).toBe(201);
      const events = (await app.outbox(VACANCY_PUBLISHED)).filter((e) => e.key === res.body.id);
      expect(events).toHaveLength(1);
      const { id, regionCode, version, createdAt, ...state } = res.body;
      expect([regionCode, version, typeof createdAt]).toEqual(['AM26', 1, 'string']);
      expect(events[0]).toMatchObject({
        type: VACANCY_PUBLISHED,
        producer: 'employers',
        version: 1,
        key: id,
      });
      expect(events[0].payload).toEqual({ vacancyId: id, ...state, description: null });
    });

    it('lets an admin publish under any employer covenant, for that employer', async () => {
      const res = await app.as(ADMIN).post(
        '/vacancies',
        app.vacancyBody(otherCovenantId, {
          preferredQualifications: undefined,
          expiresOn: undefined,
        }),
      );
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({
        employerId: otherEmployerId,
        preferredQualifications: [],
        expiresOn: null,
        sector: 'Afbouw, hout en onderhoud',
      });
    });

    it('takes any MBO qualification of the 2015 set, not only In-Made trades (healthcare crebos)', async () => {
      const res = await employer().post(
        '/vacancies',
        app.vacancyBody(covenantId, {
          requiredQualifications: ['25491'],
          preferredQualifications: ['25498', '25480'],
        }),
      );
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({
        requiredQualifications: ['25491'],
        preferredQualifications: ['25498', '25480'],
      });
    });

    it('answers 404 for a covenant of another employer or of a school, and writes nothing', async () => {
      const before = await app.counts();
      expectProblem(await employer().post('/vacancies', app.vacancyBody(otherCovenantId)), 404);
      expectProblem(await employer().post('/vacancies', app.vacancyBody(schoolCovenantId)), 404);
      expect(await app.counts()).toEqual(before);
    });

    it.each([
      [
        'an unknown crebo',
        { requiredQualifications: ['25007', '99999'] },
        ['requiredQualifications.1'],
      ],
      [
        'an unknown preferred crebo',
        { preferredQualifications: ['12345'] },
        ['preferredQualifications.0'],
      ],
      ['an unknown municipality', { municipalityCode: 'GM0000' }, ['municipalityCode']],
      [
        'an unknown covenant',
        { covenantId: '5b0c8a5e-0000-4000-8000-000000000000' },
        ['covenantId'],
      ],
      ['a covenant id that is no id', { covenantId: 'covenant-1' }, ['covenantId']],
      [
        'several unknown references',
        {
          covenantId: '5b0c8a5e-0000-4000-8000-000000000000',
          municipalityCode: 'GM0000',
          requiredQualifications: ['00000'],
        },
        ['covenantId', 'municipalityCode', 'requiredQualifications.0'],
      ],
    ])('answers 422 naming the field for %s, and writes nothing', async (_case, change, fields) => {
      const before = await app.counts();
      expectProblem(
        await employer().post('/vacancies', app.vacancyBody(covenantId, change)),
        422,
        fields,
      );
      expect(await app.counts()).toEqual(before);
    });

    it('answers 422 to an admin for a covenant of a school', async () => {
      expectProblem(
        await app.as(ADMIN).post('/vacancies', app.vacancyBody(schoolCovenantId)),
        422,
        ['covenantId'],
      );
    });

    it('answers 409 when the covenant is not in force on the start date, and writes nothing', async () => {
      const before = await app.counts();
      expectProblem(await employer().post('/vacancies', app.vacancyBody(futureCovenantId)), 409, [
        'startDate',
      ]);
      expectProblem(
        await employer().post(
          '/vacancies',
          app.vacancyBody(covenantId, { startDate: daysFromToday(366) }),
        ),
        409,
        ['startDate'],
      );
      expect(await app.counts()).toEqual(before);
    });

    it.each([
      ['an unknown field', { salary: 3000 }, ['salary']],
      ['a start date that does not exist', { startDate: '2027-13-01' }, ['startDate']],
      ['a start date in another format', { startDate: '01-02-2027' }, ['startDate']],
      ['hoursPerWeek 0', { hoursPerWeek: 0 }, ['hoursPerWeek']],
      ['hoursPerWeek 61', { hoursPerWeek: 61 }, ['hoursPerWeek']],
      ['hoursPerWeek 32.5', { hoursPerWeek: 32.5 }, ['hoursPerWeek']],
      ['hoursPerWeek as a string', { hoursPerWeek: '32' }, ['hoursPerWeek']],
      ['openings 0', { openings: 0 }, ['openings']],
      ['a 10,000-character title', { title: 'x'.repeat(10_000) }, ['title']],
      ['no title', { title: undefined }, ['title']],
      ['no requiresVog', { requiresVog: undefined }, ['requiresVog']],
      [
        'requiredQualifications not a list',
        { requiredQualifications: '25007' },
        ['requiredQualifications'],
      ],
      [
        'a crebo that is not a string',
        { requiredQualifications: ['25007', 25008] },
        ['requiredQualifications.1'],
      ],
      ['an expiry date in the past', { expiresOn: daysFromToday(-1) }, ['expiresOn']],
      ['an expiry date that does not exist', { expiresOn: '2027-02-30' }, ['expiresOn']],
      ['a covenantId that is a number', { covenantId: 42 }, ['covenantId']],
      ['a 10,000-character covenantId', { covenantId: 'c'.repeat(10_000) }, ['covenantId']],
      ['a title that is no text', { title: 42 }, ['title']],
      ['a blank title', { title: ' ' }, ['title']],
      ['a 5,001-character description', { description: 'x'.repeat(5_001) }, ['description']],
      ['a description that is no text', { description: { text: 'x' } }, ['description']],
      ['a municipalityCode that is a number', { municipalityCode: 855 }, ['municipalityCode']],
      [
        'a 10,000-character municipalityCode',
        { municipalityCode: 'G'.repeat(10_000) },
        ['municipalityCode'],
      ],
      ['a negative hoursPerWeek', { hoursPerWeek: -8 }, ['hoursPerWeek']],
      ['a null hoursPerWeek', { hoursPerWeek: null }, ['hoursPerWeek']],
      ['negative openings', { openings: -1 }, ['openings']],
      ['1,001 openings', { openings: 1_001 }, ['openings']],
      ['openings as a string', { openings: '2' }, ['openings']],
      ['fractional openings', { openings: 1.5 }, ['openings']],
      ['no startDate', { startDate: undefined }, ['startDate']],
      ['a startDate that is a number', { startDate: 20270201 }, ['startDate']],
      ['requiresVog as a string', { requiresVog: 'true' }, ['requiresVog']],
      [
        '21 required crebos',
        { requiredQualifications: Array.from({ length: 21 }, (_, i) => String(25_000 + i)) },
        ['requiredQualifications'],
      ],
      [
        'a crebo named twice',
        { requiredQualifications: ['25007', '25007 '] },
        ['requiredQualifications'],
      ],
      [
        'a 10,000-character crebo',
        { requiredQualifications: ['2'.repeat(10_000)] },
        ['requiredQualifications.0'],
      ],
      [
        'preferredQualifications not a list',
        { preferredQualifications: '25008' },
        ['preferredQualifications'],
      ],
    ])('answers 400 naming the field for %s, and writes nothing', async (_case, change, fields) => {
      const before = await app.counts();
      expectProblem(
        await employer().post('/vacancies', app.vacancyBody(covenantId, change)),
        400,
        fields,
      );
      expect(await app.counts()).toEqual(before);
    });

    it('answers 401 without a token and 403 to roles that never publish vacancies', async () => {
      expectProblem(await app.http().post('/vacancies').send(app.vacancyBody(covenantId)), 401);
      expectProblem(await app.as(UWV_ADVISOR).post('/vacancies', app.vacancyBody(covenantId)), 403);
      expectProblem(await app.as(CASEMANAGER).post('/vacancies', app.vacancyBody(covenantId)), 403);
    });

    it('replays the first answer for a retried Idempotency-Key: same status and body, nothing new', async () => {
      const headers = { 'Idempotency-Key': '7f1c2d3e-4b5a-4c6d-8e9f-0a1b2c3d4e5f' };
      const body = app.vacancyBody(covenantId, { title: 'Lasser' });
      const first = await employer().post('/vacancies', body, headers);
      expect(first.status).toBe(201);
      const before = await app.counts();
      // Key order does not make it another request.
      const reordered = Object.fromEntries(Object.entries(body).reverse());
      const replay = await employer().post('/vacancies', reordered, headers);
      expect({ status: replay.status, body: replay.body }).toEqual({
        status: 201,
        body: first.body,
      });
      expect(await app.counts()).toEqual(before);
      expect(
        (await app.outbox(VACANCY_PUBLISHED)).filter((e) => e.key === first.body.id),
      ).toHaveLength(1);
    });

    it('does not replay a key across routes: the same key on another create is a 409', async () => {
      const headers = { 'Idempotency-Key': 'used-on-vacancies' };
      expect(
        (await app.as(ADMIN).post('/vacancies', app.vacancyBody(covenantId), headers)).status,
      ).toBe(201);
      const res = await app
        .as(ADMIN)
        .post(
          '/employers',
          { kvkNumber: app.nextKvk(), name: 'X', municipalityCode: 'GM0363' },
          headers,
        );
      expectProblem(res, 409, ['Idempotency-Key']);
    });

    it('creates exactly one vacancy for concurrent twins with the same key', async () => {
      const headers = { 'Idempotency-Key': 'concurrent-twins' };
      const body = app.vacancyBody(covenantId, { title: 'Tweeling' });
      const before = await app.counts();
      const answers = await Promise.all(
        [1, 2, 3].map(() => employer().post('/vacancies', body, headers)),
      );
      expect(answers.map((res) => res.status)).toEqual([201, 201, 201]);
      expect(new Set(answers.map((res) => res.body.id)).size).toBe(1);
      const after = await app.counts();
      expect(after.vacancies - before.vacancies).toBe(1);
      expect(after.outbox_messages - before.outbox_messages).toBe(1);
    });
  });

  describe('GET /vacancies/:id', () => {
    let vacancyId: string;
    beforeAll(async () => {
      vacancyId = (await employer().post('/vacancies', app.vacancyBody(covenantId))).body.id;
    });

    it('shows the vacancy to its employer, an admin and a UWV advisor', async () => {
      for (const claims of [employerClaims(employerId), ADMIN, UWV_ADVISOR]) {
        const res = await app.as(claims).get(`/vacancies/${vacancyId}`);
        expect(res.status).toBe(200);
        expect(res.body).toMatchObject({
          id: vacancyId,
          employerId,
          status: 'open',
          openingsLeft: 2,
        });
      }
    });

    it('answers 404 to another employer and for unknown ids, 403 to a casemanager, 401 without token', async () => {
      expectProblem(
        await app.as(employerClaims(otherEmployerId)).get(`/vacancies/${vacancyId}`),
        404,
      );
      expectProblem(
        await app.as(ADMIN).get('/vacancies/5b0c8a5e-0000-4000-8000-000000000000'),
        404,
      );
      expectProblem(await app.as(ADMIN).get('/vacancies/nope'), 400, ['id']);
      expectProblem(await app.as(CASEMANAGER).get(`/vacancies/${vacancyId}`), 403);
      expectProblem(await app.http().get(`/vacancies/${vacancyId}`), 401);
    });
  });

  describe('GET /vacancies', () => {
    let listerId: string;
    const ids: Record<string, string> = {};

    beforeAll(async () => {
      listerId = (await app.registerEmployer()).id;
      const lister = app.as(employerClaims(listerId));
      const covenant = (await app.signCovenant({ employerId: listerId })).id;
      for (const [name, municipalityCode] of [
        ['utrecht-1', 'GM0344'],
        ['amsterdam', 'GM0363'],
        ['utrecht-2', 'GM0344'],
      ]) {
        const res = await lister.post(
          '/vacancies',
          app.vacancyBody(covenant, { title: name, municipalityCode }),
        );
        expect(res.status).toBe(201);
        ids[name] = res.body.id;
      }
    });

    const titles = (body: { items: { title: string }[] }) => body.items.map((item) => item.title);

    it('shows an employer its own vacancies, newest first, with region and status filters', async () => {
      const lister = app.as(employerClaims(listerId));
      const all = await lister.get('/vacancies');
      expect(all.status).toBe(200);
      expect(all.body).toEqual({ items: expect.any(Array), nextCursor: null });
      expect(titles(all.body)).toEqual(['utrecht-2', 'amsterdam', 'utrecht-1']);
      expect(titles((await lister.get('/vacancies?region=AM13')).body)).toEqual([
        'utrecht-2',
        'utrecht-1',
      ]);
      expect(titles((await lister.get('/vacancies?status=open&region=am18')).body)).toEqual([
        'amsterdam',
      ]);
      expect(titles((await lister.get('/vacancies?status=filled')).body)).toEqual([]);
    });

    it('shows an admin every employer’s vacancies', async () => {
      const res = await app.as(ADMIN).get('/vacancies?limit=100');
      const seen = new Set(res.body.items.map((item: { employerId: string }) => item.employerId));
      expect([...seen]).toEqual(expect.arrayContaining([employerId, otherEmployerId, listerId]));
    });

    it('pages with limit and cursor', async () => {
      const lister = app.as(employerClaims(listerId));
      const first = await lister.get('/vacancies?limit=2');
      expect(titles(first.body)).toEqual(['utrecht-2', 'amsterdam']);
      const second = await lister.get(`/vacancies?limit=2&cursor=${first.body.nextCursor}`);
      expect(titles(second.body)).toEqual(['utrecht-1']);
      expect(second.body.nextCursor).toBeNull();
    });

    it.each([
      ['status=draft', 'status'],
      ['region=AM00', 'region'],
      ['limit=500', 'limit'],
      ['cursor=WyJ4IiwieSJd', 'cursor'],
      ['status=OPEN', 'status'],
      ['limit=0', 'limit'],
      [`region=${'A'.repeat(10_000)}`, 'region'],
    ])('answers 400 naming the parameter for ?%s', async (query, field) => {
      expectProblem(await app.as(employerClaims(listerId)).get(`/vacancies?${query}`), 400, [
        field,
      ]);
    });

    it('answers 403 to a UWV advisor (who reads single vacancies only)', async () => {
      expectProblem(await app.as(UWV_ADVISOR).get('/vacancies'), 403);
    });
  });
});
