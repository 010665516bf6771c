import { count, create, insertMultiple, remove, search } from '@orama/orama';
import type { AnyOrama } from '@orama/orama';
import { geoOf, haversineMeters } from '../core/geo';
import { compileFilter, normalizeFilterString, validateQuery, validateSearchAll } from '../core/query';
import type { ResolvedSchema } from '../core/schema';
import { assertIndexName, isValueOfType, resolveSchema, schemaFingerprint, validateDocuments } from '../core/schema';
import type { FieldType, IndexSchema, SearchAllOptions, SearchAllQuery, SearchFilter, SearchHit, SearchPage, SearchQuery, SearchSort } from '../search-engine.port';
import { SearchEngine, SearchEngineError } from '../search-engine.port';
import type { OramaWhere, ValueCounts, WhereContext } from './orama-where';
import { GEO_CELL_LEVELS, estimateMatches, geoCellKey, oramaProperty, planWhere } from './orama-where';

type Document = { id: string } & Record<string, unknown>;

interface StoredDocument {
  readonly document: Document;
  /** Order of first insertion; kept when a document is replaced (as Meilisearch keeps its internal id). */
  readonly seq: number;
}

interface IndexState {
  schema: ResolvedSchema;
  fingerprint: string;
  db: AnyOrama;
  /** The documents as given (deep copies), by id. Orama holds only the derived index documents. */
  documents: Map<string, StoredDocument>;
  nextSeq: number;
  /** Per filterable field: how many documents have no value for it. */
  missing: Map<string, number>;
  /** Per Orama enum/boolean property: how many documents hold each value (to estimate selectivity). */
  counts: ValueCounts;
}

interface Candidate {
  stored: StoredDocument;
  score: number;
  /** Sort keys in the order of the query's sort (field value or distance; `undefined` = missing). */
  keys?: Array<string | number | boolean | undefined>;
}

/** Orama's tokenizer language; Dutch and English split words alike, and stemming stays off. */
const LANGUAGE = 'dutch';

export interface EmbeddedSearchEngineOptions {
  /**
   * Orama answers a `where` by materialising the id set of every condition and intersecting them, so a
   * broad condition (say `status = open`, most documents) costs more than checking it on the candidates
   * the selective conditions leave. Conditions estimated to select more than this share of the index
   * are therefore not pushed down to Orama; the exact check on the candidates covers them. Results
   * do not depend on it, only speed. Default 0.25 (measured with bench/search.bench.ts).
   */
  pushdownMaxShare?: number;
}

/**
 * The embedded adapter: an in-process search engine on `@orama/orama`, one Orama database per index.
 *
 * Everything lives in memory and nothing is persisted: the matching service rebuilds its indexes
 * from its own Postgres read models at boot (and on `POST /admin/reindex`).
 *
 * Exactness comes first. Orama answers text search (BM25, prefix matching) and those filter conditions
 * its removal-safe indexes answer exactly or as a superset (see `planWhere`, which also explains why
 * Orama's number and geopoint indexes are not used). Every condition Orama did not decide exactly
 * (numeric ranges, great-circle radius, `neq` on fields some documents lack, ORs containing those,
 * "all query words") is decided by this adapter on Orama's candidates with the reference semantics
 * (`compileFilter` = `matchesFilter`), so results follow Meilisearch's filter semantics exactly.
 * Sorting, paging and `total` happen here too (multi-key and geo-distance sorts, "missing values
 * last" are beyond Orama's `sortBy`), so `total` is exact.
 */
export class EmbeddedSearchEngine extends SearchEngine {
  private readonly indexes = new Map<string, IndexState>();
  private readonly pushdownMaxShare: number;

  constructor(options: EmbeddedSearchEngineOptions = {}) {
    super();
    this.pushdownMaxShare = options.pushdownMaxShare ?? 0.25;
  }

  async ensureIndex(schema: IndexSchema): Promise<void> {
    const resolved = resolveSchema(schema);
    const fingerprint = schemaFingerprint(resolved);
    const existing = this.indexes.get(resolved.name);
    if (existing?.fingerprint === fingerprint) return;

    const state: IndexState = {
      schema: resolved,
      fingerprint,
      db: createDatabase(resolved),
      documents: new Map(),
      nextSeq: existing?.nextSeq ?? 0,
      missing: new Map(resolved.filterable.map((f) => [f, 0])),
      counts: new Map(),
    };
    // A changed schema re-indexes the documents already held, as Meilisearch does on a settings change.
    if (existing) {
      for (const stored of existing.documents.values()) state.documents.set(stored.document.id, stored);
      await insertIntoDatabase(state, [...state.documents.values()].map((s) => s.document));
    }
    this.indexes.set(resolved.name, state);
  }

