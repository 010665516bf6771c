import { randomUUID } from 'node:crypto';
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
import { SearchEngine, SearchEngineError } from '@bridge/search';
import { FakeMeilisearchMode, FakeMeilisearchServer } from '@bridge/search/testing';
import { startTestService } from '@bridge/service-runtime/testing';
import { expectEventually, testPostgresUrl } from '@bridge/testing';
import { MatchingPipeline } from '../match-engine/matching-pipeline';
import { matchingService } from '../matching.app-module';
import { ADMIN, ADVISOR, daysFromToday, MatchingTestApp } from '../testing/matching-test-app.fixture';
import { dayNumber, SCHOOL_PLACES_INDEX, VACANCIES_INDEX } from './index-definitions';

/**
 * Issue 8 drill: the search engine is unavailable while vacancies and school places change. The
 * matching service keeps taking the other services' events; the index queue holds the changes,
 * backs off, and once the engine is back brings every index document in line with the source
 * (the last state each aggregate's owner published), with no hand step.
 *
 * Meilisearch is played by a fake HTTP server (no Meilisearch can be installed here or in CI) that
 * refuses connections, accepts and never answers, or answers 503; healthy, it keeps the documents
 * it is sent, as Meilisearch would. The embedded engine fails through a fault-injecting wrapper of
 * the port. Each outage prints one summary line with its figures.
 */

const OUTAGE_MS = 3_000;
const ROUNDS = 6;
/** Each request to the fake Meilisearch fails after this long (MEILI_TIMEOUT_MS), so a hang is short. */
const MEILI_TIMEOUT_MS = 300;
/** The pipeline retries with exponential backoff up to 10 s (MatchingPipeline); a spinning queue would run every poll (50 ms). */
const MAX_ROUNDS_WHILE_DOWN = 12;
const CATCH_UP_LIMIT_MS = 12_000;

type RunningService = Awaited<ReturnType<typeof startTestService>>;

/** The matching service of the test fixture, booted with extra settings (e.g. MEILI_URL). */
class DrillApp extends MatchingTestApp {
  private drillService?: RunningService;

  constructor(private readonly env: Record<string, string>) {
    super({});
  }

  override async start(): Promise<this> {
    this.drillService = await startTestService('matching', matchingService, {
      // The database plays no part in the drill: real Postgres where the run has one (it boots faster).
      postgresUrl: testPostgresUrl(),
      bus: this.bus,
      env: { LOG_LEVEL: process.env['TEST_LOG_LEVEL'] ?? 'silent', ...this.env },
    });
    return this;
  }

  override async close(): Promise<void> {
    await this.drillService?.close();
  }

  override get service(): RunningService {
    if (!this.drillService) throw new Error('the drill app is not started');
    return this.drillService;
  }
}

type Target = { kind: 'vacancy'; state: VacancyState; version: number } | { kind: 'school-place'; state: SchoolPlaceState; version: number };

/** What an index document must say about a target: the fields its owner's last event set. */
function expectedDocument(target: Target) {
  return target.kind === 'vacancy'
    ? { status: target.state.status, title: target.state.title, openingsLeft: target.state.openingsLeft, startDay: dayNumber(target.state.startDate) }
    : { status: target.state.status, title: target.state.title, seatsLeft: target.state.seatsLeft, startDay: dayNumber(target.state.startDate) };
}

