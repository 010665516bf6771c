// Test-only entry point (`@bridge/service-runtime/testing`), kept apart so that production
// bundles never pull in test helpers.
import request from 'supertest';
import { DataSource } from 'typeorm';
import type { ServiceName } from '@bridge/contracts';
import { InProcessEventBus } from '@bridge/messaging';
import {
  addCalendarDays,
  calendarDateInNetherlands,
  Clock,
  startOfDayInNetherlands,
} from '@bridge/platform';
import { databaseBackends } from '@bridge/testing';
import type { RunningService, ServiceDefinition } from './lib/service-runtime';
import { startTestService } from './lib/test-service';

export * from './lib/test-service';

/** The date `days` from today in the Netherlands, as every service counts "today". */
export function daysFromToday(days: number): string {
  return addCalendarDays(calendarDateInNetherlands(), days);
}

/** The claims of a dev token (`POST /auth/dev-token`), one shape per role. */
export type DevTokenClaims =
  | { sub: string; role: 'admin' }
  | { sub: string; role: 'employer'; employerId: string }
  | { sub: string; role: 'education-provider'; brin: string }
  | { sub: string; role: 'uwv-advisor'; regions: readonly string[] }
  | { sub: string; role: 'casemanager' | 'workshop-leader'; pi: string };

/** Where a test app keeps its data: a fresh database on this Postgres server, or (absent) embedded. */
export interface TestBackend {
  postgresUrl?: string;
}

/**
 * One real service for one test file: booted (`start`) on a free port with its own database and
 * an in-process bus of its own, closed after. Tests talk HTTP to it as callers with dev tokens and
 * read its tables only to check what was (not) written. Each service's fixture extends it with the
 * helpers of its domain.
 */
export class ServiceTestApp {
  private running?: RunningService;
  private readonly tokens = new Map<string, string>();

  constructor(
    private readonly serviceName: ServiceName,
    private readonly definition: ServiceDefinition,
    readonly backend: TestBackend = {},
    readonly bus = new InProcessEventBus(),
    /** Settings (environment variables) beyond the test defaults, e.g. a non-default MATCH_MIN_SCORE. */
    readonly settings: Record<string, string> = {},
  ) {}

  async start(): Promise<this> {
    this.running = await startTestService(this.serviceName, this.definition, {
      postgresUrl: this.backend.postgresUrl,
      bus: this.bus,
      // 4xx answers are what these suites provoke; their access lines would drown the output.
      env: { LOG_LEVEL: process.env['TEST_LOG_LEVEL'] ?? 'error', ...this.settings },
    });
    return this;
  }

  async close(): Promise<void> {
    await this.running?.close();
  }

  get service(): RunningService {
    if (!this.running)
      throw new Error(
        `the ${this.serviceName} test app is not started (use describeServiceOnEachBackend)`,
      );
    return this.running;
  }

  get dataSource(): DataSource {
    return this.service.app.get(DataSource);
  }

  /**
   * Makes `date` today for the service (noon in the Netherlands) until the returned spy is
   * restored (`jest.restoreAllMocks()`): every rule that asks the `Clock` sees that day.
   */
  pinToday(date: string): jest.SpyInstance<Date, []> {
    const noon = new Date(startOfDayInNetherlands(date).getTime() + 12 * 3_600_000);
    return jest.spyOn(this.service.app.get(Clock), 'now').mockReturnValue(noon);
  }

  /** Unauthenticated requests. */
  http() {
    return request(this.service.url);
  }

  /** A bearer token of `claims` from the service's own dev-token endpoint (one request per claims). */
  async token(claims: DevTokenClaims): Promise<string> {
    const cacheKey = JSON.stringify(claims);
    const cached = this.tokens.get(cacheKey);
    if (cached) return cached;
    const response = await this.http().post('/auth/dev-token').send(claims).expect(201);
    const token = (response.body as { token: string }).token;
    this.tokens.set(cacheKey, token);
    return token;
  }

  /** The `Authorization` header value of `claims`. */
  async auth(claims: DevTokenClaims): Promise<string> {
    return `Bearer ${await this.token(claims)}`;
  }

  /** Requests with the bearer token of `claims`. */
  as(claims: DevTokenClaims) {
    const authorized = async (test: request.Test) =>
      test.set('Authorization', await this.auth(claims));
    return {
      get: (path: string, query: Record<string, string | number> = {}) =>
        authorized(this.http().get(path).query(query)),
      post: (path: string, body: unknown, headers: Record<string, string> = {}) =>
        authorized(
          this.http()
            .post(path)
            .set(headers)
            .send(body as object),
        ),
      patch: (path: string, body: unknown) =>
        authorized(
          this.http()
            .patch(path)
            .send(body as object),
        ),
    };
  }
}

/**
 * Runs `suite` against the embedded database always, and again against the test Postgres server
 * when the run has one (always in CI); each run boots one app (`makeApp`) for the file before its
 * tests and closes it after.
 */
export function describeServiceOnEachBackend<App extends ServiceTestApp>(
  title: string,
  makeApp: (backend: TestBackend) => App,
  suite: (app: App) => void,
): void {
  for (const [name, backend] of databaseBackends()) {
    describe(`${title} [${name}]`, () => {
      const app = makeApp(backend);
      // Embedded Postgres boots a WASM engine and every migration runs: slower than a test.
      beforeAll(() => app.start(), 120_000);
      afterAll(() => app.close());
      suite(app);
    });
  }
}

