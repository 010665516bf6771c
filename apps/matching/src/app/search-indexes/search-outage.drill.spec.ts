import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  SCHOOL_PLACE_PUBLISHED,
  SCHOOL_PLACE_UPDATED,
  SCHOOL_PLACE_WITHDRAWN,
  SchoolPlaceState,
  VACANCY_CLOSED,
  VACANCY_PUBLISHED,
  VACANCY_UPDATED,
  VacancyState,
} from '@bridge/contracts';
import {
  IndexSchema,
  MeilisearchSearchEngine,
  PostgresSearchEngine,
  SearchEngine,
  SearchEngineError,
} from '@bridge/search';
import { FakeMeilisearchMode, FakeMeilisearchServer } from '@bridge/search/testing';
import { startTestService } from '@bridge/service-runtime/testing';
import { createTestDatabase, expectEventually, testPostgresUrl } from '@bridge/testing';
import { MatchingPipeline } from '../match-engine/matching-pipeline';
import { matchingService } from '../matching.app-module';
import {
  ADMIN,
  ADVISOR,
  daysFromToday,
  MatchingTestApp,
} from '../testing/matching-test-app.fixture';
import {
  CANDIDATES_INDEX,
  dayNumber,
  SCHOOL_PLACES_INDEX,
  VACANCIES_INDEX,
} from './index-definitions';

/**
 * Issue 8 drill: the search engine is unavailable while vacancies and school places change. The
 * matching service keeps taking the other services' events; the index queue holds the changes,
 * backs off, and once the engine is back brings every index document in line with the source
 * (the last state each aggregate's owner published), with no hand step. The engine may also be
 * down from before matching starts: the set-up of the indexes (and, for the embedded engine, the
 * rebuild from the database) is then retried with backoff until the engine is back.
 *
 * Meilisearch is played by a fake HTTP server (no Meilisearch can be installed here or in CI) that
 * refuses connections, accepts and never answers, or answers 503; healthy, it keeps the documents
 * it is sent, as Meilisearch would. The embedded engine fails through a fault-injecting wrapper of
 * its methods. One app per engine kind serves every case of that kind (each case publishes its own
 * vacancies and school places); the start-up case restarts it. Each outage prints one summary line
 * with its figures.
 */

const OUTAGE_MS = 2_000;
const ROUNDS = 6;
/** Each request to the fake Meilisearch fails after this long (MEILI_TIMEOUT_MS), so a hang is short. */
const MEILI_TIMEOUT_MS = 300;
/** The pipeline retries with exponential backoff up to 10 s (MatchingPipeline); a spinning queue would run every poll (50 ms). */
const MAX_ROUNDS_WHILE_DOWN = 12;
const CATCH_UP_LIMIT_MS = 12_000;
const ALL_INDEXES = [VACANCIES_INDEX.name, SCHOOL_PLACES_INDEX.name, CANDIDATES_INDEX.name];

type RunningService = Awaited<ReturnType<typeof startTestService>>;

/** A database that outlives a restart of the service: Postgres where the run has one (it boots faster), else embedded on disk. */
async function drillDatabase(): Promise<{ env: Record<string, string>; remove(): Promise<void> }> {
  const postgresUrl = testPostgresUrl();
  if (postgresUrl) {
    const database = await createTestDatabase(postgresUrl, 'matching');
    return { env: { DATABASE_URL: database.url }, remove: () => database.drop() };
  }
  const dataDir = await mkdtemp(join(tmpdir(), 'matching-search-drill-'));
  return {
    env: { DATA_DIR: dataDir },
    remove: () => rm(dataDir, { recursive: true, force: true }),
  };
}

/** The matching service of the test fixture, booted with extra settings (e.g. MEILI_URL) on a database that survives `restart`. */
class DrillApp extends MatchingTestApp {
  private drillService?: RunningService;
  private database?: Awaited<ReturnType<typeof drillDatabase>>;

  constructor(private readonly env: Record<string, string>) {
    super({});
  }

