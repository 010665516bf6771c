import type { GeoPoint } from '../search-engine.port';
import { boundingBox } from '../core/geo';
import { normalizeFilterString } from '../core/query';
import type { FieldType, FieldValue, SearchFilter } from '../search-engine.port';

/** An Orama `where` clause. Each object holds exactly one key (one property, or `and` / `or`). */
export type OramaWhere = { [key: string]: unknown };

/**
 * A `where` clause for Orama plus whether it is exact. When it is not exact it is a superset: every
 * document matching the filter also matches the clause, and the adapter must test the candidates
 * with the reference semantics (`matchesFilter`). `where: undefined` means "no constraint".
 */
export interface WherePlan {
  where: OramaWhere | undefined;
  exact: boolean;
}

export interface WhereContext {
  fieldType(field: string): FieldType;
  /** True when every document in the index has a value for the field (so `nin` is exact). */
  isComplete(field: string): boolean;
}

/** Orama property names derived from the schema's field names (which are plain identifiers). */
export const oramaProperty = {
  text: (field: string) => `text__${field}`,
  filter: (field: string) => `filter__${field}`,
  /** Grid cell of the geo point, one property per level of `GEO_CELL_LEVELS`. */
  geoCell: (level: number) => `geo__cell${level}`,
} as const;

/** Cell sizes in degrees, finest first: 0.1° (about 11 × 7 km in the Netherlands) and 1°. */
export const GEO_CELL_LEVELS: readonly number[] = [0.1, 1];
/** A radius needing more cells than this at every level is not pre-filtered (the exact test still runs). */
const MAX_GEO_CELLS = 400;

export function geoCellKey(level: number, point: GeoPoint): string {
  const size = GEO_CELL_LEVELS[level];
  return `${Math.floor(point.lat / size)}:${Math.floor(point.lng / size)}`;
}

/**
 * Translates a (simplified) `SearchFilter` into an Orama `where` clause, using only the Orama 3.1
 * indexes that stay correct when documents are removed and re-inserted (every upsert does that).
 * Checked against Orama 3.1.18's source and by randomised tests (embedded-search-engine.spec.ts):
 *
 * - sound: `enum` / `enum[]` (a Map of value → ids), `boolean` (two id sets), `string` (radix tree, text).
 * - unsound after removals: `number` (AVL tree: `removeNode` loses the re-balanced subtree when the
 *   removed node has two children, so deleted documents come back and live ones disappear from range
 *   queries) and `geopoint` (BKD tree: `deleteNode` drops the right subtree of a node with two
 *   children). Neither is used.
 *
 * Hence:
 * - `eq`/`in`/`neq` on strings and numbers → `enum` properties (`eq`, `in`, `nin`). String values are
 *   lower-cased on both sides because Meilisearch compares them case-insensitively. Plain `string`
 *   properties would not do: Orama tokenizes them, so `where` becomes a word match.
 * - booleans → `{ prop: true|false }`; `containsAll`/`containsAny` → `enum[]`.
 * - `and`/`or` → Orama's `and`/`or` arrays (never an empty one: Orama answers `and: []` with nothing).
 *
 * Not expressed exactly, so decided by the adapter on Orama's candidates (`matchesFilter`):
 * - numeric ranges (`gt`/`gte`/`lt`/`lte`): no constraint is pushed (the AVL tree is unsound, see above).
 * - `geoRadius`: pushed as "grid cell in [cells covering the circle's bounding box]" (a superset);
 *   the exact great-circle test runs in the adapter.
 * - `neq` while some document lacks the field: Meilisearch's `!=` also matches documents without the
 *   field, Orama's `nin` only sees indexed values, and Orama's `not` is unusable (it complements
 *   against every internal id ever assigned, so it returns deleted documents). No constraint is pushed.
 * - an `or` with any branch that has no constraint: no constraint for the whole `or`.
 */
