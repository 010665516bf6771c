import fc from 'fast-check';
import type request from 'supertest';
import type { DataSource } from 'typeorm';
import { FuzzCase, FuzzClass, requestTarget, RouteFixture, routeCases } from './generators';
import { ContractRoute, contractRoutes, OpenApiDocument } from './openapi';

/** A booted service as the fuzzer needs it (a `ServiceTestApp` is one): HTTP, dev tokens, its database. */
export interface FuzzTarget<Claims> {
  http(): ReturnType<typeof request>;
  token(claims: Claims): Promise<string>;
  readonly dataSource: DataSource;
}

/** What a service's spec gives the fuzzer besides its document. */
export interface FuzzSetup<Claims> {
  /** A caller of every role, with scopes that fit the fixtures' data. */
  callers: readonly Claims[];
  /** Per route (`PATCH /vacancies/{id}`): real ids and a body that passes the rules, so cases reach past validation. */
  routes?: Record<string, RouteFixture>;
  /**
   * Append-only audit logs: a well-formed request the service refuses after looking (404, 409,
   * 422) is recorded there by design. A 400 writes nothing there either.
   */
  auditLogs?: readonly string[];
  /** Queues the service's background workers drain: rows leaving them is not the request's doing (rows entering is). */
  drainedQueues?: readonly string[];
}

export interface FuzzSettings {
  /** fast-check's seed: the same seed generates the same cases. */
  seed: number;
  /** Cases per route. */
  runs: number;
  /** Only this route (`POST /vacancies`), to replay a failure. */
  route?: string;
  /** fast-check's replay path of one case (with `route` and `seed`). */
  path?: string;
}

/** Fixtures of the routes every service has from libs/platform. */
const PLATFORM_ROUTES: Record<string, RouteFixture> = {
  // The examples together are claims of no single role; this body is a valid one.
  'POST /auth/dev-token': {
    body: { sub: 'fuzz-1', role: 'casemanager', pi: 'PI-VUGHT' },
  },
};

export const DEFAULT_FUZZ_SEED = 20_261_207;
/** Cases per route when `FUZZ_RUNS` is not set: the three services together stay within minutes on 2 cores. */
export const DEFAULT_FUZZ_RUNS = 60;

/** `FUZZ_SEED`, `FUZZ_RUNS`, `FUZZ_ROUTE` and `FUZZ_PATH` from the environment, with fixed defaults. */
export function fuzzSettings(env: NodeJS.ProcessEnv = process.env): FuzzSettings {
  const number = (name: string, fallback: number) => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    const value = Number(raw);
    if (!Number.isSafeInteger(value) || value < 0)
      throw new Error(`${name} must be a whole number, not ${raw}`);
    return value;
  };
  return {
    seed: number('FUZZ_SEED', DEFAULT_FUZZ_SEED),
    runs: number('FUZZ_RUNS', DEFAULT_FUZZ_RUNS),
    route: env['FUZZ_ROUTE'] || undefined,
    path: env['FUZZ_PATH'] || undefined,
  };
}

/** The answer the judge looks at. */
export interface FuzzAnswer {
  status: number;
  contentType?: string;
  body: unknown;
}

/** The changes in `writes` that are not the refused request's: audit entries of a refusal after looking, queues draining. */
export function requestWrites(
  status: number,
  writes: readonly { table: string; before: number; after: number }[],
  setup: Pick<FuzzSetup<unknown>, 'auditLogs' | 'drainedQueues'>,
): string[] {
  return writes
    .filter(({ table, before, after }) => {
      const name = table.replace(/\.version$/, '');
      if (setup.drainedQueues?.includes(name) && after < before) return false;
      return !(setup.auditLogs?.includes(name) && status !== 400 && after > before);
    })
    .map(({ table, before, after }) => `${table} ${before} → ${after}`);
}

/** Classes whose input no route may take: a 2xx on one of them is a failure too. */
const MUST_REFUSE: ReadonlySet<FuzzClass> = new Set<FuzzClass>([
  'unknown-field',
  'proto-key',
  'body-on-bodiless',
  'missing-field',
  'malformed-json',
  'non-object-body',
  'deep-nesting',
  'nul-character',
  'lone-surrogate',
  'tampered-cursor',
  'oversized-request',
]);

