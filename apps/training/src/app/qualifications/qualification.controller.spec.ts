import { listQualifications } from '@bridge/reference-data';
import {
  CALLERS,
  Claims,
  describeEachBackend,
  TrainingHarness,
} from '../../testing/training-test-harness';

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

describeEachBackend('GET /qualifications', (harness) => {
  let h: TrainingHarness;
  beforeAll(() => {
    h = harness();
  });

  async function get(
    query: Record<string, string | number>,
    claims: Claims = CALLERS.school,
  ) {
    return h.http
      .get('/qualifications')
      .query(query)
      .set('Authorization', await h.auth(claims));
  }

  it('needs a token, and answers every role', async () => {
    expect((await h.http.get('/qualifications')).status).toBe(401);
    for (const claims of Object.values(CALLERS)) {
      expect((await get({}, claims)).status).toBe(200);
    }
  });

  it('pages through all qualifications, 20 by default, each { crebo, title, level, sector }', async () => {
    const first = await get({});
    const page = first.body as PageBody;
    expect(page.items).toHaveLength(20);
    expect(Object.keys(page.items[0]).sort()).toEqual([
      'crebo',
      'level',
      'sector',
      'title',
    ]);

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
    expect(byWord.items.map((q) => q.title).sort()).toEqual([
      'Allround lasser',
      'Basislasser',
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
    expect(items.every((q) => q.sector === 'Techniek en procesindustrie')).toBe(
      true,
    );
    const combined = (await get({ sector: 'Entree', q: 'lasser' }))
      .body as PageBody;
    expect(combined.items).toEqual([]);
  });

  it('answers 422 naming sector for an unknown sector', async () => {
    const response = await get({ sector: 'Ruimtevaart' });
    expect(response.status).toBe(422);
    expect(response.body.errors).toEqual([
      { field: 'sector', message: expect.stringContaining('Ruimtevaart') },
    ]);
  });

  it('answers 400 for a bad limit or cursor and unknown parameters', async () => {
    const queries: Record<string, string | number>[] = [
      { limit: 101 },
      { cursor: 'bm9wZQ' },
      { level: 2 },
    ];
    for (const query of queries) {
      const response = await get(query);
      expect(response.status).toBe(400);
      expect(
        response.body.errors.map((e: { field: string }) => e.field),
      ).toEqual([Object.keys(query)[0]]);
    }
  });
});
