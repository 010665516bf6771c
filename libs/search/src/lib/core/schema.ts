import type { FieldType, IndexSchema } from '../search-engine.port';
import { SearchEngineError } from '../search-engine.port';
import { isValidLatitude, isValidLongitude } from './geo';

/** An `IndexSchema` after validation: `id` declared, `geo` a boolean, lists copied. */
export interface ResolvedSchema {
  readonly name: string;
  readonly fields: Readonly<Record<string, FieldType>>;
  readonly geo: boolean;
  readonly searchable: readonly string[];
  readonly filterable: readonly string[];
  readonly sortable: readonly string[];
}

/** Meilisearch index uid rules: alphanumerics, `-` and `_`, at most 400 bytes. */
const INDEX_NAME = /^[A-Za-z0-9_-]{1,400}$/;
/** Meilisearch document id rules: alphanumerics, `-` and `_`, at most 511 bytes. */
const DOCUMENT_ID = /^[A-Za-z0-9_-]{1,511}$/;
/**
 * Field names stay plain identifiers so that they can be written unquoted in Meilisearch filter
 * and sort expressions (a `.` would address a nested field, a leading `_` is reserved for `_geo` & co).
 */
const FIELD_NAME = /^[A-Za-z][A-Za-z0-9_]{0,127}$/;
/** Words of the Meilisearch filter grammar; a field with such a name would be ambiguous in an expression. */
const FILTER_KEYWORDS = new Set([
  'and',
  'or',
  'not',
  'to',
  'exists',
  'in',
  'is',
  'null',
  'empty',
  'contains',
  'starts',
  'with',
]);
const FIELD_TYPES: ReadonlySet<string> = new Set<FieldType>([
  'string',
  'number',
  'boolean',
  'string[]',
]);

export function assertIndexName(name: unknown): asserts name is string {
  if (typeof name !== 'string' || !INDEX_NAME.test(name)) {
    throw new SearchEngineError(
      'invalid_schema',
      `Invalid index name ${JSON.stringify(name)}: use 1-400 letters, digits, "-" or "_".`,
    );
  }
}

export function resolveSchema(schema: IndexSchema): ResolvedSchema {
  const fail = (message: string): never => {
    throw new SearchEngineError('invalid_schema', `Index schema "${schema?.name}": ${message}`);
  };
  if (typeof schema !== 'object' || schema === null) fail('schema must be an object');
  assertIndexName(schema.name);
  if (typeof schema.fields !== 'object' || schema.fields === null)
    fail('"fields" must be an object');

  const fields: Record<string, FieldType> = { id: 'string' };
  for (const [field, type] of Object.entries(schema.fields)) {
    if (!FIELD_NAME.test(field)) {
      fail(
        `field name "${field}" must be a plain identifier (letter first, then letters, digits or "_")`,
      );
    }
    if (FILTER_KEYWORDS.has(field.toLowerCase())) fail(`field name "${field}" is a filter keyword`);
    if (!FIELD_TYPES.has(type)) fail(`field "${field}" has unknown type ${JSON.stringify(type)}`);
    if (field === 'id' && type !== 'string') fail('field "id" must be of type "string"');
    fields[field] = type;
  }

  const list = (
    key: 'searchable' | 'filterable' | 'sortable',
    allowed: (type: FieldType) => boolean,
    what: string,
  ) => {
    const value = schema[key];
    if (!Array.isArray(value)) return fail(`"${key}" must be an array of field names`);
    const seen = new Set<string>();
    for (const field of value) {
      if (field === '_geo') fail(`"${key}" lists "_geo": set "geo: true" instead`);
      const type = fields[field];
      if (type === undefined) fail(`"${key}" lists "${field}", which is not declared in "fields"`);
      if (!allowed(type)) fail(`"${key}" lists "${field}" of type ${type}; ${what}`);
      if (seen.has(field)) fail(`"${key}" lists "${field}" twice`);
      seen.add(field);
    }
    return [...value];
  };

  return {
    name: schema.name,
    fields,
    geo: schema.geo === true,
    searchable: list(
      'searchable',
      (t) => t === 'string' || t === 'string[]',
      'only string and string[] fields are searchable',
    ),
    filterable: list('filterable', () => true, ''),
    sortable: list('sortable', (t) => t !== 'string[]', 'only scalar fields are sortable'),
  };
}

/** Order-insensitive identity of a schema, to tell whether `ensureIndex` changes anything. */
export function schemaFingerprint(schema: ResolvedSchema): string {
  const fields = Object.keys(schema.fields)
    .sort()
    .map((f) => [f, schema.fields[f]]);
  return JSON.stringify([
    schema.name,
    fields,
    schema.geo,
    schema.searchable,
    [...schema.filterable].sort(),
    [...schema.sortable].sort(),
  ]);
}

export function isValueOfType(type: FieldType, value: unknown): boolean {
  switch (type) {
    case 'string':
      return typeof value === 'string';
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'boolean':
      return typeof value === 'boolean';
    case 'string[]':
      return Array.isArray(value) && value.every((v) => typeof v === 'string');
  }
}

/**
 * Checks documents against the schema before anything is written, so a batch is applied whole or not
 * at all. Declared fields may be absent or `null`; present values must have the declared type.
 */
export function validateDocuments(
  schema: ResolvedSchema,
  documents: unknown,
): asserts documents is Array<{ id: string } & Record<string, unknown>> {
  const fail = (index: number, message: string): never => {
    throw new SearchEngineError(
      'invalid_document',
      `Index "${schema.name}", document #${index}: ${message}`,
    );
  };
  if (!Array.isArray(documents)) {
    throw new SearchEngineError(
      'invalid_document',
      `Index "${schema.name}": documents must be an array`,
    );
  }
  documents.forEach((doc: unknown, i) => {
    if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) fail(i, 'must be an object');
    const record = doc as Record<string, unknown>;
    if (typeof record['id'] !== 'string' || !DOCUMENT_ID.test(record['id'])) {
      fail(
        i,
        `id ${JSON.stringify(record['id'])} must be a string of 1-511 letters, digits, "-" or "_"`,
      );
    }
    for (const [field, type] of Object.entries(schema.fields)) {
      const value = record[field];
      if (value === undefined || value === null) continue;
      if (!isValueOfType(type, value))
        fail(
          i,
          `field "${field}" must be ${type === 'number' ? 'a finite number' : `of type ${type}`}`,
        );
    }
    if (schema.geo && record['_geo'] !== undefined && record['_geo'] !== null) {
      const geo = record['_geo'];
      const { lat, lng } = (typeof geo === 'object' ? geo : {}) as Record<string, unknown>;
      if (!isValidLatitude(lat) || !isValidLongitude(lng)) {
        fail(i, '"_geo" must be { lat: number in [-90, 90], lng: number in [-180, 180] }');
      }
    }
  });
}
