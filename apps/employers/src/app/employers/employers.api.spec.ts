import {
  ADMIN,
  CASEMANAGER,
  describeOnEachBackend,
  employerClaims,
  expectProblem,
} from '../testing/employers-test-app.fixture';

describeOnEachBackend('employers API', (app) => {
  describe('POST /employers', () => {
    it('registers an employer (admin) and answers 201 with it', async () => {
      const kvkNumber = app.nextKvk();
      const res = await app.as(ADMIN).post('/employers', {
        kvkNumber,
        name: 'Metaalbedrijf De Vonk',
        municipalityCode: 'gm0855',
        sector: 'Techniek en procesindustrie',
      });
      expect(res.status).toBe(201);
      expect(res.body).toEqual({
        id: expect.stringMatching(/^[0-9a-f-]{36}$/),
        kvkNumber,
        name: 'Metaalbedrijf De Vonk',
        municipalityCode: 'GM0855',
        sector: 'Techniek en procesindustrie',
      });
    });

    it('answers sector null when none is given', async () => {
      const res = await app.as(ADMIN).post('/employers', {
        kvkNumber: app.nextKvk(),
        name: 'Bakkerij Brood & Co',
        municipalityCode: 'GM0363',
      });
      expect(res.status).toBe(201);
      expect(res.body.sector).toBeNull();
    });

    it('answers 409 for a kvkNumber that is already registered, and writes nothing', async () => {
      const first = await app.registerEmployer();
      const before = await app.counts();
      const res = await app.as(ADMIN).post('/employers', {
        kvkNumber: first['kvkNumber'],
        name: 'Another name',
        municipalityCode: 'GM0363',
      });
      expectProblem(res, 409, ['kvkNumber']);
      expect(await app.counts()).toEqual(before);
    });

    it('answers 422 naming municipalityCode for an unknown municipality', async () => {
      const before = await app.counts();
      const res = await app.as(ADMIN).post('/employers', {
        kvkNumber: app.nextKvk(),
        name: 'Nowhere B.V.',
        municipalityCode: 'GM9999',
      });
      expectProblem(res, 422, ['municipalityCode']);
      expect(await app.counts()).toEqual(before);
    });

    it.each([
      ['an unknown field', { extra: true }, 'extra'],
      ['a kvkNumber of 7 digits', { kvkNumber: '1234567' }, 'kvkNumber'],
      ['a kvkNumber given as a number', { kvkNumber: 12345678 }, 'kvkNumber'],
      ['a 10,000-character name', { name: 'x'.repeat(10_000) }, 'name'],
      ['a blank name', { name: '   ' }, 'name'],
      ['no municipalityCode', { municipalityCode: undefined }, 'municipalityCode'],
      ['a kvkNumber with a letter', { kvkNumber: '1234567A' }, 'kvkNumber'],
      ['a kvkNumber of 9 digits', { kvkNumber: '123456789' }, 'kvkNumber'],
      ['a null kvkNumber', { kvkNumber: null }, 'kvkNumber'],
      ['a name that is no text', { name: 42 }, 'name'],
      ['a municipalityCode that is a number', { municipalityCode: 363 }, 'municipalityCode'],
      [
        'a 10,000-character municipalityCode',
        { municipalityCode: 'G'.repeat(10_000) },
        'municipalityCode',
      ],
      ['a 10,000-character sector', { sector: 'x'.repeat(10_000) }, 'sector'],
      ['a sector that is no text', { sector: ['Techniek'] }, 'sector'],
      ['a blank sector', { sector: ' ' }, 'sector'],
    ])('answers 400 naming the field for %s, and writes nothing', async (_case, change, field) => {
      const before = await app.counts();
      const res = await app.as(ADMIN).post('/employers', {
        kvkNumber: app.nextKvk(),
        name: 'Valid Name B.V.',
        municipalityCode: 'GM0363',
        ...change,
      });
      expectProblem(res, 400, [field]);
      expect(await app.counts()).toEqual(before);
    });

    it('answers 401 without a bearer token', async () => {
      const res = await app
        .http()
        .post('/employers')
        .send({ kvkNumber: app.nextKvk(), name: 'x', municipalityCode: 'GM0363' });
      expectProblem(res, 401);
    });

    it('answers 403 to an employer', async () => {
      const employer = await app.registerEmployer();
      const res = await app.as(employerClaims(employer.id)).post('/employers', {
        kvkNumber: app.nextKvk(),
        name: 'Self-registered B.V.',
        municipalityCode: 'GM0363',
      });
      expectProblem(res, 403);
    });
  });

  describe('GET /employers/:id', () => {
    it('shows an employer to an admin and to that employer', async () => {
      const employer = await app.registerEmployer();
      for (const claims of [ADMIN, employerClaims(employer.id)]) {
        const res = await app.as(claims).get(`/employers/${employer.id}`);
        expect(res.status).toBe(200);
        expect(res.body).toEqual(employer);
      }
    });

    it('answers 404 to another employer, as for an unknown id; a malformed id is a 400 naming id', async () => {
      const employer = await app.registerEmployer();
      const other = await app.registerEmployer();
      expectProblem(await app.as(employerClaims(other.id)).get(`/employers/${employer.id}`), 404);
      expectProblem(
        await app.as(ADMIN).get('/employers/5b0c8a5e-0000-4000-8000-000000000000'),
        404,
      );
      expectProblem(await app.as(ADMIN).get('/employers/not-an-id'), 400, ['id']);
      expectProblem(await app.as(ADMIN).get(`/employers/${'1'.repeat(10_000)}`), 400, ['id']);
    });

    it('answers 403 to a role that never sees employers, and 401 without a token', async () => {
      const employer = await app.registerEmployer();
      expectProblem(await app.as(CASEMANAGER).get(`/employers/${employer.id}`), 403);
      expectProblem(await app.http().get(`/employers/${employer.id}`), 401);
    });
  });

  describe('Idempotency-Key on POST /employers', () => {
    it('replays the first answer for the same key and body, creating nothing new', async () => {
      const body = {
        kvkNumber: app.nextKvk(),
        name: 'Fietsenmaker Spaak',
        municipalityCode: 'GM0344',
      };
      const headers = { 'Idempotency-Key': 'employer-create-1' };
      const first = await app.as(ADMIN).post('/employers', body, headers);
      expect(first.status).toBe(201);
      const before = await app.counts();

      const replay = await app.as(ADMIN).post('/employers', { ...body }, headers);
      expect(replay.status).toBe(201);
      expect(replay.body).toEqual(first.body);
      expect(replay.headers['idempotent-replayed']).toBe('true');
      expect(await app.counts()).toEqual(before);
    });

    it('answers 409 when the key was used for a different body', async () => {
      const headers = { 'Idempotency-Key': 'employer-create-2' };
      await app.registerEmployer();
      const first = await app
        .as(ADMIN)
        .post(
          '/employers',
          { kvkNumber: app.nextKvk(), name: 'First', municipalityCode: 'GM0344' },
          headers,
        );
      expect(first.status).toBe(201);
      const res = await app
        .as(ADMIN)
        .post(
          '/employers',
          { kvkNumber: app.nextKvk(), name: 'Second', municipalityCode: 'GM0344' },
          headers,
        );
      expectProblem(res, 409, ['Idempotency-Key']);
    });

    it('keeps keys per caller: another admin with the same key is a new request', async () => {
      const body = { kvkNumber: app.nextKvk(), name: 'Per caller', municipalityCode: 'GM0344' };
      const headers = { 'Idempotency-Key': 'shared-key' };
      expect((await app.as(ADMIN).post('/employers', body, headers)).status).toBe(201);
      const other = await app
        .as({ sub: 'admin-2', role: 'admin' })
        .post('/employers', body, headers);
      expectProblem(other, 409, ['kvkNumber']);
    });

    it('remembers nothing for a rejected create: a retry with the key runs again', async () => {
      const headers = { 'Idempotency-Key': 'employer-create-3' };
      const body = { kvkNumber: app.nextKvk(), name: 'Retry', municipalityCode: 'GM9999' };
      expectProblem(await app.as(ADMIN).post('/employers', body, headers), 422);
      expect((await app.as(ADMIN).post('/employers', body, headers)).status).toBe(422);
    });

    it('answers 400 for a malformed key', async () => {
      const res = await app
        .as(ADMIN)
        .post(
          '/employers',
          { kvkNumber: app.nextKvk(), name: 'Bad key', municipalityCode: 'GM0344' },
          { 'Idempotency-Key': 'x'.repeat(256) },
        );
      expectProblem(res, 400, ['Idempotency-Key']);
    });
  });
});