const indexOf = (target: Target) => (target.kind === 'vacancy' ? VACANCIES_INDEX.name : SCHOOL_PLACES_INDEX.name);

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
    return [...this.targets.entries()].filter(([, t]) => t.kind === kind && t.state.status === 'open').map(([id]) => id);
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
    await this.send('employers', { topic: VACANCY_PUBLISHED, key: state.vacancyId, version: 1, payload: state });
    this.targets.set(state.vacancyId, { kind: 'vacancy', state, version: 1 });
    return state.vacancyId;
  }

  async updateVacancy(id: string): Promise<void> {
    const target = this.vacancy(id);
    const state = { ...target.state, title: `${target.state.title} (bijgewerkt)`, openingsLeft: Math.max(1, target.state.openingsLeft - 1) };
    const version = target.version + 1;
    await this.send('employers', { topic: VACANCY_UPDATED, key: id, version, payload: state });
    this.targets.set(id, { kind: 'vacancy', state, version });
  }

  async closeVacancy(id: string): Promise<void> {
    const target = this.vacancy(id);
    const version = target.version + 1;
    await this.send('employers', { topic: VACANCY_CLOSED, key: id, version, payload: { vacancyId: id, employerId: this.employerId, reason: 'closed-by-employer' } });
    this.targets.set(id, { kind: 'vacancy', state: { ...target.state, status: 'closed' }, version });
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
    await this.send('training', { topic: SCHOOL_PLACE_PUBLISHED, key: state.schoolPlaceId, version: 1, payload: state });
    this.targets.set(state.schoolPlaceId, { kind: 'school-place', state, version: 1 });
    return state.schoolPlaceId;
  }

  async updateSchoolPlace(id: string): Promise<void> {
    const target = this.schoolPlace(id);
    const state = { ...target.state, title: `${target.state.title} (bijgewerkt)`, seatsLeft: Math.max(1, target.state.seatsLeft - 1) };
    const version = target.version + 1;
    await this.send('training', { topic: SCHOOL_PLACE_UPDATED, key: id, version, payload: state });
    this.targets.set(id, { kind: 'school-place', state, version });
  }

  async withdrawSchoolPlace(id: string): Promise<void> {
    const target = this.schoolPlace(id);
    const version = target.version + 1;
    await this.send('training', { topic: SCHOOL_PLACE_WITHDRAWN, key: id, version, payload: { schoolPlaceId: id, brin: target.state.brin } });
    this.targets.set(id, { kind: 'school-place', state: { ...target.state, status: 'withdrawn' }, version });
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

  private async send(producer: 'employers' | 'training', event: Parameters<MatchingTestApp['publish']>[1]): Promise<void> {
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
  /** Whether the engine's own probe (`search` in /health) can see this fault. */
  probeSeesIt: boolean;
}

interface Counts {
  changes: number;
  indexed: number;
  lost: number;
  stale: number;
}

/** Per change: its target's index document is there and says what the owner last published. */
async function countChanges(outage: Outage, producers: Producers, changes: string[]): Promise<Counts> {
  const documents = new Map<string, Map<string, Record<string, unknown>>>();
  for (const index of [VACANCIES_INDEX.name, SCHOOL_PLACES_INDEX.name]) documents.set(index, await outage.documents(index));
  const counts: Counts = { changes: changes.length, indexed: 0, lost: 0, stale: 0 };
  for (const id of changes) {
    const target = producers.targets.get(id) as Target;
    const document = documents.get(indexOf(target))?.get(id);
    if (!document) counts.lost++;
    else if (Object.entries(expectedDocument(target)).some(([field, value]) => document[field] !== value)) counts.stale++;
    else counts.indexed++;
  }
  return counts;
}

async function queuedForIndexing(app: MatchingTestApp): Promise<number> {
  const [{ queued }] = await app.dataSource.query('SELECT count(*)::int AS queued FROM search_index_queue');
  return queued;
}

interface HealthSample {
  status: number;
  search: boolean;
  searchIndex: boolean;
}

async function health(app: MatchingTestApp): Promise<HealthSample> {
  const response = await app.http().get('/health');
  return { status: response.status, search: response.body.checks.search.up, searchIndex: response.body.checks['search-index'].up };
}

const seconds = (ms: number) => (ms / 1000).toFixed(1);

/**
 * The drill: baseline while healthy, then `ROUNDS` rounds of changes spread over `OUTAGE_MS` while
 * the engine is down, then recovery; asserts the counts, /health while down and after, the backoff,
 * and that every request after recovery succeeds.
 */
async function drill(app: MatchingTestApp, producers: Producers, outage: Outage): Promise<void> {
  const pipeline = app.service.app.get(MatchingPipeline);
  await producers.round();
  await expectEventually(async () => expect(await queuedForIndexing(app)).toBe(0));

  const rounds = jest.spyOn(pipeline, 'runOnce');
  const changes: string[] = [];
  const samples: HealthSample[] = [];
  const eventsBefore = producers.eventIds.length;
  await outage.down();
  const downAt = Date.now();
  for (let round = 0; round < ROUNDS; round++) {
    changes.push(...(await producers.round()));
    if (round === 0) {
      // The index queue notices at its next write; from then on /health reports it.
      samples.push(await expectEventually(async () => {
        const sample = await health(app);
        expect(sample).toMatchObject({ status: 503, searchIndex: false });
        return sample;
      }));
    } else {
      samples.push(await health(app));
    }
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, downAt + ((round + 1) * OUTAGE_MS) / ROUNDS - Date.now())));
  }
  const queuedWhileDown = await queuedForIndexing(app);
  const roundsWhileDown = rounds.mock.calls.length;
  await outage.up();
  const upAt = Date.now();
  rounds.mockRestore();

  // Every change waited in the queue (none was dropped on a failed write).
  expect(queuedWhileDown).toBeGreaterThanOrEqual(new Set(changes).size);
  let counts = await countChanges(outage, producers, changes);
  const caughtUpAt = await expectEventually(
    async () => {
      counts = await countChanges(outage, producers, changes);
      expect({ queued: await queuedForIndexing(app), lost: counts.lost, stale: counts.stale }).toEqual({ queued: 0, lost: 0, stale: 0 });
      return Date.now();
    },
    { timeoutMs: CATCH_UP_LIMIT_MS, intervalMs: 25 },
  ).catch((error: unknown) => {
    process.stdout.write(`drill search-outage (${outage.name}): NOT caught up; changes ${counts.changes} / indexed ${counts.indexed} / lost ${counts.lost} / stale ${counts.stale}\n`);
    throw error;
  });

  // Every event of the outage was applied exactly once (inbox) and none went to a dead-letter topic.
  const outageEvents = producers.eventIds.slice(eventsBefore);
  const [{ applied }] = await app.dataSource.query('SELECT count(*)::int AS applied FROM inbox_messages WHERE event_id = ANY($1::uuid[])', [outageEvents]);
  expect(applied).toBe(outageEvents.length);
  for (const topic of [VACANCY_PUBLISHED, VACANCY_UPDATED, VACANCY_CLOSED, SCHOOL_PLACE_PUBLISHED, SCHOOL_PLACE_UPDATED, SCHOOL_PLACE_WITHDRAWN]) {
    expect(app.bus.retainedMessages(`${topic}.dlq`)).toHaveLength(0);
  }

  // /health said so the whole time, through the engine's probe where it can see the fault.
  expect(samples.every((s) => s.status === 503 && !s.searchIndex && (!outage.probeSeesIt || !s.search))).toBe(true);
  // The queue backed off instead of spinning.
  expect(roundsWhileDown).toBeGreaterThanOrEqual(2);
  expect(roundsWhileDown).toBeLessThanOrEqual(MAX_ROUNDS_WHILE_DOWN);

  // After recovery: healthy, and every request succeeds; new changes are indexed at once.
  await expectEventually(async () => expect(await health(app)).toEqual({ status: 200, search: true, searchIndex: true }));
  const after = await producers.round();
  const answers = [
    (await app.as(ADMIN).post('/admin/reindex', {})).status,
    (await app.as(ADVISOR).get('/suggestions')).status,
    (await app.http().get('/health')).status,
  ];
  expect(answers).toEqual([202, 200, 200]);
  await expectEventually(async () => {
    expect(await queuedForIndexing(app)).toBe(0);
    expect(await countChanges(outage, producers, [...after, ...producers.targets.keys()])).toMatchObject({ lost: 0, stale: 0 });
  });

  expect(counts).toEqual({ changes: changes.length, indexed: changes.length, lost: 0, stale: 0 });
  process.stdout.write(
    `drill search-outage (${outage.name}): down ${seconds(upAt - downAt)} s, caught up in ${seconds(caughtUpAt - upAt)} s; ` +
      `changes ${counts.changes} / indexed ${counts.indexed} / lost ${counts.lost} / stale ${counts.stale}; ` +
      `events ${outageEvents.length} applied once; index rounds while down ${roundsWhileDown}; /health down in ${samples.length}/${samples.length} samples\n`,
  );
}

