import type { EnqueuedTaskPromise, Meilisearch, SearchParams, Settings, Task } from 'meilisearch';
import type { ResolvedSchema } from '../core/schema';
import { assertIndexName, resolveSchema, validateDocuments } from '../core/schema';
import { validateQuery, validateSearchAll } from '../core/query';
import type {
  IndexSchema,
  SearchAllOptions,
  SearchAllQuery,
  SearchHit,
  SearchPage,
  SearchQuery,
} from '../search-engine.port';
import { SearchEngine, SearchEngineError } from '../search-engine.port';
import { toMeilisearchFilter, toMeilisearchSort } from './meilisearch-filter';

export const DEFAULT_REQUEST_TIMEOUT_MS = 10_000;

export interface MeilisearchSearchEngineConfig {
  /** e.g. `http://127.0.0.1:7700` */
  url: string;
  /** Sent as `Authorization: Bearer <apiKey>`. */
  apiKey?: string;
  /** How long a write waits for its Meilisearch task before failing with `timeout`. Default 30 s. */
  waitTimeoutMs?: number;
  /** Polling interval while waiting for a task. Default 50 ms. */
  waitIntervalMs?: number;
  /**
   * Timeout of each HTTP request (a task poll is one). Default 10 s: without one, a server that
   * accepts a connection and never answers would hold the caller (and the index queue) for minutes.
   */
  requestTimeoutMs?: number;
  /**
   * Written to each index's `pagination.maxTotalHits` by `ensureIndex` when set. Meilisearch's default
   * (1000) caps both `total` and how deep `offset` can page.
   */
  maxTotalHits?: number;
}

/**
 * The production adapter, on the official `meilisearch` client.
 *
 * - Writes are Meilisearch tasks; every write waits for its task and throws `task_failed` when the
 *   task did not succeed, so a resolved write is visible to the next search (read-your-write).
 * - `total` is Meilisearch's `estimatedTotalHits` (see `SearchPage.total`).
 * - `ensureIndex` moves the `sort` ranking rule first so that an explicit sort orders results before
 *   relevance does, as in the embedded adapter, and asks for `matchingStrategy: "all"` on search so
 *   that every query word must match.
 * - Queries are validated against the schema given to `ensureIndex` in this process; for an index this
 *   process did not ensure, Meilisearch validates (its errors are mapped to `SearchEngineError`).
 */
export class MeilisearchSearchEngine extends SearchEngine {
  private clientPromise?: Promise<Meilisearch>;
  private readonly schemas = new Map<string, ResolvedSchema>();
  private readonly waitOptions: { timeout: number; interval: number };

  constructor(private readonly config: MeilisearchSearchEngineConfig) {
    super();
    if (typeof config?.url !== 'string' || config.url.trim() === '') {
      throw new SearchEngineError(
        'engine_error',
        'MeilisearchSearchEngine needs a url (e.g. MEILI_URL=http://127.0.0.1:7700)',
      );
    }
    this.waitOptions = {
      timeout: config.waitTimeoutMs ?? 30_000,
      interval: config.waitIntervalMs ?? 50,
    };
  }

  async ensureIndex(schema: IndexSchema): Promise<void> {
    const resolved = resolveSchema(schema);
    const client = await this.client();

    // Creating an index that exists fails its task with `index_already_exists`: that is fine here.
    await this.waitFor(
      `create index "${resolved.name}"`,
      () => client.createIndex(resolved.name, { primaryKey: 'id' }),
      ['index_already_exists'],
    );

    const index = client.index(resolved.name);
    const currentRules = await this.call(`read ranking rules of "${resolved.name}"`, () =>
      index.getRankingRules(),
    );
    const rankingRules = ['sort', ...(currentRules ?? []).filter((rule) => rule !== 'sort')];

    const geo = resolved.geo ? ['_geo'] : [];
    const settings: Settings = {
      // An empty list would make every attribute searchable in Meilisearch; the schema rejects text
      // queries on such an index anyway, so keep the (harmless) default there.
      ...(resolved.searchable.length > 0 ? { searchableAttributes: [...resolved.searchable] } : {}),
      filterableAttributes: [...resolved.filterable, ...geo],
      sortableAttributes: [...resolved.sortable, ...geo],
      rankingRules,
      ...(this.config.maxTotalHits !== undefined
        ? { pagination: { maxTotalHits: this.config.maxTotalHits } }
        : {}),
    };
    await this.waitFor(`update settings of "${resolved.name}"`, () =>
      index.updateSettings(settings),
    );
    this.schemas.set(resolved.name, resolved);
  }