  override async start(): Promise<this> {
    this.database ??= await drillDatabase();
    this.drillService = await startTestService('matching', matchingService, {
      bus: this.bus,
      env: {
        LOG_LEVEL: process.env['TEST_LOG_LEVEL'] ?? 'silent',
        ...this.database.env,
        ...this.env,
      },
    });
    return this;
  }

  /** Stops the service and starts it again on the same database and bus, as a deploy would. */
  async restart(): Promise<void> {
    const running = this.drillService;
    this.drillService = undefined;
    await running?.close();
    await this.start();
  }

  override async close(): Promise<void> {
    await this.drillService?.close();
    await this.database?.remove();
  }

  override get service(): RunningService {
    if (!this.drillService) throw new Error('the drill app is not started');
    return this.drillService;
  }
}

type Target =
  | { kind: 'vacancy'; state: VacancyState; version: number }
  | { kind: 'school-place'; state: SchoolPlaceState; version: number };

/** What an index document must say about a target: the fields its owner's last event set. */
function expectedDocument(target: Target) {
  return target.kind === 'vacancy'
    ? {
        status: target.state.status,
        title: target.state.title,
        openingsLeft: target.state.openingsLeft,
        startDay: dayNumber(target.state.startDate),
      }
    : {
        status: target.state.status,
        title: target.state.title,
        seatsLeft: target.state.seatsLeft,
        startDay: dayNumber(target.state.startDate),
      };
}

const indexOf = (target: Target) =>
  target.kind === 'vacancy' ? VACANCIES_INDEX.name : SCHOOL_PLACES_INDEX.name;

/** The other services' side: publishes vacancies and school places and remembers each one's last state. */
class Producers {
  readonly targets = new Map<string, Target>();
  readonly eventIds: string[] = [];
  private sequence = 0;

  constructor(
    private readonly app: MatchingTestApp,
    private readonly employerId: string,
    private readonly covenantId: string,
  ) {}

  /** Ids of the targets still open, of one kind. */
  open(kind: Target['kind']): string[] {
    return [...this.targets.entries()]
      .filter(([, t]) => t.kind === kind && t.state.status === 'open')
      .map(([id]) => id);
  }

  async publishVacancy(): Promise<string> {
    const state: VacancyState = {
      vacancyId: randomUUID(),
      employerId: this.employerId,
      covenantId: this.covenantId,
      title: `Machinaal houtbewerker ${++this.sequence}`,
      description: null,
      sector: null,
      municipalityCode: 'GM0865',
      hoursPerWeek: 32,
      startDate: daysFromToday(50),
      openings: 3,
      openingsLeft: 3,
      requiredQualifications: ['25016'],
      preferredQualifications: [],
      requiresVog: false,
      expiresOn: null,
      status: 'open',
    };
    await this.send('employers', {
      topic: VACANCY_PUBLISHED,
      key: state.vacancyId,
      version: 1,
      payload: state,
    });
    this.targets.set(state.vacancyId, { kind: 'vacancy', state, version: 1 });
    return state.vacancyId;
  }

  async updateVacancy(id: string): Promise<void> {
    const target = this.vacancy(id);
    const state = {
      ...target.state,
      title: `${target.state.title} (bijgewerkt)`,
      openingsLeft: Math.max(1, target.state.openingsLeft - 1),
    };
    const version = target.version + 1;
    await this.send('employers', { topic: VACANCY_UPDATED, key: id, version, payload: state });
    this.targets.set(id, { kind: 'vacancy', state, version });
  }

  async closeVacancy(id: string): Promise<void> {
    const target = this.vacancy(id);
    const version = target.version + 1;
    await this.send('employers', {
      topic: VACANCY_CLOSED,
      key: id,
      version,
      payload: { vacancyId: id, employerId: this.employerId, reason: 'closed-by-employer' },
    });
    this.targets.set(id, {
      kind: 'vacancy',
      state: { ...target.state, status: 'closed' },
      version,
    });
  }

