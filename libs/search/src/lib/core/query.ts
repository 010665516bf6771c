import type {
  FieldType,
  FieldValue,
  SearchAllOptions,
  SearchAllQuery,
  SearchFilter,
  SearchQuery,
  SearchSort,
} from '../search-engine.port';
import {
  DEFAULT_SEARCH_ALL_PAGE_SIZE,
  DEFAULT_SEARCH_LIMIT,
  SearchEngineError,
} from '../search-engine.port';
import { geoOf, haversineMeters, isValidLatitude, isValidLongitude } from './geo';
import type { ResolvedSchema } from './schema';
import { isValueOfType } from './schema';

/** A filter after simplification: constant true, constant false, or a filter without empty lists. */
export type SimplifiedFilter =
  | { kind: 'all' }
  | { kind: 'none' }
  | { kind: 'filter'; filter: SearchFilter };

const ALL: SimplifiedFilter = { kind: 'all' };
const NONE: SimplifiedFilter = { kind: 'none' };

/**
 * Removes the constant parts of a filter so that adapters never have to express "true"/"false":
 * `in: []`, `containsAny: []` and `or: []` match nothing; `containsAll: []` and `and: []` match
 * everything; nested and/or of the same kind are flattened and duplicate values dropped.
 */
export function simplifyFilter(filter: SearchFilter | undefined): SimplifiedFilter {
  if (filter === undefined) return ALL;
  switch (filter.op) {
    case 'in': {
      const values = uniqueValues(filter.values);
      return values.length === 0 ? NONE : { kind: 'filter', filter: { ...filter, values } };
    }
    case 'containsAny':
    case 'containsAll': {
      const values = uniqueValues(filter.values);
      if (values.length === 0) return filter.op === 'containsAll' ? ALL : NONE;
      return { kind: 'filter', filter: { ...filter, values } };
    }
    case 'and':
    case 'or': {
      const isAnd = filter.op === 'and';
      const parts: SearchFilter[] = [];
      for (const child of filter.filters) {
        const simplified = simplifyFilter(child);
        if (simplified.kind === 'all') {
          if (isAnd) continue;
          return ALL;
        }
        if (simplified.kind === 'none') {
          if (isAnd) return NONE;
          continue;
        }
        const f = simplified.filter;
        if (f.op === filter.op) parts.push(...f.filters);
        else parts.push(f);
      }
      if (parts.length === 0) return isAnd ? ALL : NONE;
      if (parts.length === 1) return { kind: 'filter', filter: parts[0] };
      return { kind: 'filter', filter: { op: filter.op, filters: parts } };
    }
    default:
      return { kind: 'filter', filter: { ...filter } };
  }
}

function uniqueValues<T extends FieldValue>(values: T[]): T[] {
  return [...new Set(values)];
}

/** Meilisearch compares strings case-insensitively in filters; both adapters do the same. */
export function normalizeFilterString(value: string): string {
  return value.toLowerCase();
}

/**
 * A document's value of a field as filters compare it: a string normalized, a list's strings normalized and each
 * once; `undefined` when the value does not fit the field's type (it then counts as missing).
 */
export function filterValueOf(type: FieldType, value: unknown): FieldValue | string[] | undefined {
  if (!isValueOfType(type, value)) return undefined;
  if (type === 'string') return normalizeFilterString(value as string);
  if (type === 'string[]') return [...new Set((value as string[]).map(normalizeFilterString))];
  return value as FieldValue;
}

function equalsFilterValue(actual: unknown, expected: FieldValue): boolean {
  if (typeof actual === 'string' && typeof expected === 'string') {
    return normalizeFilterString(actual) === normalizeFilterString(expected);
  }
  return actual === expected;
}

/**
 * The reference semantics of a filter on one document (Meilisearch's semantics): the oracle of the
 * tests and the plain scan of the benchmark.
 */
