/**
 * The search port: what the platform needs from a search engine, and nothing more.
 *
 * Two adapters implement it (see README): `MeilisearchSearchEngine` (production / compose) and
 * `EmbeddedSearchEngine` (in-process, the default when `MEILI_URL` is not set). Both must pass the
 * conformance suite in `conformance/search-engine.conformance.ts`.
 *
 * Semantics shared by both adapters (and checked by the conformance suite):
 * - Filters follow Meilisearch's filter semantics: string equality is case-insensitive; `neq` is
 *   "not eq", so it also matches documents that lack the field; a document without a value never
 *   matches `eq`/`in`/range/contains/geo conditions. `in: []` and `containsAny: []` match nothing,
 *   `containsAll: []`, `and: []` match everything, `or: []` matches nothing.
 * - Dates are stored by callers as numbers (e.g. epoch days), so date windows are numeric ranges.
 * - Distances are great-circle (haversine, earth radius 6371 km) in meters; `geoRadius` is inclusive.
 * - Text: every query word must occur in a searchable field (as a word or word prefix); how words are
 *   normalised, typo tolerance and relevance order are engine-specific.
 * - With `sort`, documents are ordered by the sort keys first (relevance only breaks ties); missing
 *   values sort last in both directions.
 * - Writes resolve when they are visible to `search` (read-your-write).
 * - Filtering, sorting or text-searching on a field that the index schema does not declare
 *   filterable / sortable / searchable is a programming error: `SearchEngineError('invalid_query')`.
 */

export type FieldValue = string | number | boolean;

export type SearchFilter =
  | { op: 'eq' | 'neq'; field: string; value: FieldValue }
  | { op: 'in'; field: string; values: FieldValue[] }
  | { op: 'gte' | 'lte' | 'gt' | 'lt'; field: string; value: number }
  | { op: 'containsAll' | 'containsAny'; field: string; values: string[] } // on string[] fields
  | { op: 'geoRadius'; lat: number; lng: number; radiusMeters: number } // on the document's geo point
  | { op: 'and' | 'or'; filters: SearchFilter[] };

export type FieldType = 'string' | 'number' | 'boolean' | 'string[]';

export interface IndexSchema {
  /** Index name: letters, digits, `-` and `_` (Meilisearch index uid rules). */
  name: string;
  /** Declared fields and their types. `id` is always a string (declared or not). */
  fields: Record<string, FieldType>;
  /** Documents carry `_geo: { lat, lng }`; enables `geoRadius` filters and geo-point sorting. */
  geo?: boolean;
  /** Fields searched by `text`, most important first (`string` or `string[]`). */
  searchable: string[];
  filterable: string[];
  /** Scalar fields (`string`, `number`, `boolean`) that may be sorted on. */
  sortable: string[];
}

export interface GeoPoint {
  lat: number;
  lng: number;
}

export type SearchSort =
  | { field: string; direction: 'asc' | 'desc' }
  | { geoPoint: GeoPoint; direction: 'asc' | 'desc' };

export interface SearchQuery {
  text?: string;
  /** Top-level filter. */
  filter?: SearchFilter;
  sort?: SearchSort[];
  /** Default 20. */
  limit?: number;
  /** Default 0. */
  offset?: number;
}

export interface SearchHit<D> {
  document: D;
  /** Distance in meters to the first geo-point sort of the query; set only when the query sorts by a geo point. */
  geoDistanceMeters?: number;
}

export interface SearchPage<D> {
  hits: SearchHit<D>[];
  /**
   * Number of matching documents. Exact for the embedded adapter. For Meilisearch this is
   * `estimatedTotalHits`: an estimate, and capped at the index's `pagination.maxTotalHits`
   * (1000 unless configured), beyond which Meilisearch cannot page either.
   */
  total: number;
  limit: number;
  offset: number;
}

export const DEFAULT_SEARCH_LIMIT = 20;

/** What `searchAll` takes: a filter only (all hits have to be judged by the caller, so there is no ranking). */
export interface SearchAllQuery {
  filter?: SearchFilter;
  /**
   * Only these top-level fields of each document (`id` always comes, a field the document lacks stays absent);
   * every field without it. A caller that needs ids only asks `['id']`, which spares the engine reading documents.
   */
  fields?: string[];
}

export interface SearchAllOptions {
  /** Hits per yielded page. Default 1000. */
  pageSize?: number;
}

export const DEFAULT_SEARCH_ALL_PAGE_SIZE = 1000;

export type SearchEngineErrorCode =
  /** The index schema is invalid (unknown field in searchable/filterable/sortable, bad name, ...). */
  | 'invalid_schema'
  /** The query filters/sorts/searches on something the schema does not allow, or has bad values. */
  | 'invalid_query'
  /** A document does not fit the schema (bad id, wrong field type, malformed `_geo`). */
  | 'invalid_document'
  | 'index_not_found'
  /** The engine accepted a write but failed to apply it (Meilisearch task status `failed`). */
  | 'task_failed'
  /** Waiting for the engine (task or request) took longer than configured. */
  | 'timeout'
  /** The engine could not be reached. */
  | 'unavailable'
  /** Anything else the engine reported. */
  | 'engine_error';

export class SearchEngineError extends Error {
  override readonly name = 'SearchEngineError';

  constructor(
    readonly code: SearchEngineErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/**
 * The port. An abstract class so that Nest can use it as an injection token:
 * `constructor(private readonly search: SearchEngine) {}`.
 */
export abstract class SearchEngine {
  /** Create the index and apply its settings (searchable/filterable/sortable, incl. `_geo`). Idempotent. */
  abstract ensureIndex(schema: IndexSchema): Promise<void>;
  /** Insert or replace documents (whole documents, by `id`). Resolves when they are searchable. */
  abstract upsert<D extends { id: string }>(index: string, documents: D[]): Promise<void>;
  /** Delete documents by id (unknown ids are ignored). Resolves when they are gone from search. */
  abstract delete(index: string, ids: string[]): Promise<void>;
  abstract search<D>(index: string, query: SearchQuery): Promise<SearchPage<D>>;
  /**
   * Every document that matches the filter, without any cap (unlike `search`, whose depth Meilisearch
   * limits to `maxTotalHits`), in pages of at most `pageSize`. Each matching document comes exactly once
   * when the index does not change meanwhile; the order is the adapter's own, stable order.
   */
  abstract searchAll<D>(
    index: string,
    query: SearchAllQuery,
    options?: SearchAllOptions,
  ): AsyncIterable<D[]>;
  /** Delete all documents, keep the index and its settings. */
  abstract clear(index: string): Promise<void>;
  abstract isHealthy(): Promise<boolean>;
  /** Releases connections or in-process databases; the engine is not used afterwards. */
  async close(): Promise<void> {
    // Nothing to release by default.
  }
}