  async upsert<D extends { id: string }>(index: string, documents: D[]): Promise<void> {
    assertIndexName(index);
    const schema = this.schemas.get(index);
    if (schema) validateDocuments(schema, documents);
    if (documents.length === 0) return;
    const client = await this.client();
    // POST /documents replaces whole documents ("add or replace"), which is what upsert means here.
    await this.waitFor(`upsert ${documents.length} document(s) into "${index}"`, () =>
      client.index(index).addDocuments(documents, { primaryKey: 'id' }),
    );
  }

  async delete(index: string, ids: string[]): Promise<void> {
    assertIndexName(index);
    if (!Array.isArray(ids) || ids.some((id) => typeof id !== 'string')) {
      throw new SearchEngineError(
        'invalid_document',
        `delete from "${index}": ids must be an array of strings`,
      );
    }
    if (ids.length === 0) return;
    const client = await this.client();
    await this.waitFor(`delete ${ids.length} document(s) from "${index}"`, () =>
      client.index(index).deleteDocuments(ids),
    );
  }

  async clear(index: string): Promise<void> {
    assertIndexName(index);
    const client = await this.client();
    await this.waitFor(`clear "${index}"`, () => client.index(index).deleteAllDocuments());
  }

  async search<D>(index: string, query: SearchQuery): Promise<SearchPage<D>> {
    assertIndexName(index);
    const validated = validateQuery(index, this.schemas.get(index), query);
    const { limit, offset } = validated;
    if (validated.filter.kind === 'none') return { hits: [], total: 0, limit, offset };

    const params: SearchParams = { limit, offset, matchingStrategy: 'all' };
    if (validated.filter.kind === 'filter')
      params.filter = toMeilisearchFilter(validated.filter.filter);
    if (validated.sort.length > 0) params.sort = toMeilisearchSort(validated.sort);
    const hasGeoSort = validated.sort.some((s) => 'geoPoint' in s);

    const client = await this.client();
    const response = await this.call(`search "${index}"`, () =>
      client.index(index).search(validated.text, params),
    );

    const hits: SearchHit<D>[] = response.hits.map((hit) => {
      const {
        _geoDistance,
        _rankingScore,
        _rankingScoreDetails,
        _formatted,
        _matchesPosition,
        _federation,
        ...document
      } = hit as Record<string, unknown>;
      void _rankingScore;
      void _rankingScoreDetails;
      void _formatted;
      void _matchesPosition;
      void _federation;
      const result: SearchHit<D> = { document: document as D };
      if (hasGeoSort && typeof _geoDistance === 'number') result.geoDistanceMeters = _geoDistance;
      return result;
    });
    return { hits, total: response.estimatedTotalHits ?? hits.length, limit, offset };
  }

  /**
   * Pages through Meilisearch's documents route (`POST /indexes/:uid/documents/fetch` with the filter and the
   * `fields` to retrieve): unlike search it is not capped by `pagination.maxTotalHits`, so every match comes, in
   * the index's internal document order.
   */
  async *searchAll<D>(
    index: string,
    query: SearchAllQuery,
    options: SearchAllOptions = {},
  ): AsyncIterable<D[]> {
    assertIndexName(index);
    const { filter, pageSize, fields } = validateSearchAll(
      index,
      this.schemas.get(index),
      query,
      options,
    );
    if (filter.kind === 'none') return;
    const client = await this.client();
    const request = {
      ...(filter.kind === 'filter' ? { filter: toMeilisearchFilter(filter.filter) } : {}),
      ...(fields ? { fields } : {}),
    };
    for (let offset = 0; ; offset += pageSize) {
      const page = await this.call(`fetch documents of "${index}"`, () =>
        client
          .index(index)
          .getDocuments<Record<string, unknown>>({ ...request, limit: pageSize, offset }),
      );
      if (page.results.length > 0) yield page.results as D[];
      if (page.results.length < pageSize) return;
    }
  }

