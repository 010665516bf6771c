import request from 'supertest';
import { MAX_JSON_DEPTH } from '../errors/json-body';
import { PROBLEM_CONTENT_TYPE } from '../errors/problem.model';

/** A service under test: unauthenticated requests, and the bearer token of a caller's claims. */
export interface InputContractApp<Claims> {
  http(): ReturnType<typeof request>;
  token(claims: Claims): Promise<string>;
}

/** A create (`POST` with a JSON body) whose valid body holds a string at `textField` (dotted path). */
export interface CreateRoute<Claims> {
  path: string;
  caller: Claims;
  body: () => Promise<Record<string, unknown>> | Record<string, unknown>;
  textField: string;
}

/**
 * A list: `textParam` a string query parameter it takes; `seed` leaves at least two items (and
 * returns the list's path when that depends on what it made).
 */
export interface ListRoute<Claims> {
  path: string;
  caller: Claims;
  textParam?: string;
  seed?: () => Promise<string | void>;
  /** Cursor fields that hold free text (a name): any well-formed, non-empty text is a position. */
  textCursorFields?: string[];
}

/** An action that takes no body, on a resource `prepare` makes; `state` reads what it would change. */
export interface BodilessRoute<Claims> {
  caller: Claims;
  prepare: () => Promise<string>;
  state: (path: string) => Promise<unknown>;
}

/** One service's routes for the shared input contract. */
export interface InputContractRoutes<Claims> {
  create: CreateRoute<Claims>;
  lists: ListRoute<Claims>[];
  /** Reads of one resource by a UUID path parameter `id`: `(id) => '/candidates/' + id`. */
  reads: { path: (id: string) => string; caller: Claims }[];
  bodiless: BodilessRoute<Claims>[];
  /** The rows (and outbox) counts a refused request must leave unchanged. */
  writes: () => Promise<unknown>;
}

/** A value shaped like a DJI registration number: whatever carries it must not echo it. */
const DJI_LIKE = '7654321';
const OUT_OF_RANGE_INSTANT = '+275760-09-13T00:00:00.000Z';
const UUID_IN_PATH = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

const BAD_TEXT: [string, string][] = [
  ['a NUL byte', 'Vught\u0000'],
  ['a lone high surrogate', 'Vught\ud800'],
  ['a lone low surrogate', '\udc00Vught'],
];

/** What a tampered cursor's text field is replaced with, one at a time. */
const MALFORMED_CURSOR_TEXT = ['\u0000', '\ud800', ''];
/** The same for a field of a date, number or id. */
const TAMPERED_CURSOR_VALUES = [
  ...MALFORMED_CURSOR_TEXT,
  OUT_OF_RANGE_INSTANT,
  '9'.repeat(40),
  "x' OR '1'='1",
];

function setPath(
  target: Record<string, unknown>,
  path: string,
  value: unknown,
): Record<string, unknown> {
  const copy = structuredClone(target);
  const keys = path.split('.');
  let node = copy;
  for (const key of keys.slice(0, -1)) node = node[key] as Record<string, unknown>;
  node[keys[keys.length - 1]] = value;
  return copy;
}

function expectBadRequest(res: request.Response, fields: string[]): void {
  expect({ status: res.status, body: res.body }).toMatchObject({
    status: 400,
    body: { status: 400 },
  });
  expect(res.headers['content-type']).toMatch(
    new RegExp(`^${PROBLEM_CONTENT_TYPE.replace('+', '\\+')}`),
  );
  const named = ((res.body as { errors?: { field: string }[] }).errors ?? []).map((e) => e.field);
  expect(named).toEqual(expect.arrayContaining(fields));
}

const encode = (position: unknown) =>
  Buffer.from(JSON.stringify(position), 'utf8').toString('base64url');
const decode = (cursor: string): Record<string, unknown> =>
  JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));

/**
 * The input rules every service keeps (issue 8): text with NUL or lone surrogates, JSON nested
 * too deep or malformed, unknown and prototype fields, bodiless actions with a body, ids that are
 * no UUID and tampered cursors are each a 400 problem naming the field, echo nothing of the input
 * and change nothing. One table for all services: each service's spec passes its routes.
 */