  async upsert<D extends { id: string }>(index: string, documents: D[]): Promise<void> {
    const state = this.state(index);
    validateDocuments(state.schema, documents);
    // Within one batch the last version of a document wins, as in a Meilisearch "add or replace".
    const latest = new Map<string, Document>();
    for (const doc of documents) latest.set(doc.id, structuredClone(doc) as Document);

    for (const id of latest.keys()) {
      const previous = state.documents.get(id);
      if (previous) removeFromDatabase(state, previous.document);
    }
    for (const [id, document] of latest) {
      const previous = state.documents.get(id);
      // Map#set on an existing key keeps its position: iteration order stays the insertion order.
      state.documents.set(id, { document, seq: previous?.seq ?? state.nextSeq++ });
    }
    await insertIntoDatabase(state, [...latest.values()]);
  }

  async delete(index: string, ids: string[]): Promise<void> {
    const state = this.state(index);
    if (!Array.isArray(ids) || ids.some((id) => typeof id !== 'string')) {
      throw new SearchEngineError('invalid_document', `delete from "${index}": ids must be an array of strings`);
    }
    for (const id of new Set(ids)) {
      const stored = state.documents.get(id);
      if (!stored) continue;
      removeFromDatabase(state, stored.document);
      state.documents.delete(id);
    }
  }

  async clear(index: string): Promise<void> {
    const state = this.state(index);
    state.db = createDatabase(state.schema);
    state.documents.clear();
    state.missing = new Map(state.schema.filterable.map((f) => [f, 0]));
    state.counts = new Map();
  }

  async isHealthy(): Promise<boolean> {
    return true;
  }

  async search<D>(index: string, query: SearchQuery): Promise<SearchPage<D>> {
    const state = this.state(index);
    const { text, filter, sort, limit, offset } = validateQuery(index, state.schema, query);
    const empty: SearchPage<D> = { hits: [], total: 0, limit, offset };
    if (filter.kind === 'none') return empty;

    const queryTokens = text === undefined ? [] : tokenize(state.db, text);
    const plan = filter.kind === 'filter' ? planQuery(filter.filter, state, this.pushdownMaxShare) : { where: undefined, residual: undefined };
    // Orama matches documents containing ANY query word; the port promises ALL (each as a word or
    // word prefix, which is how Orama matches a single word).
    const allWords = queryTokens.length > 1 ? (d: Document) => containsAllTokens(state, d, queryTokens) : undefined;
    const { residual } = plan;
    const accept = residual && allWords ? (d: Document) => residual(d) && allWords(d) : (residual ?? allWords);
    const candidates = await this.candidates(state, queryTokens.length > 0 ? text : undefined, plan.where, accept);

    const total = candidates.length;
    if (total === 0 || offset >= total || limit === 0) return { ...empty, total };

    orderCandidates(candidates, sort, queryTokens.length > 0);
    const firstGeoSort = sort.findIndex((s) => 'geoPoint' in s);
    const hits = candidates.slice(offset, offset + limit).map((c) => {
      const hit: SearchHit<D> = { document: structuredClone(c.stored.document) as D };
      if (firstGeoSort >= 0) {
        const distance = c.keys?.[firstGeoSort];
        if (typeof distance === 'number') hit.geoDistanceMeters = Math.round(distance);
      }
      return hit;
    });
    return { hits, total, limit, offset };
  }

  /** All matches in insertion order, in pages (the index is in memory: there is nothing to cap). */
  async *searchAll<D>(index: string, query: SearchAllQuery, options: SearchAllOptions = {}): AsyncIterable<D[]> {
    const state = this.state(index);
    const { filter, pageSize } = validateSearchAll(index, state.schema, query, options);
    if (filter.kind === 'none') return;
    const plan = filter.kind === 'filter' ? planQuery(filter.filter, state, this.pushdownMaxShare) : { where: undefined, residual: undefined };
    const candidates = await this.candidates(state, undefined, plan.where, plan.residual);
    candidates.sort((a, b) => a.stored.seq - b.stored.seq);
    for (let i = 0; i < candidates.length; i += pageSize) {
      yield candidates.slice(i, i + pageSize).map((c) => structuredClone(c.stored.document) as D);
    }
  }