/** Whether `errors[]` names `field`: itself, an element or part of it, or the object holding it. */
function names(fields: readonly string[], field: string): boolean {
  const wanted = field.toLowerCase();
  return fields.some((named) => {
    const candidate = named.toLowerCase();
    // `limit[]`, `__proto__[polluted]`: a query parser's bracket form names the parameter too.
    return (
      candidate === wanted ||
      candidate.startsWith(`${wanted}.`) ||
      candidate.startsWith(`${wanted}[`) ||
      (candidate !== '(body)' && wanted.startsWith(`${candidate}.`))
    );
  });
}

/**
 * What is wrong with the answer to a case (empty: nothing): a 5xx; a 4xx that is not
 * problem+json; a 400 whose `errors[]` does not name the bad field; a 2xx to input no route may
 * take; and any write (`writes`: the tables whose rows changed) on a refused request.
 */
export function judge(
  fuzzCase: Pick<FuzzCase, 'class' | 'field' | 'mustNotEcho'>,
  answer: FuzzAnswer,
  writes: readonly string[],
): string[] {
  const { status } = answer;
  const body = (answer.body ?? {}) as {
    status?: unknown;
    detail?: unknown;
    errors?: { field?: unknown }[];
  };
  const violations: string[] = [];
  if (status >= 500)
    violations.push(
      `answered ${status}${typeof body.detail === 'string' ? `: ${body.detail}` : ''}`,
    );
  else if (status >= 400) {
    if (!/^application\/problem\+json/.test(answer.contentType ?? ''))
      violations.push(
        `answered ${status} as ${answer.contentType ?? 'no content type'}, not application/problem+json`,
      );
    else if (body.status !== status)
      violations.push(`answered ${status} with a problem of status ${String(body.status)}`);
    if (status === 400 && fuzzCase.field !== undefined) {
      const fields = Array.isArray(body.errors)
        ? body.errors.map((error) => String(error?.field))
        : [];
      if (!names(fields, fuzzCase.field))
        violations.push(
          `answered 400 without naming ${fuzzCase.field} in errors[] (${fields.length ? fields.join(', ') : 'none'}; ${String(body.detail)})`,
        );
    }
  } else if (MUST_REFUSE.has(fuzzCase.class)) violations.push(`took it: answered ${status}`);
  if (
    status >= 400 &&
    fuzzCase.mustNotEcho &&
    JSON.stringify(answer.body ?? '').includes(JSON.stringify(fuzzCase.mustNotEcho).slice(1, -1))
  )
    violations.push('quoted the path value back');
  if (status >= 400 && writes.length)
    violations.push(`wrote on a refused request: ${writes.join(', ')}`);
  return violations;
}

/** One case that broke a rule, with what replays it. */
export interface FuzzFailure {
  route: string;
  caller: string;
  class: FuzzClass;
  description: string;
  status: number;
  violations: string[];
  seed: number;
  path: string;
}

export interface FuzzReport {
  service: string;
  routes: number;
  cases: number;
  seed: number;
  runs: number;
  failures: FuzzFailure[];
  /** Per class: cases sent, failures, the statuses answered and the time taken. */
  byClass: Record<
    string,
    {
      cases: number;
      failures: number;
      statuses: Record<string, number>;
      ms: number;
    }
  >;
  /** Routes no caller may use (every role got 403): only the guard was fuzzed there. */
  guardedOnly: string[];
}

/**
 * Row counts of every table of the service's database (the outbox among them), and the sum of
 * `version` where a table has one, so an update shows too: equal before and after means written nothing.
 */
async function tableSnapshotter(
  dataSource: DataSource,
): Promise<() => Promise<Record<string, number>>> {
  const columns: { schema: string; table: string; column: string | null }[] =
    await dataSource.query(`
    SELECT t.table_schema AS schema, t.table_name AS table, c.column_name AS column
      FROM information_schema.tables t
      LEFT JOIN information_schema.columns c
        ON c.table_schema = t.table_schema AND c.table_name = t.table_name AND c.column_name = 'version'
     WHERE t.table_type = 'BASE TABLE' AND t.table_schema NOT IN ('pg_catalog', 'information_schema')
     ORDER BY 1, 2`);
  const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;
  const parts = columns.flatMap(({ schema, table, column }) => {
    const from = `${quote(schema)}.${quote(table)}`;
    return [
      `(SELECT count(*) FROM ${from})::bigint AS ${quote(table)}`,
      ...(column
        ? [
            `(SELECT coalesce(sum(version), 0) FROM ${from})::bigint AS ${quote(`${table}.version`)}`,
          ]
        : []),
    ];
  });
  if (!parts.length) throw new Error('the service has no tables to watch');
  const sql = `SELECT ${parts.join(', ')}`;
  return async () => {
    const [row] = (await dataSource.query(sql)) as Record<string, string>[];
    return Object.fromEntries(Object.entries(row).map(([key, value]) => [key, Number(value)]));
  };
}