/** The fields an RFC 9457 problem answer names in its `errors`. */
export function problemFields(body: unknown): string[] {
  return ((body as { errors?: { field: string }[] }).errors ?? []).map((error) => error.field);
}

/** Asserts an RFC 9457 problem answer with this status, naming these fields (if given). */
export function expectProblem(response: request.Response, status: number, fields?: string[]): void {
  // Status and body together, so a failure shows the problem.
  expect({ status: response.status, body: response.body }).toMatchObject({
    status,
    body: { status },
  });
  expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  if (fields) expect(problemFields(response.body)).toEqual(expect.arrayContaining(fields));
}

/** One route of a service's table in docs/api.md, as its OpenAPI document (`/docs-json`) must show it. */
export interface OpenApiRoute {
  method: 'get' | 'post' | 'patch' | 'put' | 'delete';
  /** In OpenAPI's form: `/candidates/{id}`. */
  path: string;
  status: number;
  /** The success answer's schema: a component name, `Name[]` for a list of them, null for an answer without one. */
  schema: string | null;
  /** The request body's schema (a component name). */
  body?: string;
  /** The problem answers its rules produce, beyond the 400, 401 and 403 every operation documents. */
  problems: number[];
  /** A create that replays its first answer for a repeated `Idempotency-Key`. */
  idempotent?: boolean;
}

interface OpenApiSchema {
  $ref?: string;
  type?: string;
  allOf?: OpenApiSchema[];
  items?: OpenApiSchema;
  example?: unknown;
  properties?: Record<string, OpenApiSchema>;
}
interface OpenApiOperation {
  summary?: string;
  parameters?: { name: string; in: string; example?: unknown; schema?: OpenApiSchema }[];
  requestBody?: { content: Record<string, { schema: OpenApiSchema }> };
  responses: Record<string, { content?: Record<string, { schema: OpenApiSchema }> }>;
}
interface OpenApiDocument {
  paths: Record<string, Record<string, OpenApiOperation>>;
  components: { schemas: Record<string, OpenApiSchema> };
}

const schemaRef = (name: string): OpenApiSchema => ({ $ref: `#/components/schemas/${name}` });

/** `Name[]` is a list of `Name`; anything else the component itself. */
function expectedSchema(name: string): OpenApiSchema {
  return name.endsWith('[]')
    ? { type: 'array', items: schemaRef(name.slice(0, -2)) }
    : schemaRef(name);
}

/**
 * Checks the OpenAPI document of the app `makeApp` builds against `routes`, the service's routes as
 * docs/api.md lists them: each route's summary, success and request body schemas, problem answers and
 * `Idempotency-Key` header; an example on every property of every schema and on every query
 * parameter of the table. The document does not depend on the data, so one app on the embedded
 * database serves the file.
 */
export function describeOpenApiContract(
  title: string,
  makeApp: (backend: TestBackend) => ServiceTestApp,
  routes: readonly OpenApiRoute[],
): void {
  describe(title, () => {
    const app = makeApp({});
    let doc: OpenApiDocument;
    beforeAll(async () => {
      await app.start();
      const response = await app.http().get('/docs-json');
      expect(response.status).toBe(200);
      doc = response.body as OpenApiDocument;
    }, 120_000);
    afterAll(() => app.close());

    it.each(routes)(
      'documents $method $path with its $status answer and problem answers',
      (route) => {
        const operation = doc.paths[route.path]?.[route.method];
        expect(operation).toBeDefined();
        expect(operation.summary).toEqual(expect.any(String));
        const success = operation.responses[String(route.status)];
        expect(success).toBeDefined();
        if (route.schema)
          expect(success.content?.['application/json']?.schema).toEqual(
            expectedSchema(route.schema),
          );
        if (route.body)
          expect(operation.requestBody?.content['application/json']?.schema).toEqual(
            schemaRef(route.body),
          );
        for (const problem of [400, 401, 403, ...route.problems]) {
          const documented =
            operation.responses[String(problem)]?.content?.['application/problem+json']?.schema;
          // The status alongside, so a failure names the missing answer.
          expect({ problem, schema: documented }).toEqual({
            problem,
            schema: schemaRef('Problem'),
          });
        }
        if (route.idempotent)
          expect(operation.parameters).toContainEqual(
            expect.objectContaining({ name: 'Idempotency-Key', in: 'header' }),
          );
      },
    );

    it('gives every property of every schema an example', () => {
      const named = routes.flatMap(({ schema, body }) =>
        [schema, body].filter((name): name is string => !!name),
      );
      expect(Object.keys(doc.components.schemas)).toEqual(
        expect.arrayContaining(named.map((name) => name.replace(/\[\]$/, ''))),
      );
      const missing = Object.entries(doc.components.schemas)
        .filter(([name]) => name !== 'Problem')
        .flatMap(([name, schema]) =>
          Object.entries(schema.properties ?? {})
            // A nested schema, or a list of one, shows its own properties' examples.
            .filter(
              ([, property]) =>
                property.example === undefined &&
                !property.$ref &&
                !property.allOf &&
                !property.items?.$ref,
            )
            .map(([property]) => `${name}.${property}`),
        );
      expect(missing).toEqual([]);
    });

    it('gives every query parameter of the table an example', () => {
      const missing = routes.flatMap(({ method, path }) =>
        (doc.paths[path]?.[method]?.parameters ?? [])
          .filter(
            (parameter) =>
              parameter.in === 'query' &&
              parameter.example === undefined &&
              parameter.schema?.example === undefined,
          )
          .map((parameter) => `${method} ${path} ?${parameter.name}`),
      );
      expect(missing).toEqual([]);
    });
  });
}
