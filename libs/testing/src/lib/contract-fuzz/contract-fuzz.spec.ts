import fc from 'fast-check';
import { FuzzCase, requestTarget, routeCases, tamperedCursors, toJson } from './generators';
import { ContractRoute, contractRoutes, OpenApiDocument } from './openapi';
import { fuzzSettings, judge, requestWrites } from './runner';

const doc: OpenApiDocument = {
  paths: {
    '/things/{id}': {
      patch: {
        parameters: [
          {
            name: 'id',
            in: 'path',
            required: true,
            schema: { type: 'string' },
          },
          { name: 'Idempotency-Key', in: 'header', schema: { type: 'string' } },
        ],
        requestBody: {
          content: {
            'application/json': {
              schema: { $ref: '#/components/schemas/ThingDto' },
            },
          },
        },
      },
    },
    '/things': {
      get: {
        parameters: [
          {
            name: 'limit',
            in: 'query',
            schema: { type: 'number', minimum: 1, maximum: 100, example: 20 },
          },
          { name: 'cursor', in: 'query', schema: { type: 'string' } },
        ],
      },
    },
    '/things/{id}/withdraw': {
      post: {
        parameters: [
          {
            name: 'id',
            in: 'path',
            required: true,
            schema: { type: 'string' },
          },
        ],
      },
    },
  },
  components: {
    schemas: {
      ThingDto: {
        type: 'object',
        required: ['name', 'preferences'],
        properties: {
          name: { type: 'string', example: 'Zaagmachine', maxLength: 200 },
          hours: { type: 'number', minimum: 1, maximum: 60, example: 32 },
          startDate: { type: 'string', format: 'date', example: '2027-02-01' },
          note: { type: 'object', example: 'vrij', nullable: true },
          preferences: {
            allOf: [{ $ref: '#/components/schemas/PreferencesDto' }],
            example: { sectors: ['Zorg'] },
          },
        },
      },
      PreferencesDto: {
        type: 'object',
        properties: {
          sectors: {
            type: 'array',
            items: { type: 'string' },
            example: ['Zorg'],
          },
        },
      },
    },
  },
};

const routes = contractRoutes(doc);
const route = (key: string): ContractRoute => routes.find((r) => r.key === key) as ContractRoute;
const sample = (key: string, seed = 42, numRuns = 3000): FuzzCase[] =>
  fc.sample(
    routeCases(
      route(key),
      { pathParams: { id: 'b3c1c4d2-0000-4000-8000-000000000001' } },
      { cursors: [] },
    ),
    { seed, numRuns },
  );