function changed(
  before: Record<string, number>,
  after: Record<string, number>,
): { table: string; before: number; after: number }[] {
  return Object.keys(after)
    .filter((table) => before[table] !== after[table])
    .map((table) => ({ table, before: before[table], after: after[table] }));
}

const callerName = (claims: unknown) => {
  const { role, sub } = claims as { role?: string; sub?: string };
  return role ? `${role}${sub ? ` ${sub}` : ''}` : JSON.stringify(claims);
};

/** Sends a case as `token`'s caller; the raw body goes as JSON text. */
async function send<Claims>(
  target: FuzzTarget<Claims>,
  route: ContractRoute,
  fuzzCase: FuzzCase,
  token: string,
): Promise<FuzzAnswer> {
  let test = target
    .http()
    [route.method](requestTarget(route, fuzzCase))
    .timeout(60_000)
    .set('Authorization', `Bearer ${token}`)
    .set(fuzzCase.headers);
  if (fuzzCase.body !== undefined)
    test = test.set('Content-Type', 'application/json').send(fuzzCase.body);
  const response = await test;
  return {
    status: response.status,
    contentType: response.headers['content-type'],
    body: response.body,
  };
}

/**
 * Fuzzes every route of the service's OpenAPI document (from its `/docs-json`) with `settings.runs`
 * generated cases each, as callers of every role allowed on the route, and judges every answer
 * (see `judge`). Cases come from fast-check with `settings.seed`; each failure carries its seed and
 * path, which replay it (`FUZZ_SEED`, `FUZZ_ROUTE`, `FUZZ_PATH`). Never throws on a finding:
 * the report lists them.
 */
export async function runContractFuzz<Claims>(
  service: string,
  target: FuzzTarget<Claims>,
  setup: FuzzSetup<Claims>,
  settings: FuzzSettings = fuzzSettings(),
): Promise<FuzzReport> {
  const docResponse = await target.http().get('/docs-json');
  if (docResponse.status !== 200)
    throw new Error(`${service} serves no OpenAPI document at /docs-json (${docResponse.status})`);
  const routes = contractRoutes(docResponse.body as OpenApiDocument).filter(
    (route) => !settings.route || route.key === settings.route,
  );
  if (!routes.length) throw new Error(`${service} has no route ${settings.route ?? ''}`);
  const tokens = await Promise.all(setup.callers.map((claims) => target.token(claims)));
  const snapshot = await tableSnapshotter(target.dataSource);
  const report: FuzzReport = {
    service,
    routes: routes.length,
    cases: 0,
    seed: settings.seed,
    runs: settings.runs,
    failures: [],
    byClass: {},
    guardedOnly: [],
  };

  /** Waits until background work a request started (events, match queue) has stopped writing. */
  const settle = async (last: Record<string, number>) => {
    for (let i = 0; i < 100; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      const next = await snapshot();
      if (!changed(last, next).length) return;
      last = next;
    }
  };

  for (const route of routes) {
    const fixture = setup.routes?.[route.key] ?? PLATFORM_ROUTES[route.key] ?? {};
    const allowed = await allowedCallers(target, route, tokens);
    if (!allowed.length) report.guardedOnly.push(route.key);
    const callers = allowed.length ? allowed : tokens.map((_, index) => index);
    const cursors = await cursorSamples(
      target,
      route,
      callers.map((index) => tokens[index]),
    );
    let run = 0;
    await fc.assert(
      fc.asyncProperty(routeCases(route, fixture, { cursors }), async (fuzzCase) => {
        const path = settings.path ?? String(run);
        run += 1;
        const callerIndex = callers[fuzzCase.caller % callers.length];
        const started = Date.now();
        const before = await snapshot();
        let answer: FuzzAnswer;
        try {
          answer = await send(target, route, fuzzCase, tokens[callerIndex]);
        } catch (error) {
          answer = {
            status: 599,
            body: { detail: `no answer: ${(error as Error).message}` },
          };
        }
        const after = await snapshot();
        const changes = changed(before, after);
        if (answer.status < 400 || changes.length) await settle(after);
        const violations = judge(fuzzCase, answer, requestWrites(answer.status, changes, setup));
        report.cases += 1;
        const tally = (report.byClass[fuzzCase.class] ??= {
          cases: 0,
          failures: 0,
          statuses: {},
          ms: 0,
        });
        tally.cases += 1;
        tally.ms += Date.now() - started;
        tally.statuses[answer.status] = (tally.statuses[answer.status] ?? 0) + 1;
        if (violations.length) {
          tally.failures += 1;
          report.failures.push({
            route: route.key,
            caller: callerName(setup.callers[callerIndex]),
            class: fuzzCase.class,
            description: fuzzCase.description,
            status: answer.status,
            violations,
            seed: settings.seed,
            path,
          });
        }
      }),
      // A replay runs the one case its path names.
      {
        seed: settings.seed,
        numRuns: settings.path ? 1 : settings.runs,
        path: settings.path,
      },
    );
  }
  return report;
}