  async publishSchoolPlace(): Promise<string> {
    const state: SchoolPlaceState = {
      schoolPlaceId: randomUUID(),
      brin: '25LX',
      covenantId: null,
      crebo: '25015',
      title: `Allround machinaal houtbewerker ${++this.sequence}`,
      level: 3,
      sector: 'Afbouw, hout en onderhoud',
      learningPath: 'BBL',
      municipalityCode: 'GM0796',
      startDate: daysFromToday(45),
      seats: 4,
      seatsLeft: 4,
      status: 'open',
      entryRequirements: { minLevel: 2, requiredQualifications: ['25016'] },
    };
    await this.send('training', {
      topic: SCHOOL_PLACE_PUBLISHED,
      key: state.schoolPlaceId,
      version: 1,
      payload: state,
    });
    this.targets.set(state.schoolPlaceId, { kind: 'school-place', state, version: 1 });
    return state.schoolPlaceId;
  }

  async updateSchoolPlace(id: string): Promise<void> {
    const target = this.schoolPlace(id);
    const state = {
      ...target.state,
      title: `${target.state.title} (bijgewerkt)`,
      seatsLeft: Math.max(1, target.state.seatsLeft - 1),
    };
    const version = target.version + 1;
    await this.send('training', { topic: SCHOOL_PLACE_UPDATED, key: id, version, payload: state });
    this.targets.set(id, { kind: 'school-place', state, version });
  }

  async withdrawSchoolPlace(id: string): Promise<void> {
    const target = this.schoolPlace(id);
    const version = target.version + 1;
    await this.send('training', {
      topic: SCHOOL_PLACE_WITHDRAWN,
      key: id,
      version,
      payload: { schoolPlaceId: id, brin: target.state.brin },
    });
    this.targets.set(id, {
      kind: 'school-place',
      state: { ...target.state, status: 'withdrawn' },
      version,
    });
  }

  /** One round of ten changes: vacancies published, updated and closed; school places likewise. */
  async round(): Promise<string[]> {
    const changed: string[] = [];
    for (let i = 0; i < 3; i++) changed.push(await this.publishVacancy());
    for (let i = 0; i < 2; i++) changed.push(await this.publishSchoolPlace());
    const [toUpdate1, toUpdate2, toClose] = this.open('vacancy');
    const [placeToUpdate, placeToWithdraw] = this.open('school-place');
    await this.updateVacancy(toUpdate1);
    await this.updateVacancy(toUpdate2);
    await this.closeVacancy(toClose);
    changed.push(toUpdate1, toUpdate2, toClose);
    await this.updateSchoolPlace(placeToUpdate);
    await this.withdrawSchoolPlace(placeToWithdraw);
    changed.push(placeToUpdate, placeToWithdraw);
    return changed;
  }

  private async send(
    producer: 'employers' | 'training',
    event: Parameters<MatchingTestApp['publish']>[1],
  ): Promise<void> {
    const envelope = await this.app.publish(producer, event);
    this.eventIds.push(envelope.eventId);
  }

  private vacancy(id: string) {
    const target = this.targets.get(id);
    if (target?.kind !== 'vacancy') throw new Error(`no vacancy ${id}`);
    return target;
  }

  private schoolPlace(id: string) {
    const target = this.targets.get(id);
    if (target?.kind !== 'school-place') throw new Error(`no school place ${id}`);
    return target;
  }
}

interface Outage {
  name: string;
  /** Reads an index's documents from the engine itself, by id. */
  documents(index: string): Promise<Map<string, Record<string, unknown>>>;
  down(): Promise<void>;
  up(): Promise<void>;
  /** The indexes whose settings the engine accepted since `up`. */
  indexesSetUpSinceUp(): string[];
  /** How often the service has asked the engine to set up the vacancies index so far (across restarts). */
  setUpAttempts(): number;
  /** Whether the engine's own probe (`search` in /health) can see this fault. */
  probeSeesIt: boolean;
  /** The engine fails from before matching starts: the service is restarted into the outage. */
  fromStart?: boolean;
}

interface Counts {
  changes: number;
  indexed: number;
  lost: number;
  stale: number;
}

async function documentsByIndex(
  outage: Outage,
): Promise<Map<string, Map<string, Record<string, unknown>>>> {
  const documents = new Map<string, Map<string, Record<string, unknown>>>();
  for (const index of [VACANCIES_INDEX.name, SCHOOL_PLACES_INDEX.name])
    documents.set(index, await outage.documents(index));
  return documents;
}