describe('contract fuzz generators', () => {
  it('reads every operation with its schemas resolved', () => {
    expect(routes.map((r) => r.key)).toEqual([
      'PATCH /things/{id}',
      'GET /things',
      'POST /things/{id}/withdraw',
    ]);
    expect(
      route('PATCH /things/{id}').body?.properties?.['preferences'].properties?.['sectors'].type,
    ).toBe('array');
  });

  it('generates the same cases from the same seed, and others from another', () => {
    expect(sample('PATCH /things/{id}', 7, 50)).toEqual(sample('PATCH /things/{id}', 7, 50));
    expect(sample('PATCH /things/{id}', 8, 50)).not.toEqual(sample('PATCH /things/{id}', 7, 50));
  });

  it('changes one thing at a time and names the field a 400 must name', () => {
    const cases = sample('PATCH /things/{id}');
    const byClass = (cls: string) => cases.filter((c) => c.class === cls);
    const bodies = (cls: string) =>
      byClass(cls)
        .filter((c) => c.location === 'body')
        .map((c) => c.body ?? '');
    expect(byClass('missing-field').map((c) => c.field)).toEqual(
      expect.arrayContaining(['name', 'preferences']),
    );
    expect(byClass('missing-field').map((c) => c.field)).not.toContain('hours');
    expect(byClass('proto-key').map((c) => c.field)).toEqual(
      expect.arrayContaining(['__proto__', 'preferences.__proto__', 'constructor']),
    );
    // A `__proto__` key is sent as an own key of the JSON text, not swallowed by JSON.stringify.
    expect(
      bodies('proto-key').some((body) => body.startsWith('{"__proto__":{"polluted":true},"name"')),
    ).toBe(true);
    expect(bodies('nul-character').every((body) => body.includes('\\u0000'))).toBe(true);
    expect(
      bodies('lone-surrogate').every((body) =>
        /\\ud[89ab][0-9a-f]{2}(?!\\ud[c-f])|(?<!\\ud[89ab][0-9a-f]{2})\\ud[c-f][0-9a-f]{2}/.test(
          body,
        ),
      ),
    ).toBe(true);
    expect(bodies('long-string').some((body) => body.includes('x'.repeat(10_000)))).toBe(true);
    expect(bodies('huge-number')).toEqual(
      expect.arrayContaining([expect.stringContaining('"hours":1e400')]),
    );
    expect(byClass('bad-date').map((c) => c.field)).toEqual(expect.arrayContaining(['startDate']));
    // The nullable text (Swagger's `type: object`) is a string field: null is not wrong for it.
    expect(
      byClass('wrong-type')
        .filter((c) => c.field === 'note')
        .map((c) => JSON.parse(c.body as string).note),
    ).not.toContain(null);
    expect(
      byClass('deep-nesting').every(
        (c) => c.field === undefined && (c.body as string).length >= 20_000,
      ),
    ).toBe(true);
    expect(byClass('malformed-id').map((c) => c.field)).toEqual(expect.arrayContaining(['id']));
    expect(byClass('long-string').map((c) => c.location)).toContain('header');
    for (const c of cases.filter(
      (c) => c.location === 'body' && !['malformed-json', 'deep-nesting'].includes(c.class),
    )) {
      expect(() => JSON.parse(c.body as string)).not.toThrow();
    }
  });

  it('tampers with query parameters and cursors, and sends a body to a bodiless action', () => {
    const list = sample('GET /things');
    expect([...new Set(list.map((c) => c.class))]).toEqual(
      expect.arrayContaining([
        'tampered-cursor',
        'huge-number',
        'fractional-number',
        'negative-number',
        'repeated-parameter',
        'nested-parameter',
        'proto-key',
        'unknown-field',
      ]),
    );
    expect(
      list
        .filter((c) => c.class === 'tampered-cursor')
        .every((c) => c.field === 'cursor' && c.query.startsWith('cursor=')),
    ).toBe(true);
    const withdraw = sample('POST /things/{id}/withdraw');
    expect(
      withdraw.filter((c) => c.class === 'body-on-bodiless').map((c) => [c.body, c.field]),
    ).toContainEqual(['{"fuzzUnknown":1}', 'fuzzUnknown']);
    const malformed = withdraw.find((c) => c.class === 'malformed-encoding') as FuzzCase;
    expect(requestTarget(route('POST /things/{id}/withdraw'), malformed)).toMatch(
      /^\/things\/%[^/]*\/withdraw$/,
    );
  });

  it('alters the fields of a real cursor, refusing what no position can be', () => {
    const real = Buffer.from(
      JSON.stringify({ createdAt: '2026-11-28T10:00:00.000Z', id: 'a' }),
    ).toString('base64url');
    const decoded = tamperedCursors([real]).map(({ cursor, refuse }) => [
      Buffer.from(cursor, 'base64url').toString('utf8'),
      refuse,
    ]);
    expect(decoded).toContainEqual([
      JSON.stringify({ createdAt: '+275760-09-13T00:00:00.000Z', id: 'a' }),
      false,
    ]);
    expect(decoded).toContainEqual([JSON.stringify({ id: 'a' }), true]);
    expect(decoded).toContainEqual([JSON.stringify({ createdAt: null, id: 'a' }), true]);
  });

  it('writes raw JSON parts verbatim', () => {
    expect(toJson({ a: [1, 'x'], b: undefined, c: null })).toBe('{"a":[1,"x"],"c":null}');
  });
});

