import fc from 'fast-check';
import { ContractRoute, exampleOf, OpenApiSchema, valueKind } from './openapi';
import { UUID_PATTERN } from '@bridge/contracts';

/** What a generated case does wrong (or at the edge): the classes the report counts by. */
export type FuzzClass =
  | 'wrong-type'
  | 'missing-field'
  | 'unknown-field'
  | 'proto-key'
  | 'empty-string'
  | 'long-string'
  | 'nul-character'
  | 'control-characters'
  | 'lone-surrogate'
  | 'random-string'
  | 'bad-format'
  | 'bad-date'
  | 'bad-enum'
  | 'malformed-id'
  | 'huge-number'
  | 'negative-number'
  | 'fractional-number'
  | 'out-of-range'
  | 'boundary'
  | 'random-number'
  | 'long-array'
  | 'deep-nesting'
  | 'malformed-json'
  | 'non-object-body'
  | 'body-on-bodiless'
  | 'repeated-parameter'
  | 'nested-parameter'
  | 'malformed-encoding'
  | 'tampered-cursor'
  | 'altered-cursor'
  | 'oversized-request';

export type FuzzLocation = 'body' | 'query' | 'path' | 'header';

/** One generated request: a valid base with one thing changed. */
export interface FuzzCase {
  class: FuzzClass;
  location: FuzzLocation;
  /** What a 400 must name in `errors[]`; absent when the request as a whole is wrong (e.g. malformed JSON). */
  field?: string;
  /** Path parameters, percent-encoded as they go on the wire. */
  pathParams: Record<string, string>;
  /** The query string (without `?`), percent-encoded as it goes on the wire. */
  query: string;
  headers: Record<string, string>;
  /** The raw JSON text of the body; absent for no body. */
  body?: string;
  /** Which of the callers allowed on the route sends it (taken modulo their number). */
  caller: number;
  /** What was changed, for the failure report. */
  description: string;
  /** A value a refusal must not quote back. */
  mustNotEcho?: string;
}

/** What a service's spec knows about a route beyond its document: real ids, a body that passes its rules, cursors. */
export interface RouteFixture {
  /** Path parameter values (not encoded); a missing one is a random UUID. */
  pathParams?: Record<string, string>;
  /** The base body; default: the schema's examples. */
  body?: Record<string, unknown>;
}

/** Real `nextCursor`s of the route's list, to tamper with. */
export interface CursorSamples {
  cursors: readonly string[];
}

/** JSON text put into a body as is: what `JSON.stringify` cannot write (`__proto__` keys, 1e400, 10,000 levels). */
class RawJson {
  constructor(readonly text: string) {}
}

type Segment = string | number;
type Replacement = { value: unknown } | { delete: true };

/** Mutation sites are cut off below this depth; the services' DTOs are shallower. */
const MAX_SITE_DEPTH = 4;
export const LONG_STRING_LENGTH = 10_000;
export const NESTING_DEPTH = 10_000;
const LONG = 'x'.repeat(LONG_STRING_LENGTH);
const NIL_UUID = '00000000-0000-0000-0000-000000000000';
const FAR_DATE = '+275760-09-13T00:00:00.000Z';