export function describeInputContract<Claims>(
  app: InputContractApp<Claims>,
  routes: () => InputContractRoutes<Claims>,
): void {
  /** A request as `caller`, completed by `build` (body, query) and sent. */
  const send = async (
    method: 'post' | 'get',
    path: string,
    caller: Claims,
    build: (test: request.Test) => request.Test = (test) => test,
  ): Promise<request.Response> => {
    const token = await app.token(caller);
    return build(app.http()[method](path).set('Authorization', `Bearer ${token}`));
  };
  const postRaw = (create: CreateRoute<Claims>, json: string) =>
    send('post', create.path, create.caller, (t) =>
      t.set('Content-Type', 'application/json').send(json),
    );

  /** Runs `act` and checks it changed no row. */
  const refused = async (act: () => Promise<request.Response>): Promise<request.Response> => {
    const before = await routes().writes();
    const res = await act();
    expect(await routes().writes()).toEqual(before);
    return res;
  };

  describe('text that is not well formed', () => {
    it.each(BAD_TEXT)(
      'a create with %s in a body field is a 400 naming it',
      async (_case, text) => {
        const { create } = routes();
        const body = setPath(await create.body(), create.textField, text);
        const res = await refused(() =>
          send('post', create.path, create.caller, (t) => t.send(body)),
        );
        expectBadRequest(res, [create.textField]);
      },
    );

    it('names a NUL at any depth by its path', async () => {
      const { create } = routes();
      const body = { ...(await create.body()), extra: { list: [{ note: '\u0000' }] } };
      const res = await refused(() =>
        send('post', create.path, create.caller, (t) => t.send(body)),
      );
      expectBadRequest(res, ['extra.list.0.note']);
    });

    // A URL cannot carry a lone surrogate (it has no UTF-8 form), but `%00` decodes to NUL.
    it('a list with a NUL byte in a query parameter is a 400 naming it', async () => {
      for (const list of routes().lists.filter((l) => l.textParam)) {
        const textParam = list.textParam as string;
        const res = await send('get', `${list.path}?${textParam}=%00`, list.caller);
        expectBadRequest(res, [textParam]);
      }
    });
  });

  describe('JSON bodies', () => {
    it('a body nested 10,000 levels deep is a 400 that says so', async () => {
      const { create } = routes();
      const deep = '{"a":'.repeat(10_000) + '1' + '}'.repeat(10_000);
      const res = await refused(() => postRaw(create, deep));
      expectBadRequest(res, ['(body)']);
      expect(res.body.detail).toContain(`deeper than ${MAX_JSON_DEPTH} levels`);
    });

    it(`a body nested ${MAX_JSON_DEPTH + 1} levels deep is refused, one at ${MAX_JSON_DEPTH} reaches validation`, async () => {
      const { create } = routes();
      const nest = (levels: number) => '['.repeat(levels - 1) + '{}' + ']'.repeat(levels - 1);
      expect((await postRaw(create, `{"extra":${nest(MAX_JSON_DEPTH)}}`)).body.detail).toContain(
        'deeper than',
      );
      const atCap = await postRaw(create, `{"extra":${nest(MAX_JSON_DEPTH - 1)}}`);
      expectBadRequest(atCap, ['extra']);
      expect(atCap.body.detail).not.toContain('deeper than');
    });

    it('malformed JSON is a 400 saying where it broke, not what it held', async () => {
      const { create } = routes();
      const res = await refused(() => postRaw(create, `{\n  "djiNumber": "${DJI_LIKE}",\n  x}`));
      expectBadRequest(res, ['(body)']);
      expect(res.body.detail).toMatch(/at line 3, column 3 \(offset \d+\)/);
      expect(res.text).not.toContain(DJI_LIKE);
    });

    it.each(['__proto__', 'constructor', 'prototype'])(
      'a %s key is a 400 naming it, at the top and nested',
      async (key) => {
        const { create } = routes();
        const valid = JSON.stringify(await create.body());
        const top = `{"${key}":{"polluted":true},${valid.slice(1)}`;
        expectBadRequest(await refused(() => postRaw(create, top)), [key]);
        const nested = `{"extra":{"${key}":{"polluted":true}},${valid.slice(1)}`;
        expectBadRequest(await refused(() => postRaw(create, nested)), [`extra.${key}`]);
        expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
      },
    );
  });

  describe('bodiless actions', () => {
    it('a body field on an action that takes none is a 400 naming it, and nothing changes', async () => {
      for (const action of routes().bodiless) {
        const path = await action.prepare();
        const before = await action.state(path);
        const res = await refused(() => send('post', path, action.caller, (t) => t.send({ x: 1 })));
        expectBadRequest(res, ['x']);
        expect(await action.state(path)).toEqual(before);
      }
    });

    it('an unknown query parameter on an action that takes none is a 400 naming it', async () => {
      for (const action of routes().bodiless) {
        const path = await action.prepare();
        const res = await refused(() =>
          send('post', path, action.caller, (t) => t.query({ x: '1' })),
        );
        expectBadRequest(res, ['x']);
      }
    });
  });

  describe('ids in the path', () => {
    it.each([DJI_LIKE, 'not-a-uuid', '%00'])(
      'an id that is no UUID (%s) is a 400 naming id, not repeating it',
      async (id) => {
        for (const read of routes().reads) {
          const res = await send('get', read.path(id), read.caller);
          expectBadRequest(res, ['id']);
          expect(res.text).not.toContain(DJI_LIKE);
          expect(res.text).not.toContain('not-a-uuid');
        }
        for (const action of routes().bodiless) {
          const prepared = await action.prepare();
          if (!UUID_IN_PATH.test(prepared)) continue; // e.g. POST /admin/reindex
          const path = prepared.replace(UUID_IN_PATH, id);
          expectBadRequest(
            await refused(() => send('post', path, action.caller, (t) => t.send({}))),
            ['id'],
          );
        }
      },
    );
  });

  describe('cursors', () => {
    it('a tampered cursor is a 400 naming cursor, for every field of every list', async () => {
      for (const list of routes().lists) {
        const path = (await list.seed?.()) || list.path;
        const first = await send('get', path, list.caller, (t) => t.query({ limit: 1 }));
        const cursor = first.body.nextCursor as string;
        expect({ path, status: first.status, cursor: typeof cursor }).toEqual({
          path,
          status: 200,
          cursor: 'string',
        });
        const position = decode(cursor);
        for (const field of Object.keys(position)) {
          const values = list.textCursorFields?.includes(field)
            ? MALFORMED_CURSOR_TEXT
            : TAMPERED_CURSOR_VALUES;
          for (const value of values) {
            const tampered = encode({ ...position, [field]: value });
            const res = await send('get', path, list.caller, (t) =>
              t.query({ limit: 1, cursor: tampered }),
            );
            expect({ path, field, value, status: res.status }).toEqual({
              path,
              field,
              value,
              status: 400,
            });
            expectBadRequest(res, ['cursor']);
          }
        }
        expect(
          (await send('get', path, list.caller, (t) => t.query({ limit: 1, cursor }))).status,
        ).toBe(200);
      }
    });
  });
}