/** The callers (indexes) the route's guard lets through: any answer but 403 to a request that cannot succeed. */
async function allowedCallers<Claims>(
  target: FuzzTarget<Claims>,
  route: ContractRoute,
  tokens: readonly string[],
): Promise<number[]> {
  const probe: FuzzCase = {
    class: 'unknown-field',
    location: route.method === 'get' ? 'query' : 'body',
    pathParams: {},
    // An unknown parameter and an unknown field: refused after the guard, before any handler runs.
    query: route.method === 'get' ? 'fuzzProbe=1' : '',
    headers: {},
    body: route.method === 'get' ? undefined : '{"fuzzProbe":true}',
    caller: 0,
    description: 'probe',
  };
  const allowed: number[] = [];
  for (const [index, token] of tokens.entries()) {
    const { status } = await send(target, route, probe, token);
    if (status === 401)
      throw new Error(`${route.key} refused a dev token (401): check the fuzz callers`);
    if (status !== 403) allowed.push(index);
  }
  return allowed;
}

/** Real `nextCursor`s of a list route (one page of one item per caller), for tampering. */
async function cursorSamples<Claims>(
  target: FuzzTarget<Claims>,
  route: ContractRoute,
  tokens: readonly string[],
): Promise<string[]> {
  if (
    route.method !== 'get' ||
    !route.parameters.some((p) => p.in === 'query' && p.name === 'cursor')
  )
    return [];
  if (route.parameters.some((p) => p.in === 'path')) return [];
  const cursors = new Set<string>();
  for (const token of tokens) {
    const response = await target
      .http()
      .get(route.path)
      .query({ limit: 1 })
      .set('Authorization', `Bearer ${token}`);
    const next = (response.body as { nextCursor?: unknown } | undefined)?.nextCursor;
    if (typeof next === 'string') cursors.add(next);
  }
  return [...cursors];
}

/** The line a run prints per service. */
export function summaryLine(report: FuzzReport): string {
  return `fuzz ${report.service}: ${report.routes} routes, ${report.cases} cases, ${report.failures.length} failures`;
}

/** The failures as lines, each with what replays it, grouped by class. */
export function failureLines(report: FuzzReport, limit = 60): string[] {
  const lines = report.failures
    .slice(0, limit)
    .map(
      (f) =>
        `${f.class}: ${f.route} as ${f.caller}, ${f.description} → ${f.status}: ${f.violations.join('; ')}  [replay: FUZZ_SEED=${f.seed} FUZZ_ROUTE='${f.route}' FUZZ_PATH=${f.path}]`,
    );
  if (report.failures.length > limit) lines.push(`… and ${report.failures.length - limit} more`);
  return lines;
}

/** Failures per class, e.g. `{ "nul-character": 12 }`. */
export function failuresByClass(report: FuzzReport): Record<string, number> {
  return Object.fromEntries(
    Object.entries(report.byClass)
      .filter(([, t]) => t.failures)
      .map(([cls, t]) => [cls, t.failures]),
  );
}