/** Per change: its target's index document is there and says what the owner last published. */
async function countChanges(
  outage: Outage,
  producers: Producers,
  changes: string[],
): Promise<Counts> {
  const documents = await documentsByIndex(outage);
  const counts: Counts = { changes: changes.length, indexed: 0, lost: 0, stale: 0 };
  for (const id of changes) {
    const target = producers.targets.get(id) as Target;
    const document = documents.get(indexOf(target))?.get(id);
    if (!document) counts.lost++;
    else if (
      Object.entries(expectedDocument(target)).some(([field, value]) => document[field] !== value)
    )
      counts.stale++;
    else counts.indexed++;
  }
  return counts;
}

/** Every vacancy and school place in the database (of every case so far): is its index document there, with its status and title? */
async function countDatabase(
  app: MatchingTestApp,
  outage: Outage,
): Promise<{ rows: number; indexed: number }> {
  const documents = await documentsByIndex(outage);
  const rows: { index: string; id: string; status: string; title: string }[] =
    await app.dataSource.query(
      `SELECT $1::text AS index, vacancy_id AS id, status, title FROM vacancies
     UNION ALL SELECT $2::text, school_place_id, status, title FROM school_places`,
      [VACANCIES_INDEX.name, SCHOOL_PLACES_INDEX.name],
    );
  const indexed = rows.filter((row) => {
    const document = documents.get(row.index)?.get(row.id);
    return document?.['status'] === row.status && document['title'] === row.title;
  });
  return { rows: rows.length, indexed: indexed.length };
}

async function queuedForIndexing(app: MatchingTestApp): Promise<number> {
  const [{ queued }] = await app.dataSource.query(
    'SELECT count(*)::int AS queued FROM search_index_queue',
  );
  return queued;
}

interface HealthSample {
  status: number;
  search: boolean;
  searchIndex: boolean;
}

async function health(app: MatchingTestApp): Promise<HealthSample> {
  const response = await app.http().get('/health');
  return {
    status: response.status,
    search: response.body.checks.search.up,
    searchIndex: response.body.checks['search-index'].up,
  };
}

const seconds = (ms: number) => (ms / 1000).toFixed(1);

/**
 * The drill: baseline while healthy, then `ROUNDS` rounds of changes spread over `OUTAGE_MS` while
 * the engine is down (restarting the service into the outage for a `fromStart` one), then
 * recovery; asserts the counts, /health while down and after, the backoff, the set-up of every
 * index, that every vacancy and school place of the database is indexed, and that every request
 * after recovery succeeds.
 */
