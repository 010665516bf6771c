import {
  CALLERS,
  Claims,
  describeOnEachBackend,
  LONG_STRING,
  PAGING_CASES,
} from '../testing/training-test-app.fixture';
import { aBrin } from '../testing/provider.factory';

interface ProviderBody {
  id: string;
  brin: string;
  name: string;
  municipalityCode: string;
}

const UNKNOWN_ID = '5b0c8a5e-0000-4000-8000-000000000000';

/** Roles that never list or change providers (an education provider included). */
const NOT_ADMIN: [string, Claims][] = [
  ['education-provider', CALLERS.school],
  ['uwv-advisor', CALLERS.denBoschAdvisor],
  ['workshop-leader', CALLERS.vughtLeader],
  ['casemanager', CALLERS.vughtCasemanager],
  ['employer', CALLERS.employer],
];

describeOnEachBackend('providers list and changes', (app) => {
  /** Registered in beforeAll, in name order (first letters differ, so every collation agrees). */
  const registered: ProviderBody[] = [];

  async function register(name: string): Promise<ProviderBody> {
    const response = await app
      .http()
      .post('/providers')
      .set('Authorization', await app.auth(CALLERS.admin))
      .send({ brin: aBrin(), name, municipalityCode: 'GM0344' });
    expect(response.status).toBe(201);
    return response.body as ProviderBody;
  }

  async function list(query: Record<string, string | number> = {}, claims: Claims = CALLERS.admin) {
    return app
      .http()
      .get('/providers')
      .query(query)
      .set('Authorization', await app.auth(claims));
  }

  async function patch(idOrBrin: string, body: unknown, claims: Claims | null = CALLERS.admin) {
    const req = app.http().patch(`/providers/${idOrBrin}`);
    if (claims) req.set('Authorization', await app.auth(claims));
    return req.send(body as object);
  }

  const names = (response: { body: { items: ProviderBody[] } }) =>
    response.body.items.map((provider) => provider.name);

  beforeAll(async () => {
    for (const name of [
      'Summa College',
      'Koning Willem I College',
      'ROC Midden Nederland',
      'Curio',
    ])
      registered.push(await register(name));
    registered.sort((a, b) => a.name.localeCompare(b.name));
  });

  describe('GET /providers', () => {
    it('lists every provider to an admin, by name', async () => {
      const response = await list();
      expect(response.status).toBe(200);
      expect(response.body).toEqual({ items: registered, nextCursor: null });
      expect(names(response)).toEqual([
        'Curio',
        'Koning Willem I College',
        'ROC Midden Nederland',
        'Summa College',
      ]);
    });

    it('pages with a cursor through the same order, without repeats or gaps', async () => {
      const seen: ProviderBody[] = [];
      let cursor: string | null = null;
      do {
        const page: {
          status: number;
          body: { items: ProviderBody[]; nextCursor: string | null };
        } = await list({ limit: 1, ...(cursor ? { cursor } : {}) });
        expect(page.status).toBe(200);
        expect(page.body.items.length).toBeLessThanOrEqual(1);
        seen.push(...page.body.items);
        cursor = page.body.nextCursor;
      } while (cursor);
      expect(seen).toEqual(registered);
    });

    it.each([
      ['part of a name, in any case', 'COLLEGE', ['Koning Willem I College', 'Summa College']],
      ['a word inside a name', 'midden', ['ROC Midden Nederland']],
      ['text no name holds', 'Academie', []],
    ])('filters by q: %s', async (_case, q, expected) => {
      expect(names(await list({ q: q as string }))).toEqual(expected);
    });

    it('filters by q: the start of a BRIN code, in any case', async () => {
      const [provider] = registered;
      expect((await list({ q: provider.brin })).body.items).toEqual([provider]);
      expect(
        (await list({ q: provider.brin.slice(0, 3).toLowerCase() })).body.items,
      ).toContainEqual(provider);
      expect((await list({ q: provider.brin.slice(1) })).body.items).toEqual([]);
    });

    it.each([
      ...PAGING_CASES,
      { name: 'a blank q', query: { q: '  ' }, status: 400, field: 'q' },
      { name: 'an empty q', query: { q: '' }, status: 400, field: 'q' },
      {
        name: 'a q of 10,000 characters',
        query: { q: LONG_STRING },
        status: 400,
        field: 'q',
      },
    ])('refuses $name: $status naming $field', async (c) => {
      await app.expectRefused(() => list(c.query), c.status, c.field);
    });

    it.each(NOT_ADMIN)('answers 403 to role %s', async (_role, claims) => {
      await app.expectRefused(() => list({}, claims), 403);
    });

    it('answers 401 without a token', async () => {
      await app.expectRefused(() => app.http().get('/providers'), 401);
    });
  });

  describe('PATCH /providers/:id', () => {
    it('changes the name and municipality by id, keeps the BRIN, and shows the change', async () => {
      const provider = await register('Oude Naam ROC');
      const response = await patch(provider.id, {
        name: '  Nieuwe Naam ROC ',
        municipalityCode: 'GM0363',
      });
      expect(response.status).toBe(200);
      expect(response.body).toEqual({
        ...provider,
        name: 'Nieuwe Naam ROC',
        municipalityCode: 'GM0363',
      });
      const shown = await app
        .http()
        .get(`/providers/${provider.brin}`)
        .set('Authorization', await app.auth(CALLERS.admin));
      expect(shown.body).toEqual(response.body);
    });

    it('names the provider by its BRIN too, and changes one field only', async () => {
      const provider = await register('Via BRIN');
      const response = await patch(provider.brin, {
        municipalityCode: 'GM0796',
      });
      expect(response.status).toBe(200);
      expect(response.body).toEqual({
        ...provider,
        municipalityCode: 'GM0796',
      });
    });

    it('writes no event: providers have none', async () => {
      const provider = await register('Stil ROC');
      const before = await app.count('outbox_messages');
      expect((await patch(provider.id, { name: 'Stiller ROC' })).status).toBe(200);
      expect(await app.count('outbox_messages')).toBe(before);
    });

    it.each([
      ['an empty body', {}, 'body'],
      ['a brin (it never changes)', { brin: '99ZZ' }, 'brin'],
      ['an unknown field', { website: 'https://example.org' }, 'website'],
      ['a blank name', { name: '   ' }, 'name'],
      ['an empty name', { name: '' }, 'name'],
      ['a null name', { name: null }, 'name'],
      ['a name that is a number', { name: 7 }, 'name'],
      ['a name of 201 characters', { name: 'x'.repeat(201) }, 'name'],
      ['a null municipalityCode', { municipalityCode: null }, 'municipalityCode'],
      ['a municipalityCode that is a number', { municipalityCode: 344 }, 'municipalityCode'],
      ['a malformed municipalityCode', { municipalityCode: '0344' }, 'municipalityCode'],
      [
        'a municipalityCode of 10,000 characters',
        { municipalityCode: LONG_STRING },
        'municipalityCode',
      ],
    ])('refuses %s with 400 naming %s, and changes nothing', async (_case, body, field) => {
      const provider = await register('Ongewijzigd ROC');
      await app.expectRefused(() => patch(provider.id, body), 400, field);
      const [row] = await app.dataSource.query('SELECT name FROM providers WHERE id = $1', [
        provider.id,
      ]);
      expect(row.name).toBe('Ongewijzigd ROC');
    });

    it('refuses an unknown municipality with 422 naming municipalityCode, and changes nothing', async () => {
      const provider = await register('Nergens ROC');
      await app.expectRefused(
        () => patch(provider.id, { name: 'Elders', municipalityCode: 'GM9999' }),
        422,
        'municipalityCode',
      );
      const [row] = await app.dataSource.query('SELECT name FROM providers WHERE id = $1', [
        provider.id,
      ]);
      expect(row.name).toBe('Nergens ROC');
    });

    it.each([
      ['an unknown id', UNKNOWN_ID],
      ['an unknown BRIN', '98ZZ'],
    ])('answers 404 for %s', async (_case, idOrBrin) => {
      await app.expectRefused(() => patch(idOrBrin, { name: 'X' }), 404);
    });

    it('answers 400 naming id for neither an id nor a BRIN', async () => {
      await app.expectRefused(() => patch('provider-1', { name: 'X' }), 400, 'id');
    });

    it.each(NOT_ADMIN)('answers 403 to role %s', async (_role, claims) => {
      const provider = await register('Alleen Admin ROC');
      await app.expectRefused(() => patch(provider.id, { name: 'X' }, claims), 403);
    });

    it('answers 401 without a token', async () => {
      await app.expectRefused(() => patch(UNKNOWN_ID, { name: 'X' }, null), 401);
    });
  });
});