async function newProducers(app: MatchingTestApp): Promise<Producers> {
  const employerId = randomUUID();
  const covenantId = await app.signCovenant({ employerId });
  return new Producers(app, employerId, covenantId);
}

describe('drill: the search engine unavailable while vacancies change (Meilisearch)', () => {
  const meilisearch = new FakeMeilisearchServer();
  let app: DrillApp;
  let producers: Producers;

  beforeAll(async () => {
    await meilisearch.start();
    app = new DrillApp({ MEILI_URL: meilisearch.url, MEILI_TIMEOUT_MS: String(MEILI_TIMEOUT_MS) });
    await app.start();
    producers = await newProducers(app);
  }, 120_000);
  afterAll(async () => {
    await app?.close();
    await meilisearch.stop();
  });

  const outage = (mode: FakeMeilisearchMode): Outage => ({
    name: `meilisearch ${mode}`,
    documents: async (index) => new Map(meilisearch.documentsOf(index)),
    down: () => meilisearch.setMode(mode),
    up: () => meilisearch.setMode('healthy'),
    probeSeesIt: true,
  });

  it.each<FakeMeilisearchMode>(['refusing', 'hanging', 'failing'])(
    'Meilisearch %s: the index queue waits, backs off and catches up; /health reports it',
    (mode) => drill(app, producers, outage(mode)),
    60_000,
  );
});