async function drill(app: DrillApp, producers: Producers, outage: Outage): Promise<void> {
  await producers.round();
  await expectEventually(async () => expect(await queuedForIndexing(app)).toBe(0));
  await app.matchingIdle();

  // On the prototype, so the rounds of a service restarted into the outage count too (only its own, not the stopping one's).
  const rounds = jest.spyOn(MatchingPipeline.prototype, 'runOnce');
  const changes: string[] = [];
  const samples: HealthSample[] = [];
  const eventsBefore = producers.eventIds.length;
  await outage.down();
  const attemptsAtDown = outage.setUpAttempts();
  let quietAttempts = 0;
  const restartStartedAt = Date.now();
  if (outage.fromStart) await app.restart();
  const downAt = Date.now();
  for (let round = 0; round < ROUNDS; round++) {
    // Started into the outage, matching idles at first: nothing queued fails, so only a set-up that
    // retries on its own (with backoff) gets the indexes ready once the engine is back.
    const quiet = outage.fromStart && round < ROUNDS / 2;
    if (!quiet) changes.push(...(await producers.round()));
    if (round === 0 && !outage.fromStart) {
      // The index queue notices at its next write; from then on /health reports it.
      samples.push(
        await expectEventually(async () => {
          const sample = await health(app);
          expect(sample).toMatchObject({ status: 503, searchIndex: false });
          return sample;
        }),
      );
    } else {
      // A service that started into the outage reports it from its first answer.
      samples.push(await health(app));
    }
    await new Promise((resolve) =>
      setTimeout(resolve, Math.max(0, downAt + ((round + 1) * OUTAGE_MS) / ROUNDS - Date.now())),
    );
    if (quiet) quietAttempts = outage.setUpAttempts() - attemptsAtDown;
  }
  const queuedWhileDown = await queuedForIndexing(app);
  const pipeline = app.service.app.get(MatchingPipeline);
  const roundsWhileDown = rounds.mock.contexts.filter((context) => context === pipeline).length;
  const attemptsWhileDown = outage.setUpAttempts() - attemptsAtDown;
  await outage.up();
  const upAt = Date.now();
  rounds.mockRestore();

  // Every change waited in the queue (none was dropped on a failed write).
  expect(queuedWhileDown).toBeGreaterThanOrEqual(new Set(changes).size);
  let counts: Counts = { changes: changes.length, indexed: 0, lost: changes.length, stale: 0 };
  let database = { rows: 0, indexed: 0 };
  const caughtUpAt = await expectEventually(
    async () => {
      counts = await countChanges(outage, producers, changes);
      database = await countDatabase(app, outage);
      expect({
        queued: await queuedForIndexing(app),
        lost: counts.lost,
        stale: counts.stale,
        missing: database.rows - database.indexed,
      }).toEqual({
        queued: 0,
        lost: 0,
        stale: 0,
        missing: 0,
      });
      return Date.now();
    },
    { timeoutMs: CATCH_UP_LIMIT_MS, intervalMs: 25 },
  ).catch((error: unknown) => {
    process.stdout.write(
      `drill search-outage (${outage.name}): NOT caught up; changes ${counts.changes} / indexed ${counts.indexed} / lost ${counts.lost} / stale ${counts.stale}; ` +
        `database ${database.rows} / indexed ${database.indexed}\n`,
    );
    throw error;
  });
  // The indexes were set up again (settings), with no hand step.
  const setUp = new Set(outage.indexesSetUpSinceUp());
  expect([...setUp].sort()).toEqual([...ALL_INDEXES].sort());

  // Every event of the outage was applied exactly once (inbox) and none went to a dead-letter topic.
  const outageEvents = producers.eventIds.slice(eventsBefore);
  const [{ applied }] = await app.dataSource.query(
    'SELECT count(*)::int AS applied FROM inbox_messages WHERE event_id = ANY($1::uuid[])',
    [outageEvents],
  );
  expect(applied).toBe(outageEvents.length);
  for (const topic of [
    VACANCY_PUBLISHED,
    VACANCY_UPDATED,
    VACANCY_CLOSED,
    SCHOOL_PLACE_PUBLISHED,
    SCHOOL_PLACE_UPDATED,
    SCHOOL_PLACE_WITHDRAWN,
  ]) {
    expect(app.bus.retainedMessages(`${topic}.dlq`)).toHaveLength(0);
  }

  // /health said so the whole time, through the engine's probe where it can see the fault.
  expect(
    samples.every((s) => s.status === 503 && !s.searchIndex && (!outage.probeSeesIt || !s.search)),
  ).toBe(true);
  // The queue (and the set-up) backed off instead of spinning.
  expect(roundsWhileDown).toBeGreaterThanOrEqual(2);
  expect(roundsWhileDown).toBeLessThanOrEqual(MAX_ROUNDS_WHILE_DOWN);
  // Started into the outage, the set-up was retried while matching idled (the attempt at start and more), with backoff.
  if (outage.fromStart) {
    expect(quietAttempts).toBeGreaterThanOrEqual(2);
    expect(attemptsWhileDown).toBeLessThanOrEqual(MAX_ROUNDS_WHILE_DOWN + 1);
  }

  // After recovery: healthy, and every request succeeds; new changes are indexed at once.
  await expectEventually(async () =>
    expect(await health(app)).toEqual({ status: 200, search: true, searchIndex: true }),
  );
  const after = await producers.round();
  const answers = [
    (await app.as(ADMIN).post('/admin/reindex', {})).status,
    (await app.as(ADVISOR).get('/suggestions')).status,
    (await app.http().get('/health')).status,
  ];
  expect(answers).toEqual([202, 200, 200]);
  await expectEventually(async () => {
    expect(await queuedForIndexing(app)).toBe(0);
    expect(
      await countChanges(outage, producers, [...after, ...producers.targets.keys()]),
    ).toMatchObject({ lost: 0, stale: 0 });
  });

  expect(counts).toEqual({ changes: changes.length, indexed: changes.length, lost: 0, stale: 0 });
  process.stdout.write(
    `drill search-outage (${outage.name}): ${outage.fromStart ? `restarted in ${seconds(downAt - restartStartedAt)} s, ` : ''}` +
      `down ${seconds(upAt - downAt)} s, caught up in ${seconds(caughtUpAt - upAt)} s; ` +
      `changes ${counts.changes} / indexed ${counts.indexed} / lost ${counts.lost} / stale ${counts.stale}; ` +
      `database ${database.rows} / indexed ${database.indexed}; indexes set up ${setUp.size}/${ALL_INDEXES.length}; ` +
      `events ${outageEvents.length} applied once; index rounds while down ${roundsWhileDown}, set-up attempts ${attemptsWhileDown}` +
      `${outage.fromStart ? ` (${quietAttempts} while idle)` : ''}; /health down in ${samples.length}/${samples.length} samples\n`,
  );
}