  /**
   * Documents matching the text (any word) and the pushed-down `where`, with their text scores, that
   * also pass `accept` (checked while collecting, so rejected documents cost no allocation).
   */
  private async candidates(
    state: IndexState,
    text: string | undefined,
    where: OramaWhere | undefined,
    accept: ((document: Document) => boolean) | undefined,
  ): Promise<Candidate[]> {
    const candidates: Candidate[] = [];
    if (text === undefined && where === undefined) {
      for (const stored of state.documents.values()) {
        if (!accept || accept(stored.document)) candidates.push({ stored, score: 0 });
      }
      return candidates;
    }
    if (text === undefined && where !== undefined) {
      // Filter only: ask the index component directly for the matching (internal) ids. Orama's
      // `search()` would do the same and then allocate, score-sort and fetch result objects for all of them.
      const { db } = state;
      const internalIds = db.index.searchByWhereClause(db.data.index, db.tokenizer, where as never, LANGUAGE) as Set<number>;
      const externalIds = db.internalDocumentIDStore.internalIdToId;
      for (const internalId of internalIds) {
        const stored = state.documents.get(externalIds[internalId - 1]);
        if (stored && (!accept || accept(stored.document))) candidates.push({ stored, score: 0 });
      }
      return candidates;
    }
    const properties = state.schema.searchable.map(oramaProperty.text);
    const boost = Object.fromEntries(properties.map((p, i) => [p, properties.length - i]));
    const run = (limit: number) =>
      search(state.db, {
        term: foldDiacritics(text ?? ''),
        properties,
        boost,
        threshold: 1,
        ...(where !== undefined ? { where: where as never } : {}),
        limit,
        offset: 0,
      });
    let results = await run(Math.max(1, count(state.db)));
    // Never expected (Orama's index holds exactly our documents), but never silently truncate either.
    if (results.count > results.hits.length) results = await run(results.count);
    for (const hit of results.hits) {
      const stored = state.documents.get(hit.id);
      if (stored && (!accept || accept(stored.document))) candidates.push({ stored, score: hit.score });
    }
    return candidates;
  }

  private state(index: string): IndexState {
    assertIndexName(index);
    const state = this.indexes.get(index);
    if (!state) {
      throw new SearchEngineError('index_not_found', `Index "${index}" does not exist in the embedded search engine; call ensureIndex first`);
    }
    return state;
  }
}

/** Only Orama index types that stay correct under removals (see planWhere): numbers are enums too. */
const ORAMA_FILTER_TYPES: Record<FieldType, string> = {
  string: 'enum',
  'string[]': 'enum[]',
  number: 'enum',
  boolean: 'boolean',
};

function createDatabase(schema: ResolvedSchema): AnyOrama {
  const oramaSchema: Record<string, string> = {};
  for (const field of schema.searchable) oramaSchema[oramaProperty.text(field)] = schema.fields[field];
  for (const field of schema.filterable) oramaSchema[oramaProperty.filter(field)] = ORAMA_FILTER_TYPES[schema.fields[field]];
  if (schema.geo) {
    // Grid cells as enums for a pre-filter; see planWhere for why not Orama's 'geopoint'.
    GEO_CELL_LEVELS.forEach((_, level) => (oramaSchema[oramaProperty.geoCell(level)] = 'enum'));
  }
  // Orama's sorter is off: sorting happens in the adapter (see orderCandidates).
  return create({ schema: oramaSchema as never, language: LANGUAGE, sort: { enabled: false } }) as AnyOrama;
}

/**
 * The document Orama indexes: text fields folded (diacritics removed, so "België" stays one word for
 * Orama's tokenizer), filter values normalised, the geo point as grid cells. Values that do not fit
 * the schema (possible only after `ensureIndex` changed a field's type) are left out, i.e. missing.
 */
function toIndexDocument(schema: ResolvedSchema, document: Document): { indexDocument: Record<string, unknown>; missing: string[] } {
  const indexDocument: Record<string, unknown> = { id: document.id };
  const missing: string[] = [];
  for (const field of schema.searchable) {
    const value = document[field];
    if (!isValueOfType(schema.fields[field], value)) continue;
    indexDocument[oramaProperty.text(field)] = Array.isArray(value) ? value.map((v) => foldDiacritics(String(v))) : foldDiacritics(String(value));
  }
  for (const field of schema.filterable) {
    const type = schema.fields[field];
    const value = document[field];
    if (!isValueOfType(type, value)) {
      missing.push(field);
      continue;
    }
    if (type === 'string') indexDocument[oramaProperty.filter(field)] = normalizeFilterString(value as string);
    else if (type === 'string[]') indexDocument[oramaProperty.filter(field)] = [...new Set((value as string[]).map(normalizeFilterString))];
    else indexDocument[oramaProperty.filter(field)] = value;
  }
  const point = schema.geo ? geoOf(document) : undefined;
  if (point) GEO_CELL_LEVELS.forEach((_, level) => (indexDocument[oramaProperty.geoCell(level)] = geoCellKey(level, point)));
  return { indexDocument, missing };
}

async function insertIntoDatabase(state: IndexState, documents: Document[]): Promise<void> {
  const indexDocuments = documents.map((document) => {
    const { indexDocument, missing } = toIndexDocument(state.schema, document);
    for (const field of missing) state.missing.set(field, (state.missing.get(field) ?? 0) + 1);
    tally(state, indexDocument, +1);
    return indexDocument;
  });
  if (indexDocuments.length > 0) await insertMultiple(state.db, indexDocuments as never[], 1000);
}

