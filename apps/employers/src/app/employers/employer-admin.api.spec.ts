import {
  ADMIN,
  CASEMANAGER,
  Claims,
  describeOnEachBackend,
  employerClaims,
  expectProblem,
  UWV_ADVISOR,
} from '../testing/employers-test-app.fixture';

const UNKNOWN_ID = '5b0c8a5e-0000-4000-8000-000000000000';

interface EmployerBody {
  id: string;
  kvkNumber: string;
  name: string;
  municipalityCode: string;
  sector: string | null;
}

describeOnEachBackend('employers list and changes API', (app) => {
  const admin = () => app.as(ADMIN);
  const list = (query: Record<string, string | number> = {}, claims: Claims = ADMIN) =>
    app.as(claims).get('/employers', query);
  const names = (res: { body: { items: EmployerBody[] } }) =>
    res.body.items.map((employer) => employer.name);

  /** Registered in beforeAll, in name order (first letters differ, so every collation agrees). */
  const registered: EmployerBody[] = [];

  beforeAll(async () => {
    for (const name of [
      'Zagerij De Eik B.V.',
      'Bakkerij Brood & Co',
      'Metaalbedrijf De Vonk',
      'Houtbewerking Van Dijk B.V.',
    ]) {
      registered.push((await app.registerEmployer({ name })) as unknown as EmployerBody);
    }
    registered.sort((a, b) => a.name.localeCompare(b.name));
  });

  describe('GET /employers', () => {
    it('lists every employer to an admin, by name', async () => {
      const res = await list();
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ items: registered, nextCursor: null });
      expect(names(res)).toEqual([
        'Bakkerij Brood & Co',
        'Houtbewerking Van Dijk B.V.',
        'Metaalbedrijf De Vonk',
        'Zagerij De Eik B.V.',
      ]);
    });

    it('pages with a cursor through the same order, without repeats or gaps', async () => {
      const seen: EmployerBody[] = [];
      let cursor: string | null = null;
      do {
        const page: { status: number; body: { items: EmployerBody[]; nextCursor: string | null } } =
          await list({
            limit: 1,
            ...(cursor && { cursor }),
          });
        expect(page.status).toBe(200);
        expect(page.body.items.length).toBeLessThanOrEqual(1);
        seen.push(...page.body.items);
        cursor = page.body.nextCursor;
      } while (cursor);
      expect(seen).toEqual(registered);
    });

    it.each([
      ['part of a name, in any case', 'DE ', ['Metaalbedrijf De Vonk', 'Zagerij De Eik B.V.']],
      ['a word inside a name', 'werking', ['Houtbewerking Van Dijk B.V.']],
      ['text no name holds', 'Garage', []],
    ])('filters by q: %s', async (_case, q, expected) => {
      expect(names(await list({ q: q as string }))).toEqual(expected);
    });

    it('filters by q: the first digits of a KvK number, not digits elsewhere in it', async () => {
      const [employer] = registered;
      expect((await list({ q: employer.kvkNumber })).body.items).toEqual([employer]);
      expect(names(await list({ q: employer.kvkNumber.slice(0, 4) }))).toEqual(
        registered.map((e) => e.name),
      );
      expect((await list({ q: employer.kvkNumber.slice(1) })).body.items).toEqual([]);
    });

    it.each([
      ['a blank q', { q: '  ' }, 'q'],
      ['a 10,000-character q', { q: 'x'.repeat(10_000) }, 'q'],
      ['a limit of 0', { limit: 0 }, 'limit'],
      ['a limit above 100', { limit: 101 }, 'limit'],
      ['a limit that is no number', { limit: 'all' }, 'limit'],
      ['a cursor of another list', { cursor: 'bm90LWEtY3Vyc29y' }, 'cursor'],
      ['an unknown parameter', { kvkNumber: '12345678' }, 'kvkNumber'],
    ])('answers 400 naming the parameter for %s', async (_case, query, field) => {
      expectProblem(await list(query), 400, [field]);
    });

    it('answers 403 to every role but admin, an employer included, and 401 without a token', async () => {
      for (const claims of [employerClaims(registered[0].id), UWV_ADVISOR, CASEMANAGER])
        expectProblem(await list({}, claims), 403);
      expectProblem(await app.http().get('/employers'), 401);
    });
  });

  describe('PATCH /employers/:id', () => {
    const patch = (id: string, body: unknown, claims: Claims = ADMIN) =>
      app.as(claims).patch(`/employers/${id}`, body);

    it('changes name, municipality and sector, keeps the KvK number, and shows the change', async () => {
      const employer = await app.registerEmployer({ name: 'Oude Naam B.V.' });
      const res = await patch(employer.id, {
        name: 'Nieuwe Naam B.V.',
        municipalityCode: 'gm0363',
        sector: 'Techniek',
      });
      expect(res.status).toBe(200);
      expect(res.body).toEqual({
        id: employer.id,
        kvkNumber: employer['kvkNumber'],
        name: 'Nieuwe Naam B.V.',
        municipalityCode: 'GM0363',
        sector: 'Techniek',
      });
      expect((await admin().get(`/employers/${employer.id}`)).body).toEqual(res.body);
    });

    it('changes one field and leaves the others; null clears the sector', async () => {
      const employer = await app.registerEmployer();
      const renamed = await patch(employer.id, { name: 'Alleen De Naam' });
      expect(renamed.body).toEqual({ ...employer, name: 'Alleen De Naam' });
      const cleared = await patch(employer.id, { sector: null });
      expect(cleared.body).toEqual({ ...employer, name: 'Alleen De Naam', sector: null });
    });

    it('writes no event: the service emits none for employers', async () => {
      const employer = await app.registerEmployer();
      const before = await app.counts();
      expect((await patch(employer.id, { name: 'Stille Wijziging' })).status).toBe(200);
      expect(await app.counts()).toEqual(before);
    });

    it.each([
      ['an empty body', {}, 'body'],
      ['a kvkNumber (it never changes)', { kvkNumber: '87654321' }, 'kvkNumber'],
      ['an unknown field', { website: 'https://example.org' }, 'website'],
      ['a blank name', { name: '  ' }, 'name'],
      ['a null name', { name: null }, 'name'],
      ['a name that is no text', { name: 42 }, 'name'],
      ['a 10,000-character name', { name: 'x'.repeat(10_000) }, 'name'],
      ['a null municipalityCode', { municipalityCode: null }, 'municipalityCode'],
      ['a municipalityCode that is a number', { municipalityCode: 363 }, 'municipalityCode'],
      [
        'a 10,000-character municipalityCode',
        { municipalityCode: 'G'.repeat(10_000) },
        'municipalityCode',
      ],
      ['a blank sector', { sector: ' ' }, 'sector'],
      ['a sector that is no text', { sector: ['Techniek'] }, 'sector'],
    ])('answers 400 naming the field for %s, and changes nothing', async (_case, body, field) => {
      const employer = await app.registerEmployer();
      expectProblem(await patch(employer.id, body), 400, [field]);
      expect((await admin().get(`/employers/${employer.id}`)).body).toEqual(employer);
    });

    it('answers 422 naming municipalityCode for an unknown municipality, and changes nothing', async () => {
      const employer = await app.registerEmployer();
      expectProblem(await patch(employer.id, { name: 'Elders', municipalityCode: 'GM9999' }), 422, [
        'municipalityCode',
      ]);
      expect((await admin().get(`/employers/${employer.id}`)).body).toEqual(employer);
    });

    it('answers 404 for an unknown id, 400 naming id for a malformed one', async () => {
      expectProblem(await patch(UNKNOWN_ID, { name: 'X' }), 404);
      expectProblem(await patch('employer-1', { name: 'X' }), 400, ['id']);
    });

    it('answers 403 to the employer itself and other roles, and 401 without a token, changing nothing', async () => {
      const employer = await app.registerEmployer();
      for (const claims of [employerClaims(employer.id), UWV_ADVISOR, CASEMANAGER]) {
        expectProblem(await patch(employer.id, { name: 'Zelf Gedaan' }, claims), 403);
      }
      expectProblem(await app.http().patch(`/employers/${employer.id}`).send({ name: 'X' }), 401);
      expect((await admin().get(`/employers/${employer.id}`)).body).toEqual(employer);
    });
  });
});
