import { listQualifications } from '@bridge/reference-data';
import {
  BadQueryCase,
  CALLERS,
  Claims,
  describeOnEachBackend,
  LONG_STRING,
  PAGING_CASES,
} from '../testing/training-test-app.fixture';

interface QualificationBody {
  crebo: string;
  title: string;
  level: number;
  sector: string;
}
interface PageBody {
  items: QualificationBody[];
  nextCursor: string | null;
}

describeOnEachBackend('GET /qualifications', (app) => {
  async function get(query: Record<string, string | number>, claims: Claims = CALLERS.school) {
    return app
      .http()
      .get('/qualifications')
      .query(query)
      .set('Authorization', await app.auth(claims));
  }

  it('needs a token, and answers every role', async () => {
    expect((await app.http().get('/qualifications')).status).toBe(401);
    for (const claims of Object.values(CALLERS)) {
      expect((await get({}, claims)).status).toBe(200);
    }
  });

  it('pages through all qualifications, 20 by default, each { crebo, title, level, sector }', async () => {
    const first = await get({});
    const page = first.body as PageBody;
    expect(page.items).toHaveLength(20);
    expect(Object.keys(page.items[0]).sort()).toEqual(['crebo', 'level', 'sector', 'title']);

    const crebos: string[] = [];
    let cursor: string | null = null;
    do {
      const response = await get({ limit: 30, ...(cursor ? { cursor } : {}) });
      expect(response.status).toBe(200);
      const body = response.body as PageBody;
      crebos.push(...body.items.map((q) => q.crebo));
      cursor = body.nextCursor;
    } while (cursor);
    expect(crebos.sort()).toEqual(
      listQualifications()
        .map((q) => q.crebo)
        .sort(),
    );
  });

  it('filters by title words and by crebo prefix', async () => {
    const byWord = (await get({ q: 'LASSER' })).body as PageBody;
    expect(byWord.items.map((q) => q.title)).toEqual([
      'Allround lasser',
      'Basislasser',
      'Betonstaallasser',
    ]);
    const byCrebo = (await get({ q: '2529' })).body as PageBody;
    expect(byCrebo.items.length).toBeGreaterThan(0);
    expect(byCrebo.items.every((q) => q.crebo.startsWith('2529'))).toBe(true);
  });

  it('filters by sector, whatever its case', async () => {
    const response = await get({
      sector: 'techniek EN procesindustrie',
      limit: 100,
    });
    const items = (response.body as PageBody).items;
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((q) => q.sector === 'Techniek en procesindustrie')).toBe(true);
    const combined = (await get({ sector: 'Entree', q: 'lasser' })).body as PageBody;
    expect(combined.items).toEqual([]);
  });

  it('lists every MBO qualification of the 2015 set, not only In-Made trades: a whole domain by its code', async () => {
    const care = (await get({ sector: '79140', limit: 100 })).body as PageBody;
    expect(care.items).toHaveLength(24);
    expect(care.nextCursor).toBeNull();
    expect(care.items).toContainEqual({
      crebo: '25491',
      title: 'Verzorgende IG',
      level: 3,
      sector: 'Zorg en welzijn',
    });
    const all: QualificationBody[] = [];
    let cursor: string | null = null;
    do {
      const body = (await get({ limit: 100, ...(cursor ? { cursor } : {}) })).body as PageBody;
      all.push(...body.items);
      cursor = body.nextCursor;
    } while (cursor);
    expect(all).toHaveLength(470);
    expect(new Set(all.map((q) => q.sector)).size).toBe(18);
  });

  it.each<BadQueryCase>([
    ...PAGING_CASES,
    {
      name: 'an unknown sector',
      query: { sector: 'Ruimtevaart' },
      status: 400,
      field: 'sector',
    },
    {
      name: 'q of 101 characters',
      query: { q: 'x'.repeat(101) },
      status: 400,
      field: 'q',
    },
    {
      name: 'q of 10,000 characters',
      query: { q: LONG_STRING },
      status: 400,
      field: 'q',
    },
    {
      name: 'sector of 10,000 characters',
      query: { sector: LONG_STRING },
      status: 400,
      field: 'sector',
    },
    {
      name: 'a cursor of another list',
      query: { cursor: 'bm9wZQ' },
      status: 400,
      field: 'cursor',
    },
    {
      name: 'a filter that is not one (level)',
      query: { level: 2 },
      status: 400,
      field: 'level',
    },
  ])('answers $status naming the parameter for $name', async ({ query, status, field }) => {
    const problem = await app.expectRefused(() => get(query), status, field);
    if (query.sector === 'Ruimtevaart')
      expect(problem.errors).toEqual([{ field, message: expect.stringContaining('known sector') }]);
  });
});