/** JSON text of `value`, writing `RawJson` parts verbatim. */
export function toJson(value: unknown): string {
  if (value instanceof RawJson) return value.text;
  if (Array.isArray(value)) return `[${value.map(toJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${toJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

export function deeplyNested(kind: 'array' | 'object', depth = NESTING_DEPTH): RawJson {
  return new RawJson(
    kind === 'array'
      ? '['.repeat(depth) + ']'.repeat(depth)
      : '{"a":'.repeat(depth) + '1' + '}'.repeat(depth),
  );
}

/** `object` as JSON with `key` first: a key `JSON.stringify` would not write as an own property. */
function withRawKey(object: unknown, key: string, value: string): RawJson {
  const rest = toJson(
    object && typeof object === 'object' && !Array.isArray(object) ? object : {},
  ).slice(1);
  return new RawJson(`{${JSON.stringify(key)}:${value}${rest === '}' ? '' : ','}${rest}`);
}

function replaceAt(base: unknown, path: readonly Segment[], replacement: Replacement): unknown {
  if (path.length === 0) return 'value' in replacement ? replacement.value : undefined;
  const [head, ...tail] = path;
  const copy = (
    Array.isArray(base) ? [...base] : { ...((base ?? {}) as Record<string, unknown>) }
  ) as Record<Segment, unknown>;
  if (tail.length === 0 && 'delete' in replacement) {
    delete copy[head];
    return copy;
  }
  copy[head] = replaceAt(copy[head], tail, replacement);
  return copy;
}

function valueAt(base: unknown, path: readonly Segment[]): unknown {
  return path.reduce<unknown>(
    (value, segment) => (value as Record<Segment, unknown> | undefined)?.[segment],
    base,
  );
}

/** A short, escaped preview of a value for the report. */
export function preview(value: unknown): string {
  const text =
    value instanceof RawJson ? value.text : typeof value === 'string' ? value : toJson(value);
  const escaped = JSON.stringify(text.length > 48 ? text.slice(0, 48) : text).slice(1, -1);
  return text.length > 48 ? `${escaped}… (${text.length} chars)` : escaped;
}

interface Mutation {
  class: FuzzClass;
  value: unknown;
}

const m = (cls: FuzzClass, ...values: unknown[]): Mutation[] =>
  values.map((value) => ({ class: cls, value }));

const isIdName = (name: string) => /(^id$|Id$)/.test(name);

/** Text with `inserted` put at a generated position of `base`. */
function withInserted(base: string, inserted: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc
    .tuple(inserted, fc.nat({ max: base.length }))
    .map(([text, at]) => base.slice(0, at) + text + base.slice(at));
}

const controlCharacter = fc.constantFrom(
  '\u0001',
  '\u0007',
  '\b',
  '\u001b',
  '\u007f',
  '\u0085',
  '\u009f',
  '\u200e',
  '\u202e',
  '\ufeff',
  '\r\n',
);
const loneSurrogate = fc.constantFrom('\ud800', '\udbff', '\udc00', '\udfff');

const MALFORMED_IDS = [
  'not-a-uuid',
  '0',
  '-1',
  NIL_UUID,
  `${NIL_UUID}0`,
  'g0000000-0000-0000-0000-000000000000',
  "' OR '1'='1",
  '../../etc/passwd',
  LONG,
];
const BAD_DATES = [
  '2026-02-30',
  '2026-13-01',
  '2026-1-5',
  '0000-00-00',
  FAR_DATE,
  '+275760-09-13',
  '-000001-01-01',
  '2026-02-01T00:00:00Z',
  '01-02-2026',
  'tomorrow',
  '9999-99-99',
];

/** The wrong-type values of a kind: everything JSON can carry that is not of it. */
function wrongTypes(kind: string, nullable: boolean): unknown[] {
  const all: [string, unknown][] = [
    ['string', 'x'],
    ['number', 42],
    ['boolean', true],
    ['object', { a: 1 }],
    ['array', ['x']],
  ];
  const same = kind === 'integer' ? 'number' : kind === 'enum' ? 'string' : kind;
  return [...all.filter(([k]) => k !== same).map(([, v]) => v), ...(nullable ? [] : [null])];
}

/** The generated bad and boundary values of a field of `schema`. */
function fieldValues(
  schema: OpenApiSchema,
  name: string,
  example: unknown,
): fc.Arbitrary<Mutation> {
  const kind = valueKind(schema);
  const fixed: Mutation[] = m('wrong-type', ...wrongTypes(kind, !!schema.nullable));
  const generated: fc.Arbitrary<Mutation>[] = [];
  const text = typeof example === 'string' ? example : 'x';
  switch (kind) {
    case 'string':
    case 'enum': {
      fixed.push(...m('empty-string', '', '   '), ...m('long-string', LONG));
      if (schema.maxLength !== undefined)
        fixed.push(
          ...m('long-string', 'x'.repeat(schema.maxLength + 1)),
          ...m('boundary', 'x'.repeat(schema.maxLength)),
        );
      if (schema.minLength) fixed.push(...m('boundary', 'x'.repeat(schema.minLength - 1)));
      if (schema.format === 'date') fixed.push(...m('bad-date', ...BAD_DATES));
      if (schema.pattern)
        fixed.push(
          ...m(
            'bad-format',
            `${text}0`,
            text.slice(1),
            text.toLowerCase() === text ? `${text}X` : text.toLowerCase(),
          ),
        );
      if (kind === 'enum')
        fixed.push(
          ...m(
            'bad-enum',
            'x',
            String(schema.enum?.[0]).toUpperCase(),
            ` ${String(schema.enum?.[0])}`,
          ),
        );
      if (isIdName(name)) fixed.push(...m('malformed-id', ...MALFORMED_IDS));
      generated.push(
        withInserted(text, fc.constant('\u0000')).map((value) => ({
          class: 'nul-character' as const,
          value,
        })),
        withInserted(text, controlCharacter).map((value) => ({
          class: 'control-characters' as const,
          value,
        })),
        withInserted(text, loneSurrogate).map((value) => ({
          class: 'lone-surrogate' as const,
          value,
        })),
        fc
          .string({ unit: 'binary', maxLength: 64 })
          .map((value) => ({ class: 'random-string' as const, value })),
      );
      break;
    }
    case 'number':
    case 'integer': {
      const { minimum: min, maximum: max } = schema;
      fixed.push(
        ...m('huge-number', 1e308, 2 ** 53 + 1, 1e21, new RawJson('1e400')),
        ...m('negative-number', -1, -1e308, new RawJson('-0')),
        ...m('fractional-number', 0.5, (typeof example === 'number' ? example : 1) + 0.5, 1e-300),
        ...m('wrong-type', '1', 'NaN'),
      );
      if (min !== undefined) fixed.push(...m('out-of-range', min - 1), ...m('boundary', min));
      if (max !== undefined) fixed.push(...m('out-of-range', max + 1), ...m('boundary', max));
      generated.push(
        fc
          .oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }))
          .map((value) => ({ class: 'random-number' as const, value })),
      );
      break;
    }
    case 'boolean':
      fixed.push(...m('wrong-type', 'true', 'false', 1, 0));
      break;
    case 'array': {
      const item = Array.isArray(example) && example.length ? example[0] : 'x';
      fixed.push(
        ...m('boundary', []),
        ...m(
          'long-array',
          Array.from({ length: 1_000 }, () => item),
        ),
        ...m('wrong-type', [42], [null], [[item]], [{ a: 1 }]),
        ...m('deep-nesting', deeplyNested('array')),
      );
      if (schema.maxItems !== undefined)
        fixed.push(
          ...m(
            'long-array',
            Array.from({ length: schema.maxItems + 1 }, () => item),
          ),
        );
      break;
    }
    case 'object':
      fixed.push(...m('deep-nesting', deeplyNested('object')));
      break;
  }
  return fc.oneof(fc.constantFrom(...fixed), ...generated);
}

/** What a 400 for a value at `path` must name: the field, except where the parser refuses the whole body. */
function expectedField(cls: FuzzClass, path: readonly Segment[]): string | undefined {
  return cls === 'deep-nesting' ? undefined : path.join('.');
}

interface BodySite {
  path: Segment[];
  schema: OpenApiSchema;
  required: boolean;
}

/** Every field of a body schema (nested objects and first array items included), down to `MAX_SITE_DEPTH`. */
function bodySites(schema: OpenApiSchema, example: unknown, path: Segment[] = []): BodySite[] {
  if (path.length >= MAX_SITE_DEPTH) return [];
  const kind = valueKind(schema);
  if (kind === 'object') {
    return Object.entries(schema.properties ?? {}).flatMap(([key, property]) => [
      {
        path: [...path, key],
        schema: property,
        required: !!schema.required?.includes(key),
      },
      ...bodySites(property, valueAt(example, [key]), [...path, key]),
    ]);
  }
  if (kind === 'array' && schema.items && Array.isArray(example) && example.length) {
    return [
      { path: [...path, 0], schema: schema.items, required: true },
      ...bodySites(schema.items, example[0], [...path, 0]),
    ];
  }
  return [];
}

function objectSites(schema: OpenApiSchema, path: Segment[] = []): Segment[][] {
  if (path.length >= MAX_SITE_DEPTH) return [];
  const kind = valueKind(schema);
  if (kind === 'object' && schema.properties)
    return [
      path,
      ...Object.entries(schema.properties).flatMap(([key, property]) =>
        objectSites(property, [...path, key]),
      ),
    ];
  return [];
}

const base64url = (text: string) => Buffer.from(text, 'utf8').toString('base64url');

/**
 * Cursors the list never handed out. `refuse`: garbled, of another shape, a position field
 * missing or of a type or text no position has — a 400 naming `cursor`. The others (another
 * string or number in a field, trailing base64 the decoder drops, an extra field) may be
 * positions after all: they must still never be a 5xx.
 */
export function tamperedCursors(real: readonly string[]): { cursor: string; refuse: boolean }[] {
  const refuse = (cursor: string) => ({ cursor, refuse: true });
  const mayTake = (cursor: string) => ({ cursor, refuse: false });
  const json = (value: unknown) => base64url(JSON.stringify(value));
  const synthetic = [
    ...[
      'garbage',
      '!!!',
      LONG,
      base64url('{}'),
      base64url('null'),
      base64url('[]'),
      base64url('"x"'),
      base64url('1e400'),
      base64url('{"__proto__":{"polluted":true}}'),
      // Deep, yet short enough for a request line (Node refuses one above 16 KiB before the app sees it).
      base64url('['.repeat(1_000) + ']'.repeat(1_000)),
    ].map(refuse),
    // The usual shape with far or odd values: a list keyed by `id` alone may read them as a position.
    ...[
      '',
      json({ createdAt: FAR_DATE, id: NIL_UUID }),
      json({ createdAt: 'not a date', id: 'not-a-uuid' }),
    ].map(mayTake),
  ];
  const altered = real.flatMap((cursor) => {
    let position: Record<string, unknown> = {};
    try {
      position = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as Record<
        string,
        unknown
      >;
    } catch {
      // not JSON: only the textual alterations apply
    }
    const keys = Object.keys(position ?? {});
    const withField = (key: string, value: unknown) => json({ ...position, [key]: value });
    return [
      refuse(cursor.slice(0, -2)),
      refuse(cursor.slice(1)),
      mayTake(`${cursor}A`),
      ...keys.flatMap((key) => [
        ...['', null, {}, [], '\u0000', 'a\ud800'].map((value) => refuse(withField(key, value))),
        refuse(json(Object.fromEntries(Object.entries(position).filter(([k]) => k !== key)))),
        ...[
          FAR_DATE,
          'x',
          LONG.slice(0, 2_000),
          123,
          -1,
          1.5,
          NIL_UUID,
          '1970-01-01T00:00:00.000Z',
          // Past every integer column (a bigint id, say).
          '9'.repeat(30),
          '-1',
        ].map((value) => mayTake(withField(key, value))),
      ]),
      mayTake(json({ ...position, extra: 'x' })),
    ];
  });
  return [...synthetic, ...altered];
}

/** Query values of a parameter, raw (percent-encoded as on the wire). */
function queryValues(
  name: string,
  schema: OpenApiSchema,
  realCursors: readonly string[],
): fc.Arbitrary<{ class: FuzzClass; raw: string; shown?: string }> {
  const kind = valueKind(schema);
  const enc = encodeURIComponent;
  const r = (cls: FuzzClass, ...values: string[]) => values.map((raw) => ({ class: cls, raw }));
  const fixed = [
    ...r('empty-string', ''),
    ...r('long-string', enc(LONG)),
    ...r('nul-character', '%00', `x%00`),
    ...r('control-characters', '%01', '%1B%5B31m', '%0D%0A', '%7F'),
    // A URL cannot carry a lone surrogate: its WTF-8 bytes are invalid UTF-8, as are the others here.
    ...r('malformed-encoding', '%', '%ZZ', '%E0%A4', '%C0%80', '%ED%A0%80', 'x%ED%BF%BF'),
  ];
  if (kind === 'number' || kind === 'integer')
    fixed.push(
      ...r('wrong-type', 'abc', 'NaN', 'Infinity', '0x10', enc(' 1'), '1%2C2'),
      ...r('fractional-number', '1.5', '0.0001'),
      ...r('negative-number', '-1', '-0'),
      ...r('huge-number', '1e400', '99999999999999999999', String(2 ** 53 + 1)),
    );
  if (kind === 'boolean') fixed.push(...r('wrong-type', 'yes', '2', 'TRUE', 'null'));
  if (kind === 'enum')
    fixed.push(...r('bad-enum', 'x', enc(String(schema.enum?.[0]).toUpperCase())));
  if (schema.format === 'date' || /^(from|to)$/.test(name))
    fixed.push(...r('bad-date', ...BAD_DATES.map(enc)));
  if (isIdName(name)) fixed.push(...r('malformed-id', ...MALFORMED_IDS.map(enc)));
  const structural = [
    {
      class: 'repeated-parameter' as const,
      raw: `${enc(String(exampleOf(schema)))}&${enc(name)}=${enc(String(exampleOf(schema)))}`,
    },
  ];
  const tampering =
    name === 'cursor'
      ? [
          fc.constantFrom(
            ...tamperedCursors(realCursors).map(({ cursor, refuse }) => ({
              class: refuse ? ('tampered-cursor' as const) : ('altered-cursor' as const),
              raw: `cursor=${enc(cursor)}`,
              shown: `cursor ${preview(cursor)} (${preview(Buffer.from(cursor, 'base64url').toString('utf8'))})`,
            })),
          ),
        ]
      : [];
  return fc.oneof(
    ...tampering,
    fc.constantFrom(...fixed).map((v) => ({ ...v, raw: `${enc(name)}=${v.raw}` })),
    fc.constantFrom(...structural).map((v) => ({ ...v, raw: `${enc(name)}=${v.raw}` })),
    fc.constantFrom('[]', '[x]', '[__proto__]', '[0][1]').map((suffix) => ({
      class: 'nested-parameter' as const,
      raw: `${enc(name)}${suffix}=1`,
    })),
    fc.string({ maxLength: 64 }).map((text) => ({
      class: 'random-string' as const,
      raw: `${enc(name)}=${enc(text)}`,
    })),
  );
}

/** A path value the answer must not quote back (a DJI number typed into a path, say): any but a short one or a UUID. */
function notToEcho(raw: string): string | undefined {
  let value: string;
  try {
    value = decodeURIComponent(raw);
  } catch {
    value = raw;
  }
  return value.trim().length >= 4 && !UUID_PATTERN.test(value) ? value : undefined;
}

const PATH_VALUES: { class: FuzzClass; raw: string }[] = [
  { class: 'malformed-id', raw: '1234567' },
  ...MALFORMED_IDS.map((id) => ({
    class: 'malformed-id' as const,
    raw: encodeURIComponent(id),
  })),
  { class: 'nul-character', raw: '%00' },
  { class: 'nul-character', raw: `${NIL_UUID.slice(0, -1)}%00` },
  { class: 'control-characters', raw: '%1B%5B2J' },
  { class: 'malformed-encoding', raw: '%ED%A0%80' },
  { class: 'malformed-encoding', raw: '%ZZ' },
  { class: 'malformed-encoding', raw: '%E0%A4' },
  { class: 'empty-string', raw: '%20' },
];

/** The base of every case of a route: valid path parameters, the required query parameters, the body. */
function baseOf(
  route: ContractRoute,
  fixture: RouteFixture,
): {
  pathParams: Record<string, string>;
  query: [string, string][];
  body: unknown;
} {
  const pathParams = Object.fromEntries(
    route.parameters
      .filter((p) => p.in === 'path')
      .map((p) => [
        p.name,
        encodeURIComponent(
          fixture.pathParams?.[p.name] ?? String(p.example ?? p.schema?.example ?? NIL_UUID),
        ),
      ]),
  );
  const query = route.parameters
    .filter((p) => p.in === 'query' && p.required)
    .map((p): [string, string] => [
      p.name,
      String(p.example ?? (p.schema ? exampleOf(p.schema) : 'x')),
    ]);
  return {
    pathParams,
    query,
    body: fixture.body ?? (route.body ? exampleOf(route.body) : undefined),
  };
}

const encodeQuery = (pairs: [string, string][]) =>
  pairs.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&');

/**
 * The generator of a route's cases: each is the route's valid base request with one thing made bad
 * or pushed to its edge — a body field (wrong type, missing, unknown, empty and 10,000-character
 * strings, NUL, control characters, lone surrogates, huge, negative and fractional numbers, deep
 * nesting, `__proto__` keys), a query parameter (the same, plus tampered cursors, repeated and
 * nested parameters, broken percent-encoding), a path id, a header, or the body as a whole.
 */
export function routeCases(
  route: ContractRoute,
  fixture: RouteFixture = {},
  samples: CursorSamples = { cursors: [] },
): fc.Arbitrary<FuzzCase> {
  const base = baseOf(route, fixture);
  const make = (change: Partial<FuzzCase> & Pick<FuzzCase, 'class' | 'location' | 'description'>) =>
    fc.nat().map(
      (caller): FuzzCase => ({
        pathParams: base.pathParams,
        query: encodeQuery(base.query),
        headers: {},
        body: base.body === undefined ? undefined : toJson(base.body),
        caller,
        ...change,
      }),
    );
  // Weighted so that no kind of site crowds out the others on a route with few fields.
  const arbitraries: { arbitrary: fc.Arbitrary<FuzzCase>; weight: number }[] = [];
  const add = (weight: number, arbitrary: fc.Arbitrary<FuzzCase>) =>
    arbitraries.push({ arbitrary, weight });

  // Body fields, one at a time.
  if (route.body) {
    for (const site of bodySites(route.body, base.body)) {
      const name = String(site.path[site.path.length - 1]);
      const field = site.path.join('.');
      const values = fieldValues(site.schema, name, valueAt(base.body, site.path)).chain(
        (mutation) =>
          make({
            class: mutation.class,
            location: 'body',
            field: expectedField(mutation.class, site.path),
            body: toJson(replaceAt(base.body, site.path, { value: mutation.value })),
            description: `body ${field} = ${preview(mutation.value)}`,
          }),
      );
      add(3, values);
      if (site.required && typeof site.path[site.path.length - 1] === 'string')
        add(
          1,
          make({
            class: 'missing-field',
            location: 'body',
            field,
            body: toJson(replaceAt(base.body, site.path, { delete: true })),
            description: `body without ${field}`,
          }),
        );
    }
    for (const path of objectSites(route.body)) {
      const at = (key: string) => [...path, key].join('.');
      const object = valueAt(base.body, path);
      add(
        1,
        fc
          .constantFrom(
            {
              class: 'unknown-field' as const,
              key: 'fuzzUnknown',
              value: toJson(replaceAt(base.body, [...path, 'fuzzUnknown'], { value: 1 })),
            },
            ...['__proto__', 'constructor', 'prototype'].map((key) => ({
              class: 'proto-key' as const,
              key,
              value: toJson(
                replaceAt(base.body, path, {
                  value: withRawKey(object, key, '{"polluted":true}'),
                }),
              ),
            })),
          )
          .chain((c) =>
            make({
              class: c.class,
              location: 'body',
              field: at(c.key),
              body: c.value,
              description: `body with key ${at(c.key)}`,
            }),
          ),
      );
    }
  }
  // The body as a whole.
  if (route.method !== 'get' && route.method !== 'delete') {
    const wholes: { class: FuzzClass; body: string; field?: string }[] = [
      ...['{"a":', '{,}', "{'a':1}", '{"a":1}}', '{"a":01}', '\u0000'].map((body) => ({
        class: 'malformed-json' as const,
        body,
      })),
      // An empty list carries nothing, as `{}` does: a bodiless action may take it.
      ...[...(route.body ? ['[]'] : []), '"x"', '1', 'null', 'true', '[{}]'].map((body) => ({
        class: 'non-object-body' as const,
        body,
      })),
      { class: 'deep-nesting', body: deeplyNested('array').text },
      { class: 'deep-nesting', body: deeplyNested('object').text },
    ];
    if (!route.body)
      wholes.push(
        {
          class: 'body-on-bodiless',
          body: '{"fuzzUnknown":1}',
          field: 'fuzzUnknown',
        },
        {
          class: 'proto-key',
          body: '{"__proto__":{"polluted":true}}',
          field: '__proto__',
        },
        {
          class: 'proto-key',
          body: '{"constructor":{"prototype":{"polluted":true}}}',
          field: 'constructor',
        },
      );
    add(
      2,
      fc.constantFrom(...wholes).chain((w) =>
        make({
          ...w,
          location: 'body',
          description: `body ${preview(w.body)}`,
        }),
      ),
    );
  }
  // Query parameters, one at a time (beside the required ones).
  for (const parameter of route.parameters.filter((p) => p.in === 'query')) {
    const others = base.query.filter(([name]) => name !== parameter.name);
    add(
      parameter.name === 'cursor' ? 4 : 3,
      queryValues(parameter.name, parameter.schema ?? {}, samples.cursors).chain((v) =>
        make({
          class: v.class,
          location: 'query',
          field: parameter.name,
          query: [encodeQuery(others), v.raw].filter(Boolean).join('&'),
          description: `query ${v.shown ?? (v.raw.length > 80 ? `${v.raw.slice(0, 80)}… (${v.raw.length} chars)` : v.raw)}`,
        }),
      ),
    );
    if (parameter.required)
      add(
        1,
        make({
          class: 'missing-field',
          location: 'query',
          field: parameter.name,
          query: encodeQuery(others),
          description: `query without ${parameter.name}`,
        }),
      );
  }
  const withBase = (raw: string) => [encodeQuery(base.query), raw].filter(Boolean).join('&');
  add(
    1,
    fc
      .constantFrom(
        {
          class: 'unknown-field' as const,
          raw: 'fuzzUnknown=1',
          field: 'fuzzUnknown',
        },
        {
          class: 'proto-key' as const,
          raw: '__proto__%5Bpolluted%5D=1',
          field: '__proto__',
        },
        {
          class: 'proto-key' as const,
          raw: 'constructor%5Bprototype%5D%5Bpolluted%5D=1',
          field: 'constructor',
        },
        // Above Node's 16 KiB for the request line and headers: refused before the app, as a whole.
        {
          class: 'oversized-request' as const,
          raw: `fuzzLong=${'x'.repeat(20_000)}`,
          field: undefined,
        },
      )
      .chain((v) =>
        make({
          class: v.class,
          location: 'query',
          field: v.field,
          query: withBase(v.raw),
          description: `query ${v.raw.length > 80 ? `${v.raw.slice(0, 80)}… (${v.raw.length} chars)` : v.raw}`,
        }),
      ),
  );
  // Path parameters.
  for (const parameter of route.parameters.filter((p) => p.in === 'path')) {
    add(
      3,
      fc.constantFrom(...PATH_VALUES).chain((v) =>
        make({
          class: v.class,
          location: 'path',
          field: parameter.name,
          pathParams: { ...base.pathParams, [parameter.name]: v.raw },
          mustNotEcho: notToEcho(v.raw),
          description: `path ${parameter.name} = ${v.raw.length > 80 ? `${v.raw.slice(0, 80)}… (${v.raw.length} chars)` : v.raw}`,
        }),
      ),
    );
  }
  // Header parameters (Node refuses to send control characters in headers, so none of those).
  for (const parameter of route.parameters.filter((p) => p.in === 'header')) {
    add(
      1,
      fc
        .constantFrom<
          [FuzzClass, string]
        >(['empty-string', ''], ['empty-string', ' '], ['long-string', 'x'.repeat(300)], ['long-string', LONG], ['control-characters', 'a\tb'])
        .chain(([cls, value]) =>
          make({
            class: cls,
            location: 'header',
            field: parameter.name,
            headers: { [parameter.name]: value },
            description: `header ${parameter.name}: ${preview(value)}`,
          }),
        ),
    );
  }
  return fc.oneof(...arbitraries);
}

/** The request target of a case: the path with its parameters and the query string. */
export function requestTarget(route: ContractRoute, fuzzCase: FuzzCase): string {
  const path = route.path.replace(
    /\{([^}]+)\}/g,
    (_, name: string) => fuzzCase.pathParams[name] ?? NIL_UUID,
  );
  return fuzzCase.query ? `${path}?${fuzzCase.query}` : path;
}