/** The calls of an engine's `ensureIndex` (a spy on its class) for the vacancies index. */
function vacancyIndexSetUps(ensureIndex: jest.SpyInstance): number {
  return ensureIndex.mock.calls.filter(
    ([schema]) => (schema as IndexSchema).name === VACANCIES_INDEX.name,
  ).length;
}

async function newProducers(app: MatchingTestApp): Promise<Producers> {
  const employerId = randomUUID();
  const covenantId = await app.signCovenant({ employerId });
  return new Producers(app, employerId, covenantId);
}

describe('drill: the search engine unavailable while vacancies change (Meilisearch)', () => {
  const meilisearch = new FakeMeilisearchServer();
  let app: DrillApp;
  let requestsAtUp = 0;
  let ensureIndex: jest.SpyInstance;

  beforeAll(async () => {
    ensureIndex = jest.spyOn(MeilisearchSearchEngine.prototype, 'ensureIndex');
    await meilisearch.start();
    app = new DrillApp({ MEILI_URL: meilisearch.url, MEILI_TIMEOUT_MS: String(MEILI_TIMEOUT_MS) });
    await app.start();
  }, 120_000);
  afterAll(async () => {
    await app?.close();
    await meilisearch.stop();
    ensureIndex.mockRestore();
  });

  const outage = (mode: FakeMeilisearchMode, fromStart = false): Outage => ({
    name: `meilisearch ${mode}${fromStart ? ' from start-up' : ''}`,
    documents: async (index) => new Map(meilisearch.documentsOf(index)),
    down: () => meilisearch.setMode(mode),
    up: async () => {
      await meilisearch.setMode('healthy');
      requestsAtUp = meilisearch.requests.length;
    },
    indexesSetUpSinceUp: () =>
      meilisearch.requests
        .slice(requestsAtUp)
        .flatMap((request) =>
          request.method === 'PATCH'
            ? (request.path.match(/^\/indexes\/([^/]+)\/settings$/)?.slice(1) ?? [])
            : [],
        ),
    setUpAttempts: () => vacancyIndexSetUps(ensureIndex),
    probeSeesIt: true,
    fromStart,
  });

  it.each<FakeMeilisearchMode>(['refusing', 'hanging', 'failing'])(
    'Meilisearch %s: the index queue waits, backs off and catches up; /health reports it',
    async (mode) => drill(app, await newProducers(app), outage(mode)),
    60_000,
  );

  it('Meilisearch refusing from before matching starts: the set-up of the indexes retries with backoff; /health reports it; then it catches up', async () => {
    await drill(app, await newProducers(app), outage('refusing', true));
  }, 60_000);
});