describe('contract fuzz judge', () => {
  const problem = (status: number, fields: string[] = []) => ({
    status,
    contentType: 'application/problem+json; charset=utf-8',
    body: {
      status,
      detail: 'x',
      errors: fields.map((field) => ({ field, message: 'is bad' })),
    },
  });
  const fieldCase = {
    class: 'wrong-type' as const,
    field: 'preferences.sectors',
  };

  it('passes a 400 naming the field, an element of it or its object, and any other 4xx problem', () => {
    expect(judge(fieldCase, problem(400, ['preferences.sectors']), [])).toEqual([]);
    expect(judge(fieldCase, problem(400, ['preferences.sectors.0']), [])).toEqual([]);
    expect(judge(fieldCase, problem(400, ['preferences']), [])).toEqual([]);
    expect(
      judge({ class: 'nested-parameter', field: 'limit' }, problem(400, ['limit[]']), []),
    ).toEqual([]);
    expect(judge(fieldCase, problem(404), [])).toEqual([]);
    expect(judge({ class: 'malformed-json' }, problem(400), [])).toEqual([]);
  });

  it('fails a 5xx, a 4xx that is no problem, a 400 naming another field, a write on a refusal, and a 2xx to input no route may take', () => {
    expect(judge(fieldCase, problem(500), [])).toEqual(['answered 500: x']);
    expect(judge(fieldCase, { status: 404, contentType: 'text/html', body: {} }, [])).toEqual([
      'answered 404 as text/html, not application/problem+json',
    ]);
    expect(judge(fieldCase, problem(400, ['name', '(body)']), [])).toEqual([
      'answered 400 without naming preferences.sectors in errors[] (name, (body); x)',
    ]);
    expect(judge(fieldCase, problem(409), ['outbox_messages 3 → 4'])).toEqual([
      'wrote on a refused request: outbox_messages 3 → 4',
    ]);
    expect(
      judge({ class: 'body-on-bodiless', field: 'fuzzUnknown' }, { status: 200, body: {} }, []),
    ).toEqual(['took it: answered 200']);
    expect(judge({ class: 'boundary', field: 'hours' }, { status: 200, body: {} }, [])).toEqual([]);
    const echoed = {
      ...problem(404),
      body: { status: 404, detail: 'No vacancy 1234567' },
    };
    expect(
      judge({ class: 'malformed-id', field: 'id', mustNotEcho: '1234567' }, echoed, []),
    ).toEqual(['quoted the path value back']);
  });

  it('reads its seed and runs from the environment, with fixed defaults', () => {
    expect(fuzzSettings({})).toEqual({
      seed: 20_261_207,
      runs: 60,
      route: undefined,
      path: undefined,
    });
    expect(
      fuzzSettings({
        FUZZ_SEED: '5',
        FUZZ_RUNS: '3',
        FUZZ_ROUTE: 'GET /things',
        FUZZ_PATH: '2',
      }),
    ).toEqual({ seed: 5, runs: 3, route: 'GET /things', path: '2' });
    expect(() => fuzzSettings({ FUZZ_RUNS: 'many' })).toThrow('FUZZ_RUNS');
  });

  it('counts audit entries of a refusal after looking and queues draining in the background as no write of the request, and nothing else', () => {
    const setup = {
      auditLogs: ['audit_entries'],
      drainedQueues: ['match_queue'],
    };
    const audit = { table: 'audit_entries', before: 9, after: 10 };
    const drained = { table: 'match_queue', before: 2, after: 0 };
    const filled = { table: 'match_queue', before: 0, after: 1 };
    const outbox = { table: 'outbox_messages', before: 3, after: 4 };
    expect(requestWrites(409, [audit, drained], setup)).toEqual([]);
    expect(requestWrites(400, [audit], setup)).toEqual(['audit_entries 9 → 10']);
    expect(requestWrites(404, [filled, outbox], setup)).toEqual([
      'match_queue 0 → 1',
      'outbox_messages 3 → 4',
    ]);
    expect(requestWrites(409, [audit], {})).toEqual(['audit_entries 9 → 10']);
  });
});