describe('drill: the search engine unavailable while vacancies change (embedded engine failing)', () => {
  const app = new DrillApp({});
  let producers: Producers;

  beforeAll(async () => {
    await app.start();
    producers = await newProducers(app);
  }, 120_000);
  afterAll(() => app.close());

  it('the index queue waits, backs off and catches up; /health reports it; matching resumes', async () => {
    const engine = app.service.app.get(SearchEngine);
    let failing = false;
    // A fault-injecting wrapper of the port: every operation throws while the engine is "down".
    // The embedded engine has no probe of its own (isHealthy stays true), so only the index queue can tell.
    for (const method of ['ensureIndex', 'upsert', 'delete', 'search', 'clear'] as const) {
      const original = engine[method].bind(engine) as (...args: unknown[]) => Promise<unknown>;
      jest.spyOn(engine, method).mockImplementation(((...args: unknown[]) =>
        failing ? Promise.reject(new SearchEngineError('engine_error', `injected fault in ${method}`)) : original(...args)) as never);
    }
    const candidateId = await app.registerCandidate();
    await app.certify(candidateId);

    await drill(app, producers, {
      name: 'embedded engine failing',
      documents: async (index) => {
        const page = await engine.search<Record<string, unknown> & { id: string }>(index, { limit: 1000 });
        return new Map(page.hits.map((hit) => [hit.document.id, hit.document]));
      },
      down: async () => void (failing = true),
      up: async () => void (failing = false),
      probeSeesIt: false,
    });

    // The match work queued behind the index caught up too: every open vacancy is suggested to the certified candidate.
    await app.matchingIdle();
    const suggested: { target_id: string }[] = await app.dataSource.query(
      `SELECT target_id FROM suggestions WHERE candidate_id = $1 AND target_type = 'vacancy' AND status = 'suggested'`,
      [candidateId],
    );
    expect(suggested.map((s) => s.target_id).sort()).toEqual(producers.open('vacancy').sort());
  }, 60_000);
});
