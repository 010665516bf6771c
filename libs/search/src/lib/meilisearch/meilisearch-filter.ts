import type { FieldValue, SearchFilter, SearchSort } from '../search-engine.port';
import { SearchEngineError } from '../search-engine.port';

/**
 * Quotes a string for a Meilisearch filter expression: double quotes, with `\` and `"` escaped by a
 * backslash (Meilisearch >= 1.4 unescapes `\\` and `\"` inside quoted values).
 */
export function quoteFilterString(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/** A number as Meilisearch's filter grammar reads it (finite only; `-0` becomes `0`). */
export function formatFilterNumber(value: number): string {
  if (!Number.isFinite(value)) {
    throw new SearchEngineError(
      'invalid_query',
      `Cannot use ${value} in a filter: numbers must be finite`,
    );
  }
  return Object.is(value, -0) ? '0' : String(value);
}

function formatValue(value: FieldValue): string {
  if (typeof value === 'string') return quoteFilterString(value);
  if (typeof value === 'number') return formatFilterNumber(value);
  return value ? 'true' : 'false';
}

const COMPARATORS = { eq: '=', neq: '!=', gt: '>', gte: '>=', lt: '<', lte: '<=' } as const;

/**
 * Translates a `SearchFilter` into a Meilisearch filter expression, e.g.
 * `status = "open" AND (regionCode = "AM13" OR _geoRadius(52.09, 5.12, 45000))`.
 *
 * Field names are emitted unquoted: the schema only allows plain identifiers. Pass a filter through
 * `simplifyFilter` first: empty `in`/`containsAny`/`containsAll`/`and`/`or` lists are rejected here
 * because Meilisearch has no literal for "true"/"false".
 */
export function toMeilisearchFilter(filter: SearchFilter): string {
  switch (filter.op) {
    case 'eq':
    case 'neq':
    case 'gt':
    case 'gte':
    case 'lt':
    case 'lte':
      return `${filter.field} ${COMPARATORS[filter.op]} ${formatValue(filter.value)}`;
    case 'in':
      requireValues(filter);
      return `${filter.field} IN [${filter.values.map(formatValue).join(', ')}]`;
    case 'containsAny':
      requireValues(filter);
      // On an array field `IN` matches documents holding at least one of the values.
      return `${filter.field} IN [${filter.values.map(formatValue).join(', ')}]`;
    case 'containsAll':
      requireValues(filter);
      // On an array field `=` matches documents holding the value; all of them: one condition each.
      return filter.values.map((v) => `${filter.field} = ${formatValue(v)}`).join(' AND ');
    case 'geoRadius':
      return `_geoRadius(${formatFilterNumber(filter.lat)}, ${formatFilterNumber(filter.lng)}, ${formatFilterNumber(filter.radiusMeters)})`;
    case 'and':
    case 'or': {
      if (filter.filters.length === 0) {
        throw new SearchEngineError(
          'invalid_query',
          `Empty "${filter.op}" cannot be expressed; simplify the filter first`,
        );
      }
      const joiner = filter.op === 'and' ? ' AND ' : ' OR ';
      return filter.filters.map((child) => parenthesize(child)).join(joiner);
    }
  }
}

/** Children that are themselves combinations (and so are multi-value containsAll) get parentheses. */
function parenthesize(child: SearchFilter): string {
  const expression = toMeilisearchFilter(child);
  const compound =
    child.op === 'and' ||
    child.op === 'or' ||
    (child.op === 'containsAll' && child.values.length > 1);
  return compound ? `(${expression})` : expression;
}

function requireValues(filter: { op: string; values: unknown[] }): void {
  if (filter.values.length === 0) {
    throw new SearchEngineError(
      'invalid_query',
      `Empty "${filter.op}" cannot be expressed; simplify the filter first`,
    );
  }
}

/** Translates the port's sort into Meilisearch sort rules (`field:asc`, `_geoPoint(lat, lng):asc`). */
export function toMeilisearchSort(sort: SearchSort[]): string[] {
  return sort.map((s) =>
    'geoPoint' in s
      ? `_geoPoint(${formatFilterNumber(s.geoPoint.lat)}, ${formatFilterNumber(s.geoPoint.lng)}):${s.direction}`
      : `${s.field}:${s.direction}`,
  );
}