describe('drill: the search engine unavailable while vacancies change (embedded engine failing)', () => {
  // A list long enough for every open vacancy, so that the check below sees all the match work done.
  const app = new DrillApp({ MATCH_MAX_SUGGESTIONS_PER_CANDIDATE: '1000' });
  let failing = false;
  let ensureIndex: jest.SpyInstance;
  let ensuredAtUp = 0;

  beforeAll(async () => {
    // A fault-injecting wrapper of the embedded engine, on its prototype so that it holds from before a
    // (re)start: every operation throws while the engine is "down". Its health probe is left alone
    // (isHealthy stays true), so only the index queue can tell.
    for (const method of ['ensureIndex', 'upsert', 'delete', 'search', 'clear'] as const) {
      const original = PostgresSearchEngine.prototype[method] as (
        ...args: unknown[]
      ) => Promise<unknown>;
      const spy = jest.spyOn(PostgresSearchEngine.prototype, method).mockImplementation(function (
        this: PostgresSearchEngine,
        ...args: unknown[]
      ) {
        return failing
          ? Promise.reject(new SearchEngineError('engine_error', `injected fault in ${method}`))
          : original.apply(this, args);
      } as never);
      if (method === 'ensureIndex') ensureIndex = spy;
    }
    const searchAll = PostgresSearchEngine.prototype.searchAll;
    jest.spyOn(PostgresSearchEngine.prototype, 'searchAll').mockImplementation(function (
      this: PostgresSearchEngine,
      ...args: Parameters<typeof searchAll>
    ) {
      if (!failing) return searchAll.apply(this, args);
      return (async function* () {
        yield* [];
        throw new SearchEngineError('engine_error', 'injected fault in searchAll');
      })();
    } as never);
    await app.start();
  }, 120_000);
  afterAll(async () => {
    await app.close();
    jest.restoreAllMocks();
  });

  const outage = (fromStart: boolean): Outage => ({
    name: `embedded engine failing${fromStart ? ' from start-up' : ''}`,
    documents: async (index) => {
      const page = await app.service.app
        .get(SearchEngine)
        .search<Record<string, unknown> & { id: string }>(index, { limit: 1000 });
      return new Map(page.hits.map((hit) => [hit.document.id, hit.document]));
    },
    down: async () => void (failing = true),
    up: async () => {
      failing = false;
      ensuredAtUp = ensureIndex.mock.calls.length;
    },
    indexesSetUpSinceUp: () =>
      ensureIndex.mock.calls.slice(ensuredAtUp).map(([schema]) => (schema as IndexSchema).name),
    setUpAttempts: () => vacancyIndexSetUps(ensureIndex),
    probeSeesIt: false,
    fromStart,
  });

  /** The match work queued behind the index caught up too: every open vacancy is suggested to the certified candidate. */
  async function expectEveryOpenVacancySuggestedTo(candidateId: string) {
    await app.matchingIdle();
    const suggested: { target_id: string }[] = await app.dataSource.query(
      `SELECT target_id FROM suggestions WHERE candidate_id = $1 AND target_type = 'vacancy' AND status = 'suggested'`,
      [candidateId],
    );
    const open: { vacancy_id: string }[] = await app.dataSource.query(
      `SELECT vacancy_id FROM vacancies WHERE status = 'open'`,
    );
    expect(suggested.map((s) => s.target_id).sort()).toEqual(open.map((v) => v.vacancy_id).sort());
  }

  it('the index queue waits, backs off and catches up; /health reports it; matching resumes', async () => {
    const candidateId = await app.registerCandidate();
    await app.certify(candidateId);
    await drill(app, await newProducers(app), outage(false));
    await expectEveryOpenVacancySuggestedTo(candidateId);
  }, 60_000);

  it('failing from before matching starts: the set-up and the rebuild from the database retry with backoff; /health reports it; then every vacancy is indexed and matched', async () => {
    const candidateId = await app.registerCandidate();
    await app.certify(candidateId);
    await drill(app, await newProducers(app), outage(true));
    await expectEveryOpenVacancySuggestedTo(candidateId);
  }, 60_000);
});