export function planWhere(filter: SearchFilter, context: WhereContext): WherePlan {
  switch (filter.op) {
    case 'eq':
      return exact(equals(filter.field, filter.value, context));
    case 'neq': {
      if (!context.isComplete(filter.field)) return inexact(undefined);
      const property = oramaProperty.filter(filter.field);
      if (context.fieldType(filter.field) === 'boolean') return exact({ [property]: !filter.value });
      return exact({ [property]: { nin: [enumValue(filter.value)] } });
    }
    case 'in': {
      if (context.fieldType(filter.field) === 'boolean') {
        const alternatives = filter.values.map((v) => equals(filter.field, v, context));
        return exact(alternatives.length === 1 ? alternatives[0] : { or: alternatives });
      }
      return exact({ [oramaProperty.filter(filter.field)]: { in: filter.values.map(enumValue) } });
    }
    case 'gt':
    case 'gte':
    case 'lt':
    case 'lte':
      return inexact(undefined);
    case 'containsAll':
    case 'containsAny':
      return exact({ [oramaProperty.filter(filter.field)]: { [filter.op]: filter.values.map(normalizeFilterString) } });
    case 'geoRadius':
      return inexact(geoCells({ lat: filter.lat, lng: filter.lng }, filter.radiusMeters));
    case 'and': {
      const plans = filter.filters.map((f) => planWhere(f, context));
      const wheres = plans.map((p) => p.where).filter((w): w is OramaWhere => w !== undefined);
      const allExact = plans.every((p) => p.exact);
      if (wheres.length === 0) return { where: undefined, exact: allExact };
      return { where: wheres.length === 1 ? wheres[0] : { and: wheres }, exact: allExact };
    }
    case 'or': {
      const plans = filter.filters.map((f) => planWhere(f, context));
      if (plans.some((p) => p.where === undefined)) return inexact(undefined);
      return { where: { or: plans.map((p) => p.where) }, exact: plans.every((p) => p.exact) };
    }
  }
}

/** "Grid cell in [...]" at the finest level where the circle's bounding box needs few enough cells. */
function geoCells(center: GeoPoint, radiusMeters: number): OramaWhere | undefined {
  const box = boundingBox(center, radiusMeters);
  if (!box) return undefined;
  for (let level = 0; level < GEO_CELL_LEVELS.length; level++) {
    const size = GEO_CELL_LEVELS[level];
    const [lat0, lat1] = [Math.floor(box.minLat / size), Math.floor(box.maxLat / size)];
    const [lng0, lng1] = [Math.floor(box.minLng / size), Math.floor(box.maxLng / size)];
    if ((lat1 - lat0 + 1) * (lng1 - lng0 + 1) > MAX_GEO_CELLS) continue;
    const cells: string[] = [];
    for (let lat = lat0; lat <= lat1; lat++) for (let lng = lng0; lng <= lng1; lng++) cells.push(`${lat}:${lng}`);
    return { [oramaProperty.geoCell(level)]: { in: cells } };
  }
  return undefined;
}

function equals(field: string, value: FieldValue, context: WhereContext): OramaWhere {
  const property = oramaProperty.filter(field);
  if (context.fieldType(field) === 'boolean') return { [property]: value };
  return { [property]: { eq: enumValue(value) } };
}

/** The value as stored in an `enum` property: strings lower-cased, numbers as they are. */
export function enumValue(value: FieldValue): string | number {
  return typeof value === 'string' ? normalizeFilterString(value) : (value as number);
}

function exact(where: OramaWhere): WherePlan {
  return { where, exact: true };
}

function inexact(where: OramaWhere | undefined): WherePlan {
  return { where, exact: false };
}

/** How many documents hold each value of each `enum`/`enum[]`/`boolean` property (for `estimateMatches`). */
export type ValueCounts = Map<string, Map<unknown, number>>;

/**
 * An upper-bound-ish estimate of how many documents a `where` clause selects, from value counts:
 * `eq`/boolean → the value's count, `in`/`containsAny`/`or` → the sum, `containsAll`/`and` → the minimum.
 */
export function estimateMatches(where: OramaWhere, counts: ValueCounts, total: number): number {
  const [key] = Object.keys(where);
  const operation = where[key];
  if (key === 'and') return Math.min(total, ...(operation as OramaWhere[]).map((w) => estimateMatches(w, counts, total)));
  if (key === 'or') return Math.min(total, (operation as OramaWhere[]).reduce((sum, w) => sum + estimateMatches(w, counts, total), 0));
  const values = counts.get(key);
  const countOf = (value: unknown) => values?.get(value) ?? 0;
  if (typeof operation === 'boolean') return countOf(operation);
  const [op] = Object.keys(operation as object);
  const argument = (operation as Record<string, unknown>)[op];
  switch (op) {
    case 'eq':
      return countOf(argument);
    case 'in':
    case 'containsAny':
      return Math.min(total, (argument as unknown[]).reduce<number>((sum, v) => sum + countOf(v), 0));
    case 'containsAll':
      return Math.min(total, ...(argument as unknown[]).map(countOf));
    case 'nin':
      return Math.max(0, total - (argument as unknown[]).reduce<number>((sum, v) => sum + countOf(v), 0));
    default:
      return total;
  }
}
