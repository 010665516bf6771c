import { PGlite } from '@electric-sql/pglite';
import type { VacancyDocument } from '../conformance/vacancy-fixtures';
import { makeVacancies, vacancySchema } from '../conformance/vacancy-fixtures';
import type { SearchFilter, SearchSort } from '../search-engine.port';
import { SearchEngineError } from '../search-engine.port';
import type { SqlClient } from './postgres-search-engine';
import { PostgresSearchEngine } from './postgres-search-engine';
import { tableName } from './postgres-sql';
import { resolveSchema, schemaFingerprint } from '../core/schema';
import { matchesFilter } from '../core/query';

/** Beyond the conformance suite: what only this adapter has (tables that outlive the process, schema changes). */
describe('PostgresSearchEngine', () => {
  let db: PGlite;
  const client = (): SqlClient => ({
    query: (sql, params) => db.query(sql, params),
    exec: (script) => db.exec(script),
    end: async () => undefined,
  });

  // One database for the file (starting PGlite takes seconds); each test has its own index names.
  beforeAll(async () => {
    db = new PGlite();
    await db.waitReady;
  });

  afterAll(async () => {
    await db.close();
  });

  it('a changed schema rebuilds the table: documents and their order kept, the new field filterable', async () => {
    const engine = new PostgresSearchEngine(client());
    const docs = makeVacancies(30);
    await engine.ensureIndex(vacancySchema('changing'));
    // Replacing a document keeps its place in the order.
    await engine.upsert('changing', docs);
    await engine.upsert('changing', [{ ...docs[0], hoursPerWeek: 12 }]);
    const before = await engine.search<{ id: string }>('changing', { limit: 100 });
    expect(before.hits.map((h) => h.document.id)).toEqual(docs.map((d) => d.id));
    const title = { op: 'eq' as const, field: 'title', value: 'kok' };
    await expect(engine.search('changing', { filter: title })).rejects.toThrow(SearchEngineError);

    const changed = vacancySchema('changing');
    changed.filterable.push('title');
    await engine.ensureIndex(changed);
    const after = await engine.search<{ id: string; hoursPerWeek: number }>('changing', {
      limit: 100,
    });
    expect(after.hits.map((h) => h.document.id)).toEqual(docs.map((d) => d.id));
    expect(after.hits[0].document.hoursPerWeek).toBe(12);
    const cooks = await engine.search<{ id: string }>('changing', { filter: title, limit: 100 });
    expect(cooks.hits.map((h) => h.document.id)).toEqual(
      docs.filter((d) => d.title === 'Kok').map((d) => d.id),
    );
    // The index's two tables left: the old ones were swapped out.
    expect(await tablesLike('search_changing')).toEqual(['search_changing', 'search_changing:doc']);
  });

  it('an index table of the first layout (documents in it) is rebuilt into a filter and a document table, documents kept', async () => {
    const schema = vacancySchema('first_layout');
    const docs = makeVacancies(5);
    const resolved = resolveSchema(schema);
    const comment = JSON.stringify({
      fingerprint: schemaFingerprint(resolved),
      schema: resolved,
    }).replace(/'/g, "''");
    await db.exec(
      `CREATE TABLE search_first_layout (id text PRIMARY KEY, seq bigserial NOT NULL, doc jsonb NOT NULL); COMMENT ON TABLE search_first_layout IS '${comment}'`,
    );
    for (const doc of [...docs].reverse())
      await db.query(`INSERT INTO search_first_layout (id, doc) VALUES ($1, $2::jsonb)`, [
        doc.id,
        JSON.stringify(doc),
      ]);

    const engine = new PostgresSearchEngine(client());
    await engine.ensureIndex(schema);
    const page = await engine.search<VacancyDocument>('first_layout', {
      filter: { op: 'neq', field: 'status', value: 'none' },
      limit: 10,
    });
    expect(page.hits.map((h) => h.document)).toEqual([...docs].reverse());
    expect(await tablesLike('search_first_layout')).toEqual([
      'search_first_layout',
      'search_first_layout:doc',
    ]);
  });

  it('with analyze (the in-process engine): after a bulk load the table is put in geo order, and answers stay exact', async () => {
    const engine = new PostgresSearchEngine(client(), { analyze: true });
    await engine.ensureIndex(vacancySchema('bulk'));
    const docs = makeVacancies(10_000);
    for (let i = 0; i < docs.length; i += 2_500)
      await engine.upsert('bulk', docs.slice(i, i + 2_500));
    const physicalOrder = async () =>
      (await db.query<{ id: string }>(`SELECT id FROM search_bulk LIMIT 3`)).rows.map((r) => r.id);
    expect(await physicalOrder()).toEqual(['vac-00000', 'vac-00001', 'vac-00002']);

    const filter: SearchFilter = {
      op: 'and',
      filters: [
        { op: 'eq', field: 'status', value: 'open' },
        {
          op: 'or',
          filters: [
            { op: 'eq', field: 'regionCode', value: 'AM22' },
            { op: 'geoRadius', lat: 52.09, lng: 5.12, radiusMeters: 45_000 },
          ],
        },
      ],
    };
    const ids: string[] = [];
    for await (const page of engine.searchAll<{ id: string }>('bulk', { filter, fields: ['id'] }))
      ids.push(...page.map((d) => d.id));
    expect(ids.sort()).toEqual(
      docs
        .filter((d) => matchesFilter(d as unknown as Record<string, unknown>, filter))
        .map((d) => d.id),
    );
    // Clustered by the GiST index: the first rows are now neighbours (one town), not the first inserted.
    expect(await physicalOrder()).not.toEqual(['vac-00000', 'vac-00001', 'vac-00002']);
  });

  async function tablesLike(prefix: string): Promise<string[]> {
    const tables = await db.query<{ name: string }>(
      `SELECT tablename AS name FROM pg_tables WHERE tablename LIKE $1 ORDER BY tablename`,
      [`${prefix}%`],
    );
    return tables.rows.map((r) => r.name);
  }

  it('another engine on the same database searches an index it did not ensure (schema read from the table)', async () => {
    const first = new PostgresSearchEngine(client());
    await first.ensureIndex(vacancySchema('shared'));
    await first.upsert('shared', makeVacancies(20));
    const second = new PostgresSearchEngine(client());
    const page = await second.search('shared', {
      filter: { op: 'eq', field: 'status', value: 'open' },
      limit: 100,
    });
    expect(page.total).toBe(makeVacancies(20).filter((d) => d.status === 'open').length);
    const missing = await second.search('nope', {}).catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(SearchEngineError);
    expect((missing as SearchEngineError).code).toBe('index_not_found');
  });

  it('index names past the 63-byte identifier limit get distinct hashed table names', async () => {
    const a = `${'x'.repeat(80)}_a`;
    const b = `${'x'.repeat(80)}_b`;
    expect(tableName(a).length).toBeLessThanOrEqual(50);
    expect(tableName(a)).not.toBe(tableName(b));
    const engine = new PostgresSearchEngine(client());
    await engine.ensureIndex(vacancySchema(a));
    await engine.ensureIndex(vacancySchema(b));
    await engine.upsert(a, makeVacancies(3));
    expect((await engine.search(a, {})).total).toBe(3);
    expect((await engine.search(b, {})).total).toBe(0);
  });

  it('puts documents without the sorted value last, in both directions', async () => {
    const engine = new PostgresSearchEngine(client());
    await engine.ensureIndex(vacancySchema('missing'));
    const [a, b, c] = makeVacancies(3);
    const { startDay, ...noStart } = b;
    void startDay;
    const { _geo, ...noGeo } = c;
    void _geo;
    await engine.upsert('missing', [a, noStart, noGeo] as VacancyDocument[]);
    const ids = async (sort: SearchSort[]) =>
      (await engine.search<VacancyDocument>('missing', { sort })).hits.map((h) => h.document.id);
    expect((await ids([{ field: 'startDay', direction: 'asc' }])).at(-1)).toBe(b.id);
    expect((await ids([{ field: 'startDay', direction: 'desc' }])).at(-1)).toBe(b.id);
    const geo = { lat: 52.09, lng: 5.12 };
    expect((await ids([{ geoPoint: geo, direction: 'asc' }])).at(-1)).toBe(c.id);
    expect((await ids([{ geoPoint: geo, direction: 'desc' }])).at(-1)).toBe(c.id);
    const page = await engine.search<VacancyDocument>('missing', {
      sort: [{ geoPoint: geo, direction: 'asc' }],
    });
    expect(page.hits.map((h) => h.geoDistanceMeters === undefined)).toEqual([false, false, true]);
  });

  it('folds diacritics so Dutch words with trema or accent stay whole words; every word must match, as a word or prefix', async () => {
    const engine = new PostgresSearchEngine(client());
    await engine.ensureIndex(vacancySchema('diacritics'));
    const [doc] = makeVacancies(1);
    await engine.upsert('diacritics', [
      { ...doc, title: 'Coördinator logistiek', description: 'Werk in België en café' },
    ]);
    for (const text of [
      'coördinator',
      'coordinator',
      'België',
      'belgie',
      'cafe logistiek',
      'belg coordinator',
    ]) {
      expect({ text, total: (await engine.search('diacritics', { text })).total }).toEqual({
        text,
        total: 1,
      });
    }
    expect((await engine.search('diacritics', { text: 'belgie timmerman' })).total).toBe(0);
  });

  it('keeps the last version when a batch holds the same id twice; a bad batch writes nothing', async () => {
    const engine = new PostgresSearchEngine(client());
    await engine.ensureIndex(vacancySchema('batches'));
    const [a, b] = makeVacancies(2);
    await engine.upsert('batches', [a, { ...a, status: 'closed' }]);
    expect(
      (await engine.search<VacancyDocument>('batches', {})).hits.map((h) => h.document.status),
    ).toEqual(['closed']);
    const error = await engine
      .upsert('batches', [b, { ...a, hoursPerWeek: 'veel' } as unknown as VacancyDocument])
      .catch((e: unknown) => e);
    expect((error as SearchEngineError).code).toBe('invalid_document');
    expect((await engine.search('batches', {})).total).toBe(1);
  });

  it('answers index_not_found for an index that was never ensured', async () => {
    const engine = new PostgresSearchEngine(client());
    for (const call of [
      () => engine.search('never', {}),
      () => engine.upsert('never', []),
      () => engine.delete('never', []),
      () => engine.clear('never'),
    ]) {
      const error = await call().catch((e: unknown) => e);
      expect((error as SearchEngineError).code).toBe('index_not_found');
    }
  });

  it('a failing connection is "unavailable"; health is false', async () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), {
      code: 'ECONNREFUSED',
    });
    const engine = new PostgresSearchEngine({
      query: () => Promise.reject(refused),
      exec: () => Promise.reject(refused),
      end: async () => undefined,
    });
    expect(await engine.isHealthy()).toBe(false);
    const error = await engine.ensureIndex(vacancySchema('vacancies')).catch((e: unknown) => e);
    expect((error as SearchEngineError).code).toBe('unavailable');
  });
});