export function matchesFilter(document: Record<string, unknown>, filter: SearchFilter): boolean {
  switch (filter.op) {
    case 'eq':
      return equalsFilterValue(document[filter.field], filter.value);
    case 'neq':
      return !equalsFilterValue(document[filter.field], filter.value);
    case 'in': {
      const actual = document[filter.field];
      return filter.values.some((v) => equalsFilterValue(actual, v));
    }
    case 'gt':
    case 'gte':
    case 'lt':
    case 'lte': {
      const actual = document[filter.field];
      if (typeof actual !== 'number') return false;
      if (filter.op === 'gt') return actual > filter.value;
      if (filter.op === 'gte') return actual >= filter.value;
      if (filter.op === 'lt') return actual < filter.value;
      return actual <= filter.value;
    }
    case 'containsAll':
    case 'containsAny': {
      const actual = document[filter.field];
      if (!Array.isArray(actual)) return filter.op === 'containsAll' && filter.values.length === 0;
      const held = new Set(
        actual.filter((v): v is string => typeof v === 'string').map(normalizeFilterString),
      );
      const has = (v: string) => held.has(normalizeFilterString(v));
      return filter.op === 'containsAll' ? filter.values.every(has) : filter.values.some(has);
    }
    case 'geoRadius': {
      const point = geoOf(document);
      return (
        point !== undefined &&
        haversineMeters({ lat: filter.lat, lng: filter.lng }, point) <= filter.radiusMeters
      );
    }
    case 'and':
      return filter.filters.every((f) => matchesFilter(document, f));
    case 'or':
      return filter.filters.some((f) => matchesFilter(document, f));
  }
}

export interface ValidatedQuery {
  text: string | undefined;
  filter: SimplifiedFilter;
  sort: SearchSort[];
  limit: number;
  offset: number;
}

/**
 * Validates a query against the index schema and fills in defaults. A filter, sort or text search on
 * something the schema does not declare is a programming error and throws `invalid_query` (Meilisearch
 * would reject it as well, but later and less clearly).
 *
 * Without a schema (an index this process has not ensured) only the shape of the query and its values
 * is checked; the engine then judges the fields.
 */
export function validateQuery(
  indexName: string,
  schema: ResolvedSchema | undefined,
  query: SearchQuery,
): ValidatedQuery {
  const fail = (message: string): never => {
    throw new SearchEngineError('invalid_query', `Index "${indexName}": ${message}`);
  };
  if (typeof query !== 'object' || query === null) fail('query must be an object');

  const limit = query.limit ?? DEFAULT_SEARCH_LIMIT;
  const offset = query.offset ?? 0;
  if (!Number.isSafeInteger(limit) || limit < 0)
    fail(`limit must be a non-negative integer, got ${String(limit)}`);
  if (!Number.isSafeInteger(offset) || offset < 0)
    fail(`offset must be a non-negative integer, got ${String(offset)}`);

  let text: string | undefined;
  if (query.text !== undefined && query.text !== null) {
    if (typeof query.text !== 'string') fail('text must be a string');
    if (query.text.trim() !== '') {
      if (schema && schema.searchable.length === 0)
        fail('text search needs at least one searchable field in the schema');
      text = query.text;
    }
  }

  if (query.filter !== undefined) validateFilter(schema, query.filter, 'filter', fail);

  const sort = query.sort ?? [];
  if (!Array.isArray(sort)) fail('sort must be an array');
  sort.forEach((s, i) => {
    const where = `sort[${i}]`;
    if (typeof s !== 'object' || s === null) fail(`${where} must be an object`);
    if (s.direction !== 'asc' && s.direction !== 'desc')
      fail(`${where}.direction must be "asc" or "desc"`);
    if ('geoPoint' in s) {
      if (schema && !schema.geo)
        fail(
          `${where} sorts by geo point, but the index has no geo points (schema.geo is not set)`,
        );
      if (!isValidLatitude(s.geoPoint?.lat) || !isValidLongitude(s.geoPoint?.lng)) {
        fail(`${where}.geoPoint must be { lat: [-90, 90], lng: [-180, 180] }`);
      }
    } else if (typeof s.field !== 'string') {
      fail(`${where} needs a field or a geoPoint`);
    } else if (schema && !schema.sortable.includes(s.field)) {
      fail(
        `cannot sort on "${s.field}": it is not declared sortable (sortable: ${list(schema.sortable)})`,
      );
    }
  });

  return { text, filter: simplifyFilter(query.filter), sort, limit, offset };
}

/** Validates the arguments of `searchAll` (filter as in `search`, a positive page size). */
export function validateSearchAll(
  indexName: string,
  schema: ResolvedSchema | undefined,
  query: SearchAllQuery,
  options: SearchAllOptions,
): { filter: SimplifiedFilter; pageSize: number; fields: string[] | undefined } {
  const fail = (message: string): never => {
    throw new SearchEngineError('invalid_query', `Index "${indexName}": ${message}`);
  };
  if (typeof query !== 'object' || query === null) fail('query must be an object');
  const pageSize = options?.pageSize ?? DEFAULT_SEARCH_ALL_PAGE_SIZE;
  if (!Number.isSafeInteger(pageSize) || pageSize < 1)
    fail(`pageSize must be a positive integer, got ${String(pageSize)}`);
  if (query.filter !== undefined) validateFilter(schema, query.filter, 'filter', fail);
  if (
    query.fields !== undefined &&
    (!Array.isArray(query.fields) || query.fields.some((f) => typeof f !== 'string' || f === ''))
  ) {
    fail('fields must be an array of field names');
  }
  // `id` first and once: every adapter returns it whatever else is asked.
  const fields = query.fields && ['id', ...new Set(query.fields.filter((f) => f !== 'id'))];
  return { filter: simplifyFilter(query.filter), pageSize, fields };
}