function removeFromDatabase(state: IndexState, document: Document): void {
  const { indexDocument, missing } = toIndexDocument(state.schema, document);
  for (const field of missing) state.missing.set(field, (state.missing.get(field) ?? 1) - 1);
  tally(state, indexDocument, -1);
  remove(state.db, document.id);
}

/** Keeps the value counts of the filter and geo-cell properties (text properties are not counted). */
function tally(state: IndexState, indexDocument: Record<string, unknown>, delta: 1 | -1): void {
  for (const [property, value] of Object.entries(indexDocument)) {
    if (property === 'id' || property.startsWith('text__')) continue;
    let counts = state.counts.get(property);
    if (!counts) state.counts.set(property, (counts = new Map()));
    for (const v of Array.isArray(value) ? value : [value]) {
      const next = (counts.get(v) ?? 0) + delta;
      if (next > 0) counts.set(v, next);
      else counts.delete(v);
    }
  }
}

/**
 * Splits a (simplified) filter into what Orama answers and what the adapter checks on Orama's
 * candidates: each top-level condition is pushed down when Orama can answer it (exactly, or as a
 * superset) and it is selective (see `pushdownMaxShare`); every condition not pushed down exactly is
 * checked on the candidates with the reference semantics, most selective first.
 */
function planQuery(filter: SearchFilter, state: IndexState, pushdownMaxShare: number): { where: OramaWhere | undefined; residual: ((d: Document) => boolean) | undefined } {
  const context: WhereContext = {
    fieldType: (field) => state.schema.fields[field],
    isComplete: (field) => (state.missing.get(field) ?? 0) === 0,
  };
  const total = state.documents.size;
  const conditions = (filter.op === 'and' ? filter.filters : [filter])
    .map((condition) => {
      const { where, exact } = planWhere(condition, context);
      const estimate = where === undefined ? total : estimateMatches(where, state.counts, total);
      const pushed = where !== undefined && estimate <= total * pushdownMaxShare;
      return { condition, where, exact, estimate, pushed };
    })
    .sort((a, b) => a.estimate - b.estimate);

  const pushed = conditions.filter((c) => c.pushed).map((c) => c.where as OramaWhere);
  const residual = conditions.filter((c) => !c.pushed || !c.exact).map((c) => c.condition);
  return {
    where: pushed.length === 0 ? undefined : pushed.length === 1 ? pushed[0] : { and: pushed },
    residual: residual.length === 0 ? undefined : compileFilter(residual.length === 1 ? residual[0] : { op: 'and', filters: residual }),
  };
}

function foldDiacritics(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

function tokenize(db: AnyOrama, text: string): string[] {
  return db.tokenizer.tokenize(foldDiacritics(text), undefined) as string[];
}

function containsAllTokens(state: IndexState, document: Document, queryTokens: string[]): boolean {
  const words: string[] = [];
  for (const field of state.schema.searchable) {
    const value = document[field];
    for (const part of Array.isArray(value) ? value : [value]) {
      if (typeof part === 'string') words.push(...tokenize(state.db, part));
    }
  }
  return queryTokens.every((token) => words.some((word) => word.startsWith(token)));
}

/**
 * Sort keys first (missing values last in either direction, strings case-insensitively, distances
 * great-circle), then text relevance, then insertion order, which also is the order without a sort.
 */
function orderCandidates(candidates: Candidate[], sort: SearchSort[], byScore: boolean): void {
  if (sort.length > 0) {
    for (const candidate of candidates) {
      candidate.keys = sort.map((s) => {
        if ('geoPoint' in s) {
          const point = geoOf(candidate.stored.document);
          return point ? haversineMeters(s.geoPoint, point) : undefined;
        }
        const value = candidate.stored.document[s.field];
        if (typeof value === 'string') return normalizeFilterString(value);
        return typeof value === 'number' || typeof value === 'boolean' ? value : undefined;
      });
    }
  }
  candidates.sort((a, b) => {
    for (let i = 0; i < sort.length; i++) {
      const order = compareKeys(a.keys?.[i], b.keys?.[i], sort[i].direction);
      if (order !== 0) return order;
    }
    if (byScore && a.score !== b.score) return b.score - a.score;
    return a.stored.seq - b.stored.seq;
  });
}

function compareKeys(a: string | number | boolean | undefined, b: string | number | boolean | undefined, direction: 'asc' | 'desc'): number {
  if (a === undefined || b === undefined) return a === b ? 0 : a === undefined ? 1 : -1;
  const order = a < b ? -1 : a > b ? 1 : 0;
  return direction === 'asc' ? order : -order;
}
