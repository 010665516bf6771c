import { createHash } from 'node:crypto';
import { boundingBox, EARTH_RADIUS_METERS, innerBox } from '../core/geo';
import { filterValueOf, normalizeFilterString } from '../core/query';
import type { ResolvedSchema } from '../core/schema';
import { isValueOfType } from '../core/schema';
import type { FieldType, FieldValue, GeoPoint, SearchFilter } from '../search-engine.port';

/** The text search configuration: Dutch stemming and stop words (the platform's texts are Dutch). */
export const TEXT_CONFIG = 'dutch';

/** Collects query parameters and hands out their typed placeholders (`$3::text`). */
export class SqlParams {
  readonly values: unknown[] = [];

  add(value: unknown, cast: string): string {
    this.values.push(value);
    return `$${this.values.length}::${cast}`;
  }
}

/** A quoted SQL identifier; names are checked by the schema rules, quoting keeps their case. */
export function quoteIdentifier(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/**
 * The table of an index: `search_<name>`, shortened with a hash when the name would pass Postgres'
 * 63-byte identifier limit (index names may have 400 characters).
 */
export function tableName(index: string): string {
  const plain = `search_${index}`;
  if (plain.length <= 50) return plain;
  return `search_${index.slice(0, 28)}_${createHash('sha256').update(index).digest('hex').slice(0, 12)}`;
}

/**
 * The table of an index's documents and text vectors, beside its filter table (`tableName`): filters then read a
 * narrow table (a few dozen bytes a row) instead of stepping over every document. `:` cannot occur in an index name.
 */
export function documentTableName(table: string): string {
  return `${table}:doc`;
}

/** The typed column of a filterable or sortable field: strings lower-cased (filters compare case-insensitively). */
export function fieldColumn(field: string): string {
  return quoteIdentifier(`f_${field}`);
}

const COLUMN_TYPES: Record<FieldType, string> = {
  string: 'text',
  number: 'float8',
  boolean: 'boolean',
  'string[]': 'text[]',
};

/** The fields that get a typed column: every filterable or sortable one. */
export function columnFields(schema: ResolvedSchema): string[] {
  return [...new Set([...schema.filterable, ...schema.sortable])];
}

/**
 * The two tables of an index and the indexes that answer the platform's query shapes. The filter table holds a
 * typed column per filterable or sortable field and the geo point, with a btree per scalar field (equality, ranges,
 * sort), GIN on `string[]` fields (`@>` / `&&`) and GiST on the point (a bounding box narrows a radius before the
 * exact distance); the document table holds the documents and the text vector (GIN).
 */
export function createTableSql(table: string, schema: ResolvedSchema): string {
  const t = quoteIdentifier(table);
  const d = quoteIdentifier(documentTableName(table));
  const columns = [
    'id text PRIMARY KEY',
    // Order of first insertion, kept on replace: the order without a sort (as Meilisearch keeps its internal id).
    'seq bigserial NOT NULL',
    ...columnFields(schema).map((f) => `${fieldColumn(f)} ${COLUMN_TYPES[schema.fields[f]]}`),
    ...(schema.geo ? ['lat float8', 'lng float8'] : []),
  ];
  const statements = [
    `CREATE TABLE ${t} (${columns.join(', ')})`,
    `CREATE TABLE ${d} (id text PRIMARY KEY, doc jsonb NOT NULL${schema.searchable.length > 0 ? ', tsv tsvector' : ''})`,
  ];
  for (const field of columnFields(schema)) {
    const method = schema.fields[field] === 'string[]' ? 'gin' : 'btree';
    statements.push(`CREATE INDEX ON ${t} USING ${method} (${fieldColumn(field)})`);
  }
  if (schema.geo) {
    // Named, and marked as the table's order, for `CLUSTER` (see `PostgresSearchEngine.analyzeIfStale`).
    const geoIndex = quoteIdentifier(`${table}_geo`);
    statements.push(
      `CREATE INDEX ${geoIndex} ON ${t} USING gist (point(lng, lat))`,
      `ALTER TABLE ${t} CLUSTER ON ${geoIndex}`,
    );
  }
  if (schema.searchable.length > 0) statements.push(`CREATE INDEX ON ${d} USING gin (tsv)`);
  return statements.join(';\n');
}

/** Removes diacritics so that "België" and "Belgie" are one word (Postgres' `unaccent` is an extension). */
export function foldDiacritics(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

type Document = { id: string } & Record<string, unknown>;

/**
 * One document as the row that `upsertSql` reads from JSON: the document itself, the typed column
 * values (a value that does not fit the schema counts as missing) and the folded text per searchable field.
 */
export function toRow(schema: ResolvedSchema, document: Document): Record<string, unknown> {
  const row: Record<string, unknown> = { id: document.id, doc: document };
  for (const field of columnFields(schema)) {
    const value = filterValueOf(schema.fields[field], document[field]);
    if (value !== undefined) row[`f_${field}`] = value;
  }
  if (schema.geo) {
    const geo = document['_geo'] as { lat?: unknown; lng?: unknown } | null | undefined;
    if (typeof geo?.lat === 'number' && typeof geo.lng === 'number') {
      row['lat'] = geo.lat;
      row['lng'] = geo.lng;
    }
  }
  schema.searchable.forEach((field, i) => {
    const value = document[field];
    if (!isValueOfType(schema.fields[field], value)) return;
    row[`t_${i}`] = foldDiacritics(Array.isArray(value) ? value.join(' ') : String(value));
  });
  return row;
}

/** The weights of the searchable fields, most important first (Postgres has four: A-D). */
const WEIGHTS = ['A', 'B', 'C', 'D'];

/**
 * Inserts or replaces a batch of rows given as one JSON array parameter (`$1`) in both tables of an index: one
 * statement, so a batch is applied whole or not at all. A replaced document keeps its `seq`.
 */
export function upsertSql(table: string, schema: ResolvedSchema): string {
  const fields = columnFields(schema);
  const recordColumns = [
    'id text',
    'doc jsonb',
    ...fields.map((f) => `${fieldColumn(f)} ${COLUMN_TYPES[schema.fields[f]]}`),
    ...(schema.geo ? ['lat float8', 'lng float8'] : []),
    ...schema.searchable.map((_, i) => `t_${i} text`),
  ];
  const filterTargets = ['id', ...fields.map(fieldColumn), ...(schema.geo ? ['lat', 'lng'] : [])];
  const documentTargets = ['id', 'doc'];
  const documentValues = ['r.id', 'r.doc'];
  if (schema.searchable.length > 0) {
    documentTargets.push('tsv');
    documentValues.push(
      schema.searchable
        .map(
          (_, i) =>
            `setweight(to_tsvector('${TEXT_CONFIG}', coalesce(r.t_${i}, '')), '${WEIGHTS[Math.min(i, WEIGHTS.length - 1)]}')`,
        )
        .join(' || '),
    );
  }
  const onConflict = (targets: string[]) => {
    const updates = targets.filter((c) => c !== 'id').map((c) => `${c} = excluded.${c}`);
    return updates.length > 0
      ? `ON CONFLICT (id) DO UPDATE SET ${updates.join(', ')}`
      : 'ON CONFLICT (id) DO NOTHING';
  };
  return (
    `WITH r AS (SELECT * FROM jsonb_to_recordset($1::jsonb) AS r(${recordColumns.join(', ')})), ` +
    `documents AS (INSERT INTO ${quoteIdentifier(documentTableName(table))} (${documentTargets.join(', ')}) ` +
    `SELECT ${documentValues.join(', ')} FROM r ${onConflict(documentTargets)}) ` +
    `INSERT INTO ${quoteIdentifier(table)} (${filterTargets.join(', ')}) SELECT ${filterTargets.map((c) => `r.${c}`).join(', ')} FROM r ${onConflict(filterTargets)}`
  );
}

/** A tsquery for "every word, each as a word or word prefix"; `undefined` when the text has no words. */
export function textQuery(text: string): string | undefined {
  const words = foldDiacritics(text)
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
  return words.length === 0 ? undefined : words.map((w) => `'${w}':*`).join(' & ');
}

/**
 * The great-circle distance in meters of the row's point to `center`, computed as `haversineMeters`
 * does (same formula and radius, rounded to the millimetre), so that `geoRadius` agrees with the
 * other adapters.
 */
export function distanceSql(center: GeoPoint, params: SqlParams): string {
  const lat = params.add(center.lat, 'float8');
  const lng = params.add(center.lng, 'float8');
  const h = `(1 - cos(radians(lat) - radians(${lat}))) / 2 + cos(radians(${lat})) * cos(radians(lat)) * (1 - cos(radians(lng - ${lng}))) / 2`;
  // NULL without a point (greatest/least would skip the NULL and make it 0 m).
  return `CASE WHEN lat IS NULL OR lng IS NULL THEN NULL ELSE round(2 * ${EARTH_RADIUS_METERS} * asin(sqrt(least(1, greatest(0, ${h})))) * 1000) / 1000 END`;
}

/**
 * A (simplified) filter as a SQL condition on the index table, with Meilisearch's semantics: a
 * missing value (NULL) never matches `eq`/`in`/range/contains/geo, and `neq` is `IS DISTINCT FROM`,
 * so it does match documents without the field.
 */
export function filterSql(filter: SearchFilter, schema: ResolvedSchema, params: SqlParams): string {
  switch (filter.op) {
    case 'eq':
    case 'neq': {
      const column = fieldColumn(filter.field);
      const value = scalarParam(schema.fields[filter.field], filter.value, params);
      return filter.op === 'eq' ? `${column} = ${value}` : `${column} IS DISTINCT FROM ${value}`;
    }
    case 'in': {
      const type = schema.fields[filter.field];
      const values = filter.values.map((v) =>
        typeof v === 'string' ? normalizeFilterString(v) : v,
      );
      return `${fieldColumn(filter.field)} = ANY(${params.add(values, `${COLUMN_TYPES[type]}[]`)})`;
    }
    case 'gt':
    case 'gte':
    case 'lt':
    case 'lte': {
      const operator = { gt: '>', gte: '>=', lt: '<', lte: '<=' }[filter.op];
      return `${fieldColumn(filter.field)} ${operator} ${params.add(filter.value, 'float8')}`;
    }
    case 'containsAll':
    case 'containsAny': {
      const values = [...new Set(filter.values.map(normalizeFilterString))];
      return `${fieldColumn(filter.field)} ${filter.op === 'containsAll' ? '@>' : '&&'} ${params.add(values, 'text[]')}`;
    }
    case 'geoRadius': {
      const center = { lat: filter.lat, lng: filter.lng };
      const exact = `${distanceSql(center, params)} <= ${params.add(filter.radiusMeters, 'float8')}`;
      const box = boundingBox(center, filter.radiusMeters);
      if (!box) return exact;
      const corner = (lng: number, lat: number) =>
        `point(${params.add(lng, 'float8')}, ${params.add(lat, 'float8')})`;
      const boxSql = (b: { minLat: number; maxLat: number; minLng: number; maxLng: number }) =>
        `box(${corner(b.minLng, b.minLat)}, ${corner(b.maxLng, b.maxLat)})`;
      // The box (GiST) narrows the rows before the trigonometry, which a point inside the circle's inner box skips.
      const inner = innerBox(center, filter.radiusMeters);
      return `(point(lng, lat) <@ ${boxSql(box)} AND ${inner ? `(point(lng, lat) <@ ${boxSql(inner)} OR ${exact})` : exact})`;
    }
    case 'and':
    case 'or':
      return `(${filter.filters.map((f) => filterSql(f, schema, params)).join(filter.op === 'and' ? ' AND ' : ' OR ')})`;
  }
}

/** The document cut down to these top-level fields; a field it lacks stays absent (not `null`). */
export function pickFieldsSql(fields: string[], params: SqlParams): string {
  return `(SELECT jsonb_object_agg(key, value) FROM jsonb_each(doc) WHERE key = ANY(${params.add(fields, 'text[]')}))`;
}

function scalarParam(type: FieldType, value: FieldValue, params: SqlParams): string {
  if (type === 'string') return params.add(normalizeFilterString(String(value)), 'text');
  return params.add(value, COLUMN_TYPES[type]);
}