function validateFilter(
  schema: ResolvedSchema | undefined,
  filter: SearchFilter,
  path: string,
  fail: (message: string) => never,
): void {
  if (typeof filter !== 'object' || filter === null) fail(`${path} must be an object`);

  /** The field's type, or `undefined` when the schema is unknown. */
  const fieldOf = (
    f: { field: string },
    allowed: FieldType[],
    hint: string,
  ): FieldType | undefined => {
    if (typeof f.field !== 'string') fail(`${path}.field must be a string`);
    if (!schema) return undefined;
    if (!schema.filterable.includes(f.field)) {
      fail(
        `cannot filter on "${f.field}" (${path}): it is not declared filterable (filterable: ${list(schema.filterable)})`,
      );
    }
    const type = schema.fields[f.field];
    if (!allowed.includes(type))
      fail(`${path}: "${filter.op}" does not apply to "${f.field}" of type ${type}; ${hint}`);
    return type;
  };
  const checkValue = (type: FieldType | undefined, value: unknown, what: string) => {
    const ok = type ? isValueOfType(type, value) : isFieldValue(value);
    if (!ok) fail(`${path}: ${what} must be ${describeType(type)}, got ${JSON.stringify(value)}`);
  };
  const checkArray = (values: unknown): values is unknown[] => {
    if (!Array.isArray(values)) fail(`${path}.values must be an array`);
    return true;
  };

  switch (filter.op) {
    case 'eq':
    case 'neq': {
      const type = fieldOf(
        filter,
        ['string', 'number', 'boolean'],
        'use containsAny/containsAll on string[] fields',
      );
      checkValue(type, filter.value, 'value');
      return;
    }
    case 'in': {
      const type = fieldOf(
        filter,
        ['string', 'number', 'boolean'],
        'use containsAny on string[] fields',
      );
      if (checkArray(filter.values))
        filter.values.forEach((v, i) => checkValue(type, v, `values[${i}]`));
      return;
    }
    case 'gt':
    case 'gte':
    case 'lt':
    case 'lte':
      fieldOf(filter, ['number'], 'range filters apply to number fields (store dates as numbers)');
      checkValue('number', filter.value, 'value');
      return;
    case 'containsAll':
    case 'containsAny':
      fieldOf(filter, ['string[]'], 'use eq/in on scalar fields');
      if (checkArray(filter.values))
        filter.values.forEach((v, i) => checkValue('string', v, `values[${i}]`));
      return;
    case 'geoRadius':
      if (schema && !schema.geo)
        fail(`${path}: geoRadius needs geo points, but schema.geo is not set`);
      if (!isValidLatitude(filter.lat)) fail(`${path}: lat must be a number in [-90, 90]`);
      if (!isValidLongitude(filter.lng)) fail(`${path}: lng must be a number in [-180, 180]`);
      if (
        typeof filter.radiusMeters !== 'number' ||
        !Number.isFinite(filter.radiusMeters) ||
        filter.radiusMeters < 0
      ) {
        fail(`${path}: radiusMeters must be a non-negative finite number`);
      }
      return;
    case 'and':
    case 'or':
      if (!Array.isArray(filter.filters)) fail(`${path}.filters must be an array`);
      filter.filters.forEach((f, i) => validateFilter(schema, f, `${path}.filters[${i}]`, fail));
      return;
    default:
      fail(`${path}: unknown filter op ${JSON.stringify((filter as { op?: unknown }).op)}`);
  }
}

function isFieldValue(value: unknown): value is FieldValue {
  return (
    typeof value === 'string' ||
    typeof value === 'boolean' ||
    (typeof value === 'number' && Number.isFinite(value))
  );
}

function describeType(type: FieldType | undefined): string {
  if (type === undefined) return 'a string, a finite number or a boolean';
  return type === 'number' ? 'a finite number' : `a ${type}`;
}

function list(fields: readonly string[]): string {
  return fields.length === 0 ? '(none)' : fields.join(', ');
}