  async isHealthy(): Promise<boolean> {
    try {
      const client = await this.client();
      return await client.isHealthy();
    } catch {
      return false;
    }
  }

  private client(): Promise<Meilisearch> {
    this.clientPromise ??= Promise.resolve().then(() => {
      let Client: typeof Meilisearch;
      try {
        Client = loadMeilisearchClient().Meilisearch;
      } catch (error) {
        throw new SearchEngineError(
          'engine_error',
          `Cannot load the meilisearch client: ${(error as Error).message}`,
          { cause: error },
        );
      }
      return new Client({
        host: this.config.url,
        apiKey: this.config.apiKey,
        timeout: this.config.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS,
        defaultWaitOptions: this.waitOptions,
      });
    });
    return this.clientPromise;
  }

  /** Enqueues a task, waits for it, and throws unless it succeeded (or failed with a tolerated code). */
  private async waitFor(
    what: string,
    enqueue: () => EnqueuedTaskPromise,
    toleratedErrorCodes: string[] = [],
  ): Promise<Task> {
    const task = await this.call(what, () => enqueue().waitTask(this.waitOptions));
    if (task.status === 'succeeded') return task;
    if (task.status === 'failed' && task.error && toleratedErrorCodes.includes(task.error.code))
      return task;
    const reason = task.error
      ? `${task.error.code}: ${task.error.message}`
      : `task ${task.uid} ended with status "${task.status}"`;
    throw new SearchEngineError(
      task.error?.code === 'index_not_found' ? 'index_not_found' : 'task_failed',
      `Meilisearch could not ${what}: ${reason}`,
      {
        cause: task.error ?? undefined,
      },
    );
  }

  private async call<T>(what: string, action: () => Promise<T>): Promise<T> {
    try {
      return await action();
    } catch (error) {
      throw toSearchEngineError(what, error);
    }
  }
}

/**
 * Loads the official client on first use. `meilisearch` is published as an ES module only; Node
 * (>= 20.19, which the client requires anyway) can `require` it natively. Node's own `require` is
 * taken from the built-in `module` on purpose: a host module system may refuse (Jest does, for an ES
 * module, when run with `--experimental-vm-modules` as this workspace's tests are, and it also
 * intercepts `import('node:module')`). Loading lazily keeps `@bridge/search` importable by code and
 * tests that never talk to Meilisearch.
 */
export function loadMeilisearchClient(): typeof import('meilisearch') {
  const { createRequire } = process.getBuiltinModule('node:module') as typeof import('node:module');
  return createRequire(__filename)('meilisearch') as typeof import('meilisearch');
}

const API_ERROR_CODES: Record<string, 'invalid_query' | 'index_not_found' | 'invalid_document'> = {
  invalid_search_filter: 'invalid_query',
  invalid_search_sort: 'invalid_query',
  invalid_search_q: 'invalid_query',
  invalid_search_limit: 'invalid_query',
  invalid_search_offset: 'invalid_query',
  index_not_found: 'index_not_found',
  invalid_document_id: 'invalid_document',
  missing_document_id: 'invalid_document',
  invalid_document_geo_field: 'invalid_document',
};

function toSearchEngineError(what: string, error: unknown): SearchEngineError {
  if (error instanceof SearchEngineError) return error;
  const err = error as {
    name?: string;
    message?: string;
    cause?: { code?: string; message?: string };
  };
  const message = `Meilisearch could not ${what}: ${err?.message ?? String(error)}`;
  switch (err?.name) {
    case 'MeilisearchApiError': {
      const code = err.cause?.code ?? '';
      return new SearchEngineError(
        API_ERROR_CODES[code] ?? 'engine_error',
        `${message}${code ? ` (${code})` : ''}`,
        { cause: error },
      );
    }
    case 'MeilisearchTaskTimeOutError':
    case 'MeilisearchRequestTimeOutError':
      return new SearchEngineError('timeout', message, { cause: error });
    case 'MeilisearchRequestError':
      // The client wraps its own request timeout in a request error.
      if ((err.cause as { name?: string } | undefined)?.name === 'MeilisearchRequestTimeOutError') {
        return new SearchEngineError('timeout', message, { cause: error });
      }
      return new SearchEngineError('unavailable', message, { cause: error });
    default:
      return new SearchEngineError('engine_error', message, { cause: error });
  }
}
