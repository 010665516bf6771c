import { randomBytes } from 'node:crypto';
import { mkdirSync, rmSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { Pool } from 'pg';
import { ColumnFilterIndex } from '../core/column-filter-index';
import { validateQuery, validateSearchAll } from '../core/query';
import type { ResolvedSchema } from '../core/schema';
import {
  assertIndexName,
  resolveSchema,
  schemaFingerprint,
  validateDocuments,
} from '../core/schema';
import type {
  IndexSchema,
  SearchAllOptions,
  SearchAllQuery,
  SearchFilter,
  SearchHit,
  SearchPage,
  SearchQuery,
} from '../search-engine.port';
import { SearchEngine, SearchEngineError } from '../search-engine.port';
import {
  columnFields,
  distanceSql,
  documentTableName,
  fieldColumn,
  filterSql,
  pickFieldsSql,
  quoteIdentifier,
  SqlParams,
  tableName,
  TEXT_CONFIG,
  textQuery,
  toRow,
  upsertSql,
  createTableSql,
} from './postgres-sql';

/**
 * What the adapter needs of a Postgres connection: parameterised queries, and scripts of several
 * statements (DDL). `pg`'s `Pool` and PGlite both fit (see `PostgresSearchEngine.connect/embedded`).
 */
export interface SqlClient {
  query<R = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<{ rows: R[] }>;
  /** Runs several `;`-separated statements (no parameters). */
  exec(script: string): Promise<unknown>;
  end(): Promise<void>;
}

/** What `ensureIndex` writes into the table comment: the schema the table was built for, and how. */
interface StoredSchema {
  fingerprint: string;
  schema: ResolvedSchema;
  /** `TABLE_LAYOUT` of the tables; absent for the first layout (one table, the document in it). */
  layout?: number;
}

/** 2: the documents in a table of their own beside the filter table (`createTableSql`). */
const TABLE_LAYOUT = 2;

type Document = { id: string } & Record<string, unknown>;

/**
 * The data directory of a new PGlite, taken once per process: `initdb` in WASM takes seconds, loading its result a
 * fraction of that, and test suites start many engines.
 */
let emptyDataDir: Promise<Blob> | undefined;

async function newPGlite(scratchDir?: string): Promise<PGlite> {
  // A dump that failed is taken again by this engine.
  const template = await emptyDataDir?.catch(() => undefined);
  if (scratchDir) {
    rmSync(scratchDir, { recursive: true, force: true });
    mkdirSync(scratchDir, { recursive: true });
  }
  const db = new PGlite({
    ...(scratchDir ? { dataDir: scratchDir } : {}),
    ...(template ? { loadDataDir: template } : {}),
  });
  await db.waitReady;
  if (!template) {
    emptyDataDir = db.dumpDataDir('gzip'); // 4.5 MB instead of 40, as fast to load
    await emptyDataDir.catch(() => undefined);
  }
  return db;
}

/**
 * The Postgres adapter: per index a filter table with a typed column per filterable / sortable field and the
 * indexes the query shapes need, beside a table of the documents as `jsonb` (see `createTableSql`). Filters
 * become SQL conditions with Meilisearch's semantics (`filterSql`); text search uses a `tsvector` with
 * the Dutch configuration (every query word must match, as a word or prefix); `total` is exact.
 *
 * `ensureIndex` owns the index table the way Meilisearch owns an index's settings: the table is
 * derived from the `IndexSchema` in code, created when missing and rebuilt (documents kept, swapped in
 * one transaction) when the schema changed; the schema it was built for is kept in the table comment.
 *
 * Two ways to run it: `embedded()` — an in-process PGlite of its own, empty at each start (the embedded
 * default: the matching service rebuilds its indexes at boot), or
 * `connect(url)` — tables in a real Postgres (the service's own database), persistent.
 */
export class PostgresSearchEngine extends SearchEngine {
  private readonly schemas = new Map<string, ResolvedSchema>();
  /** Per index: rows written since its last `ANALYZE` by this engine, and the rows it had then (`analyzeIfStale`). */
  private readonly writesSinceAnalyze = new Map<string, { written: number; rows: number }>();

  /** Per index, its filterable fields in memory (`ColumnFilterIndex`), when this engine is the only writer of its database. */
  private readonly filterIndexes?: Map<string, ColumnFilterIndex>;

  /**
   * `analyze`: keep the planner's statistics itself, where no autovacuum does (PGlite). `soleWriter`: no one else
   * writes these tables, so the engine keeps each index's filterable fields in memory too and answers `searchAll` there.
   */
  constructor(
    private readonly sql: SqlClient,
    private readonly options: { analyze?: boolean; soleWriter?: boolean } = {},
  ) {
    super();
    if (options.soleWriter) this.filterIndexes = new Map();
  }

  /**
   * An in-process Postgres (PGlite) of the engine's own, empty at each start. Not the service's embedded
   * database: PGlite serves one session, and the match engine searches while holding that session in
   * a transaction.
   *
   * `scratchDir`: its files are kept in this folder, emptied first, instead of in the process's memory. PGlite
   * in memory holds every table file in JavaScript buffers, so a national index (250,000 documents) costs some
   * 600 MiB of RSS there, and nothing in files, whose pages the operating system caches, at the same speed.
   */
  static async embedded(options: { scratchDir?: string } = {}): Promise<PostgresSearchEngine> {
    const db = await newPGlite(options.scratchDir);
    return new PostgresSearchEngine(
      {
        query: <R>(sql: string, params?: unknown[]) => db.query<R>(sql, params),
        exec: (script) => db.exec(script),
        end: () => db.close(),
      },
      { analyze: true, soleWriter: true },
    );
  }

  /** Tables in a Postgres server (e.g. the service's own database), through a small pool of its own. */
  static connect(url: string, poolSize = 4): PostgresSearchEngine {
    const pool = new Pool({ connectionString: url, max: poolSize });
    // An idle client that loses its connection must not crash the process; the next query reconnects.
    pool.on('error', () => undefined);
    return new PostgresSearchEngine({
      query: async <R>(sql: string, params?: unknown[]) =>
        (await pool.query(sql, params)) as unknown as { rows: R[] },
      exec: (script) => pool.query(script),
      end: () => pool.end(),
    });
  }

  async ensureIndex(schema: IndexSchema): Promise<void> {
    const resolved = resolveSchema(schema);
    const fingerprint = schemaFingerprint(resolved);
    const table = tableName(resolved.name);
    const stored = await this.storedSchema(table);
    if (stored?.fingerprint !== fingerprint || stored.layout !== TABLE_LAYOUT) {
      // Build the new tables beside the old ones, fill them, then swap them in one transaction.
      const t = quoteIdentifier(table);
      const read =
        stored?.layout === TABLE_LAYOUT
          ? `SELECT d.doc FROM ${t} JOIN ${quoteIdentifier(documentTableName(table))} d USING (id) ORDER BY seq`
          : `SELECT doc FROM ${t} ORDER BY seq`;
      const documents = stored
        ? await this.call('read documents', () => this.sql.query<{ doc: Document }>(read))
        : undefined;
      const building = `${table}_${randomBytes(4).toString('hex')}`;
      const comment = JSON.stringify({
        fingerprint,
        schema: resolved,
        layout: TABLE_LAYOUT,
      } satisfies StoredSchema).replace(/'/g, "''");
      await this.call(`create index "${resolved.name}"`, () =>
        this.sql.exec(
          `BEGIN; ${createTableSql(building, resolved)}; COMMENT ON TABLE ${quoteIdentifier(building)} IS '${comment}'; COMMIT;`,
        ),
      );
      const docs = documents?.rows.map((r) => r.doc) ?? [];
      for (let i = 0; i < docs.length; i += 5000)
        await this.write(building, resolved, docs.slice(i, i + 5000));
      await this.call(`swap in index "${resolved.name}"`, () =>
        this.sql.exec(
          `BEGIN; DROP TABLE IF EXISTS ${t}; DROP TABLE IF EXISTS ${quoteIdentifier(documentTableName(table))}; ` +
            `ALTER TABLE ${quoteIdentifier(building)} RENAME TO ${t}; ` +
            `ALTER TABLE ${quoteIdentifier(documentTableName(building))} RENAME TO ${quoteIdentifier(documentTableName(table))}; COMMIT;`,
        ),
      );
      this.writesSinceAnalyze.delete(resolved.name);
      this.noteWrites(resolved.name, docs.length);
      this.filterIndexes?.delete(resolved.name);
    }
    this.schemas.set(resolved.name, resolved);
    if (this.filterIndexes && !this.filterIndexes.has(resolved.name)) {
      const filterIndex = new ColumnFilterIndex(resolved);
      const { rows } = await this.call(`read documents of "${resolved.name}"`, () =>
        this.sql.query<{ doc: Document }>(
          `SELECT doc FROM ${quoteIdentifier(documentTableName(table))}`,
        ),
      );
      filterIndex.set(rows.map((row) => row.doc));
      this.filterIndexes.set(resolved.name, filterIndex);
    }
  }

  async upsert<D extends { id: string }>(index: string, documents: D[]): Promise<void> {
    const schema = await this.schemaOf(index);
    validateDocuments(schema, documents);
    // Within one batch the last version of a document wins (one row can be written once per statement).
    const latest = new Map<string, Document>();
    for (const doc of documents) latest.set(doc.id, doc as Document);
    await this.write(tableName(index), schema, [...latest.values()]);
    this.filterIndexes?.get(index)?.set([...latest.values()]);
    this.noteWrites(index, latest.size);
  }

  async delete(index: string, ids: string[]): Promise<void> {
    await this.schemaOf(index);
    if (!Array.isArray(ids) || ids.some((id) => typeof id !== 'string')) {
      throw new SearchEngineError(
        'invalid_document',
        `delete from "${index}": ids must be an array of strings`,
      );
    }
    if (ids.length === 0) return;
    const table = tableName(index);
    await this.call(`delete from "${index}"`, () =>
      this.sql.query(
        `WITH documents AS (DELETE FROM ${quoteIdentifier(documentTableName(table))} WHERE id = ANY($1::text[])) DELETE FROM ${quoteIdentifier(table)} WHERE id = ANY($1::text[])`,
        [ids],
      ),
    );
    this.filterIndexes?.get(index)?.delete(ids);
    this.noteWrites(index, ids.length);
  }

  async clear(index: string): Promise<void> {
    await this.schemaOf(index);
    const table = tableName(index);
    await this.call(`clear "${index}"`, () =>
      this.sql.query(
        `WITH documents AS (DELETE FROM ${quoteIdentifier(documentTableName(table))}) DELETE FROM ${quoteIdentifier(table)}`,
      ),
    );
    this.filterIndexes?.get(index)?.clear();
    this.noteWrites(index, Number.POSITIVE_INFINITY); // every row
  }

  async isHealthy(): Promise<boolean> {
    try {
      await this.sql.query('SELECT 1');
      return true;
    } catch {
      return false;
    }
  }

  override async close(): Promise<void> {
    await this.sql.end();
  }

  async search<D>(index: string, query: SearchQuery): Promise<SearchPage<D>> {
    const schema = await this.schemaOf(index);
    const { text, filter, sort, limit, offset } = validateQuery(index, schema, query);
    const empty: SearchPage<D> = { hits: [], total: 0, limit, offset };
    if (filter.kind === 'none') return empty;
    await this.analyzeIfStale(index, schema);

    const params = new SqlParams();
    const conditions = filter.kind === 'filter' ? [filterSql(filter.filter, schema, params)] : [];
    let rank: string | undefined;
    const words = text === undefined ? undefined : textQuery(text);
    if (words !== undefined) {
      const tsquery = `to_tsquery('${TEXT_CONFIG}', ${params.add(words, 'text')})`;
      conditions.push(`tsv @@ ${tsquery}`);
      rank = `ts_rank(tsv, ${tsquery})`;
    }
    const where = conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : '';
    const table = tableName(index);
    // The text vector lives beside the documents; other filters and sorts need the filter table only.
    const from = rank
      ? `${quoteIdentifier(table)} JOIN ${quoteIdentifier(documentTableName(table))} USING (id)`
      : quoteIdentifier(table);
    const whereValues = [...params.values];

    if (limit === 0) return { ...empty, total: await this.count(index, from, where, whereValues) };

    let distance: string | undefined;
    const order = sort.map((s) => {
      const direction = s.direction === 'asc' ? 'ASC' : 'DESC';
      if ('geoPoint' in s) {
        const expression = distanceSql(s.geoPoint, params);
        distance ??= expression;
        return `${expression} ${direction} NULLS LAST`;
      }
      const collate = schema.fields[s.field] === 'string' ? ' COLLATE "C"' : '';
      return `${fieldColumn(s.field)}${collate} ${direction} NULLS LAST`;
    });
    if (rank) order.push(`${rank} DESC`);
    order.push('seq');
    const sql =
      `SELECT id, count(*) OVER ()::int AS total${distance ? `, ${distance} AS distance` : ''} FROM ${from} ${where} ` +
      `ORDER BY ${order.join(', ')} LIMIT ${params.add(limit, 'int')} OFFSET ${params.add(offset, 'int')}`;
    const { rows } = await this.call(`search "${index}"`, () =>
      this.sql.query<{ id: string; total: number; distance?: number | null }>(sql, params.values),
    );
    if (rows.length === 0) {
      // Past the last page: the window count has no row to ride on.
      return {
        ...empty,
        total: offset === 0 ? 0 : await this.count(index, from, where, whereValues),
      };
    }
    // The page's documents by id, once the page is known (a document deleted in between is left out).
    const documents = await this.documentsById<D>(
      index,
      rows.map((row) => row.id),
    );
    const hits = rows.flatMap((row) => {
      const document = documents.get(row.id);
      if (document === undefined) return [];
      const hit: SearchHit<D> = { document };
      if (distance && typeof row.distance === 'number')
        hit.geoDistanceMeters = Math.round(row.distance);
      return [hit];
    });
    return { hits, total: rows[0].total, limit, offset };
  }

  /**
   * The ids of every match in one statement, then (unless only ids are asked for) the documents by id, a page at a
   * time. No keyset paging over the primary key: with `ORDER BY id LIMIT n` the planner may walk the whole id
   * index and test every row, where the filter's own indexes find the few thousand matches at once. A document
   * changed after the ids were read comes as it is then; one deleted meanwhile does not come.
   */
  async *searchAll<D>(
    index: string,
    query: SearchAllQuery,
    options: SearchAllOptions = {},
  ): AsyncIterable<D[]> {
    const schema = await this.schemaOf(index);
    const { filter, pageSize, fields } = validateSearchAll(index, schema, query, options);
    if (filter.kind === 'none') return;
    const ids = await this.matchingIds(
      index,
      schema,
      filter.kind === 'filter' ? filter.filter : undefined,
    );
    for (let i = 0; i < ids.length; i += pageSize) {
      const page = ids.slice(i, i + pageSize);
      if (fields?.length === 1) {
        yield page.map((id) => ({ id }) as D);
        continue;
      }
      const documents = [...(await this.documentsById<D>(index, page, fields)).values()];
      if (documents.length > 0) yield documents;
    }
  }

  /** The ids of every document that matches the filter (every document without one). */
  private async matchingIds(
    index: string,
    schema: ResolvedSchema,
    filter: SearchFilter | undefined,
  ): Promise<string[]> {
    const filterIndex = this.filterIndexes?.get(index);
    if (filterIndex) return filterIndex.select(filter ?? { op: 'and', filters: [] });
    await this.analyzeIfStale(index, schema);
    const params = new SqlParams();
    const where = filter ? `WHERE ${filterSql(filter, schema, params)}` : '';
    // Ids cannot hold a space (schema rule): one string carries them all, far cheaper to receive than a row per id.
    // Unsorted (sorting thousands of ids costs more than finding them): the table's order, stable while it is unchanged.
    const { rows } = await this.call(`search "${index}"`, () =>
      this.sql.query<{ ids: string | null }>(
        `SELECT string_agg(id, ' ') AS ids FROM ${quoteIdentifier(tableName(index))} ${where}`,
        params.values,
      ),
    );
    return rows[0]?.ids?.split(' ') ?? [];
  }

  /** Documents by id (only the fields asked for, picked in SQL so that only they travel); unknown ids are left out. */
  private async documentsById<D>(
    index: string,
    ids: string[],
    fields?: string[],
  ): Promise<Map<string, D>> {
    const params = new SqlParams();
    const selected = fields ? pickFieldsSql(fields, params) : 'doc';
    const sql = `SELECT id, ${selected} AS doc FROM ${quoteIdentifier(documentTableName(tableName(index)))} WHERE id = ANY(${params.add(ids, 'text[]')})`;
    const { rows } = await this.call(`read documents of "${index}"`, () =>
      this.sql.query<{ id: string; doc: D }>(sql, params.values),
    );
    const byId = new Map(rows.map((row) => [row.id, row.doc]));
    // In the order asked for.
    return new Map(ids.flatMap((id) => (byId.has(id) ? [[id, byId.get(id) as D]] : [])));
  }

  private noteWrites(index: string, rows: number): void {
    if (!this.options.analyze) return;
    const counts = this.writesSinceAnalyze.get(index) ?? { written: 0, rows: 0 };
    this.writesSinceAnalyze.set(index, { ...counts, written: counts.written + rows });
  }

  /**
   * Without statistics the planner guesses row counts and may choose a plan that tests most of the table (e.g. the
   * id index for `ORDER BY id`, the bitmaps of unselective columns). PGlite runs no autovacuum, so, with the
   * threshold autovacuum uses (50 rows + 10 % of the table), the first search after enough writes analyzes the
   * filter columns; the document and the text vector, costly to sample and never filtered by range, are left out.
   *
   * After a bulk load (at least 10,000 rows written and the table doubled) an index with geo points is also put in
   * the order of its GiST index (`CLUSTER`): the rows a region or radius asks for then share a few hundred pages
   * instead of being spread over all of them. Doubling keeps the cost of repeated rewrites within twice one.
   */
  private async analyzeIfStale(index: string, schema: ResolvedSchema): Promise<void> {
    const counts = this.writesSinceAnalyze.get(index);
    if (!counts || counts.written < 50 + 0.1 * counts.rows) return;
    const table = quoteIdentifier(tableName(index));
    if (schema.geo && counts.written >= Math.max(10_000, counts.rows)) {
      await this.call(`cluster "${index}"`, () => this.sql.exec(`CLUSTER ${table}`));
    }
    const columns = [
      'id',
      ...columnFields(schema).map(fieldColumn),
      ...(schema.geo ? ['lat', 'lng'] : []),
    ];
    await this.call(`analyze "${index}"`, () =>
      this.sql.exec(`ANALYZE ${table} (${columns.join(', ')})`),
    );
    const { rows } = await this.call(`analyze "${index}"`, () =>
      this.sql.query<{ rows: number }>(
        `SELECT reltuples::float8 AS rows FROM pg_class WHERE oid = to_regclass($1::text)`,
        [table],
      ),
    );
    this.writesSinceAnalyze.set(index, { written: 0, rows: Math.max(0, rows[0]?.rows ?? 0) });
  }

  private async count(
    index: string,
    from: string,
    where: string,
    values: unknown[],
  ): Promise<number> {
    const { rows } = await this.call(`count "${index}"`, () =>
      this.sql.query<{ total: number }>(
        `SELECT count(*)::int AS total FROM ${from} ${where}`,
        values,
      ),
    );
    return rows[0].total;
  }

  private async write(table: string, schema: ResolvedSchema, documents: Document[]): Promise<void> {
    if (documents.length === 0) return;
    const rows = documents.map((d) => toRow(schema, d));
    await this.call(`write ${documents.length} document(s) into "${schema.name}"`, () =>
      this.sql.query(upsertSql(table, schema), [JSON.stringify(rows)]),
    );
  }

  /** The schema of an index: ensured in this process, or read from its table (ensured by another process). */
  private async schemaOf(index: string): Promise<ResolvedSchema> {
    assertIndexName(index);
    const known = this.schemas.get(index);
    if (known) return known;
    const stored = await this.storedSchema(tableName(index));
    if (!stored)
      throw new SearchEngineError(
        'index_not_found',
        `Index "${index}" does not exist; call ensureIndex first`,
      );
    const schema = resolveSchema({
      ...stored.schema,
      searchable: [...stored.schema.searchable],
      filterable: [...stored.schema.filterable],
      sortable: [...stored.schema.sortable],
      fields: { ...stored.schema.fields },
    });
    this.schemas.set(index, schema);
    return schema;
  }

  private async storedSchema(table: string): Promise<StoredSchema | undefined> {
    const { rows } = await this.call('read index schema', () =>
      this.sql.query<{ comment: string | null }>(
        `SELECT obj_description(to_regclass($1::text), 'pg_class') AS comment`,
        [quoteIdentifier(table)],
      ),
    );
    const comment = rows[0]?.comment;
    return comment ? (JSON.parse(comment) as StoredSchema) : undefined;
  }

  private async call<T>(what: string, action: () => Promise<T>): Promise<T> {
    try {
      return await action();
    } catch (error) {
      if (error instanceof SearchEngineError) throw error;
      const code = (error as { code?: unknown })?.code;
      // Connection-level failures (refused, reset, timed out) are "unavailable"; SQL errors carry a SQLSTATE.
      const unavailable =
        typeof code === 'string' && /^(ECONN|ETIMEDOUT|ENOTFOUND|EPIPE|57P|08)/.test(code);
      throw new SearchEngineError(
        unavailable ? 'unavailable' : 'engine_error',
        `Postgres search could not ${what}: ${(error as Error)?.message ?? String(error)}`,
        {
          cause: error,
        },
      );
    }
  }
}
