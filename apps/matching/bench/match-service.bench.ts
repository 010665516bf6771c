/**
 * Match service benchmark: the real matching service on its embedded defaults (in-memory PGlite,
 * the search engine behind the port, in-process bus), or with BENCH_KAFKA=1 on Kafka + Postgres
 * (kafka-setup.ts: a database and a topic prefix of the run's own, search in that database), takes
 * in a generated world the way it does in production: covenants, vacancies, school places and certificates as the other services'
 * events (built and validated by @bridge/contracts), candidates over HTTP. It reports how fast
 * the world is taken in, how long the match engine takes to suggest, to recompute everything and
 * to follow one change, how fast the suggestions are read, and whether the best suggestions equal
 * those of a naive baseline that judges every pair with the same rules (the exactness check).
 *
 *   npm run bench -- --small|--medium|--national [--kafka]   (tools/bench.sh)
 *
 * Environment: BENCH_SIZE (small, medium, national; default small), BENCH_SERVICE_CANDIDATES,
 * BENCH_SERVICE_VACANCIES, BENCH_SERVICE_SCHOOL_PLACES (override the size), BENCH_SEED (default 42),
 * BENCH_SAMPLE (candidates compared with the baseline, default 500; all at small size),
 * BENCH_CHANGES (incremental changes of each kind, default 20), BENCH_BURST (vacancy updates
 * published at once, default 100), BENCH_REQUESTS (timed reads of each route, default 200),
 * BENCH_SEARCH_REPORT (the search bench's figures to include), BENCH_REPORT (where the JSON report goes,
 * default dist/bench/report-<size>.json, report-<size>-kafka.json with BENCH_KAFKA=1), BENCH_STRICT=1
 * (exit 2 when a compared candidate differs; always at small size). MEILI_URL, MEILI_MASTER_KEY:
 * run the service on Meilisearch instead of the embedded engine; MATCH_MAX_SUGGESTIONS_PER_CANDIDATE,
 * MATCH_MIN_SCORE: what the service keeps (the baseline applies the same floor).
 * Not part of the tests: it prints figures and writes a report, it asserts nothing (but the exit code).
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { EntityManager } from 'typeorm';
import {
  CERTIFICATE_REGISTERED,
  COVENANT_SIGNED,
  createEnvelope,
  NewEvent,
  SCHOOL_PLACE_PUBLISHED,
  Topic,
  VACANCY_PUBLISHED,
  VACANCY_UPDATED,
  VacancyState,
} from '@bridge/contracts';
import { EventBus, toBusMessage } from '@bridge/messaging';
import { loadServiceConfig } from '@bridge/platform';
import { distanceKm, listRegions, Qualification } from '@bridge/reference-data';
import { MatchTarget, MatchTargets, TargetType } from '../src/app/match-engine/match-targets';
import { TargetCatalogue } from '../src/app/match-engine/target-catalogue';
import { CandidateProfile, TargetProfile } from '../src/app/match-rules/match-rules';
import { DEFAULT_MATCH_SETTINGS, MatchSettings } from '../src/app/match-rules/match-settings';
import { dayNumber } from '../src/app/search-indexes/index-definitions';
import {
  addDays,
  BENCH_SEED,
  makeWorld,
  mib,
  peakRss,
  percentile,
  printTable,
  runBench,
  seededRandom,
  SizeName,
  vacancyFor,
  World,
  WorldCandidate,
  WORLD_SIZES,
} from './bench-world';
import { KafkaSetup, openKafkaSetup } from './kafka-setup';
import { firstDifference, naiveTop, profilesOf, Ranked, WorldIds } from './naive-baseline';
import { BACKLOG_SQL, forkService, ServiceProcess } from './service-process';

const SIZE = (process.env['BENCH_SIZE'] ?? 'small') as SizeName;
if (!(SIZE in WORLD_SIZES))
  throw new Error(`BENCH_SIZE must be one of ${Object.keys(WORLD_SIZES).join(', ')}, got ${SIZE}`);
const sizeSetting = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const CANDIDATES = sizeSetting('BENCH_SERVICE_CANDIDATES', WORLD_SIZES[SIZE].candidates);
const VACANCIES = sizeSetting('BENCH_SERVICE_VACANCIES', WORLD_SIZES[SIZE].vacancies);
const SCHOOL_PLACES = sizeSetting('BENCH_SERVICE_SCHOOL_PLACES', WORLD_SIZES[SIZE].schoolPlaces);
const SAMPLE =
  SIZE === 'small' ? CANDIDATES : Math.min(CANDIDATES, Number(process.env['BENCH_SAMPLE'] ?? 500));
const CHANGES = Number(process.env['BENCH_CHANGES'] ?? 20);
const BURST = Number(process.env['BENCH_BURST'] ?? 100);
const REQUESTS = Number(process.env['BENCH_REQUESTS'] ?? 200);
const STRICT = SIZE === 'small' || process.env['BENCH_STRICT'] === '1';
const KAFKA = process.env['BENCH_KAFKA'] === '1';
const REPORT =
  process.env['BENCH_REPORT'] ?? `dist/bench/report-${SIZE}${KAFKA ? '-kafka' : ''}.json`;
/** The suggestions compared with the baseline, per candidate (fewer if the service keeps fewer). */
const COMPARED = 20;
/** Events per bus publish, and requests in flight at once. */
const EVENT_BATCH = 100;
const HTTP_IN_FLIGHT = 4;
/** How often a waiting step looks again, and how long it waits at most. */
const POLL_MS = 5;
const VISIBLE_TIMEOUT_MS = 60_000;
/** On Kafka: how long the inbox may stand still before the bench gives up on events it published. */
const TAKEN_IN_STALL_MS = 120_000;

interface Latency {
  p50: number;
  p95: number;
  n: number;
}

class MatchingUnderBench {
  private readonly tokens = new Map<string, string>();
  private readonly versions = new Map<string, number>();
  private published = 0;

  /**
   * `broker`: the other services' producer on Kafka, whose publish resolves once the broker has the events, not
   * once matching handled them, so `publish` waits for matching's inbox. Without it the events go to the
   * service's in-process bus, whose publish resolves once they are handled.
   */
  constructor(
    private readonly service: ServiceProcess,
    private readonly url: string,
    private readonly broker: EventBus | null,
  ) {}

  /** Publishes other services' events; resolves once matching has handled them all. */
  async publish(producer: 'employers' | 'training', events: NewEvent<Topic>[]): Promise<void> {
    const ids: string[] = [];
    for (let i = 0; i < events.length; i += EVENT_BATCH) {
      const envelopes = events
        .slice(i, i + EVENT_BATCH)
        .map((event) => createEnvelope(producer, event));
      ids.push(...envelopes.map((envelope) => envelope.eventId));
      const messages = envelopes.map(toBusMessage);
      await (this.broker ? this.broker.publish(messages) : this.service.call('publish', messages));
    }
    this.published += events.length;
    if (this.broker)
      await this.takenIn(this.published, ids.length <= EVENT_BATCH ? ids : undefined);
  }

  /**
   * Resolves once matching's consumer has handled `count` events: it records one inbox row per event id. A few
   * events are looked up by id: counting an inbox of 300,000 rows costs some 40 ms a poll, which a latency would include.
   */
  private async takenIn(count: number, ids?: string[]): Promise<void> {
    let handled = -1;
    let lastProgress = performance.now();
    for (;;) {
      const [{ n }] = ids
        ? await this.rows<{ n: string }>(
            'SELECT count(*) + $2::int AS n FROM inbox_messages WHERE event_id = ANY($1::uuid[])',
            [ids, count - ids.length],
          )
        : await this.rows<{ n: string }>('SELECT count(*) AS n FROM inbox_messages');
      if (Number(n) >= count) return;
      if (Number(n) !== handled) {
        handled = Number(n);
        lastProgress = performance.now();
      } else if (performance.now() - lastProgress > TAKEN_IN_STALL_MS) {
        throw new Error(
          `matching handled ${handled} of the ${count} events published, none more in ${TAKEN_IN_STALL_MS / 1000} s (dead-lettered? see its log)`,
        );
      }
      await sleep(POLL_MS);
    }
  }

  /** The next version of an aggregate's events (1 for its first). */
  nextVersion(key: string): number {
    const version = (this.versions.get(key) ?? 0) + 1;
    this.versions.set(key, version);
    return version;
  }

  /** A casemanager of the candidate's PI registers it over HTTP; returns the candidate's id. */
  async register(registration: World['candidates'][number]['registration']): Promise<string> {
    const response = await fetch(`${this.url}/candidates`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${await this.casemanagerToken(registration.piCode)}`,
      },
      body: JSON.stringify(registration),
    });
    if (response.status !== 201)
      throw new Error(`registering a candidate: ${response.status} ${await response.text()}`);
    return ((await response.json()) as { id: string }).id;
  }

  /** GET as a principal; the parsed body of a 200. */
  async get<T>(path: string, token: string): Promise<T> {
    const response = await fetch(`${this.url}${path}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    if (response.status !== 200)
      throw new Error(`GET ${path}: ${response.status} ${await response.text()}`);
    return (await response.json()) as T;
  }

  /** The candidate's suggestions still to review, best first, as its casemanager reads them. */
  async suggestionsOf(candidateId: string, piCode: string, limit: number): Promise<Ranked[]> {
    const page = await this.get<{ items: { targetId: string; score: number | string }[] }>(
      `/candidates/${candidateId}/suggestions?status=suggested&limit=${limit}`,
      await this.casemanagerToken(piCode),
    );
    return page.items.map(({ targetId, score }) => ({ targetId, score: Number(score) }));
  }

  casemanagerToken(pi: string): Promise<string> {
    return this.token(`cm-${pi}`, { role: 'casemanager', pi });
  }

  advisorToken(region: string): Promise<string> {
    return this.token(`uwv-${region}`, { role: 'uwv-advisor', regions: [region] });
  }

  private async token(sub: string, claims: Record<string, unknown>): Promise<string> {
    const cached = this.tokens.get(sub);
    if (cached) return cached;
    const response = await fetch(`${this.url}/auth/dev-token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ sub, ...claims }),
    });
    const { token } = (await response.json()) as { token: string };
    this.tokens.set(sub, token);
    return token;
  }

  /** Matching's backlog: documents still to index and subjects still to re-match. */
  async backlog(): Promise<number> {
    const [{ queued }] = await this.rows<{ queued: string }>(BACKLOG_SQL);
    return Number(queued);
  }

  /** Resolves once the pipeline, on its own schedule, has worked off the backlog. */
  async drained(): Promise<void> {
    while ((await this.backlog()) > 0) await sleep(20);
  }

  /**
   * Runs the pipeline now until the backlog is gone: the time a change takes to reach the
   * suggestions, without the idle wait until the pipeline's next poll.
   */
  settle(): Promise<void> {
    return this.service.call('settle');
  }

  /** Every candidate queued, as after a change of the rules. */
  recomputeAll(candidateIds: string[]): Promise<void> {
    return this.service.call('enqueueMatching', 'candidate', candidateIds);
  }

  async rows<T>(sql: string, parameters: unknown[] = []): Promise<T[]> {
    return (await this.service.call('query', sql, parameters)) as T[];
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function certificateEvent(
  candidateId: string,
  piCode: string,
  qualification: Qualification,
  today: string,
  certificateId: string,
): NewEvent<typeof CERTIFICATE_REGISTERED> {
  return {
    topic: CERTIFICATE_REGISTERED,
    key: certificateId,
    version: 1,
    payload: {
      certificateId,
      candidateId,
      piCode,
      crebo: qualification.crebo,
      title: qualification.title,
      level: qualification.level,
      sector: qualification.sector,
      workProcesses: [],
      issuedOn: addDays(today, -7),
    },
  };
}

/** Times `work`, and says on stderr what it is doing, since the whole run takes minutes. */
async function timed(label: string, work: () => Promise<void>): Promise<number> {
  process.stderr.write(`  ${label} ... `);
  const start = performance.now();
  await work();
  const ms = performance.now() - start;
  process.stderr.write(`${(ms / 1000).toFixed(1)} s\n`);
  return ms;
}

function latencyOf(durations: number[]): Latency {
  const sorted = [...durations].sort((a, b) => a - b);
  return {
    p50: round1(percentile(sorted, 50)),
    p95: round1(percentile(sorted, 95)),
    n: sorted.length,
  };
}

/** p50 and p95 of `runs` runs of `change`, after one to warm up. */
async function latencies(
  label: string,
  runs: number,
  change: (i: number) => Promise<void>,
): Promise<Latency> {
  const durations: number[] = [];
  await timed(`${label}: 1 to warm up, ${runs} timed`, async () => {
    await change(-1);
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      await change(i);
      durations.push(performance.now() - start);
    }
  });
  return latencyOf(durations);
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/**
 * How fast the engine finds a candidate's field (the targets that may pass the hard rules): its catalogue's
 * buckets against a plain scan of every open target with the same narrowing, for each candidate of the sample.
 * Both in the bench's process, over the same targets: the service's process is measured for memory.
 */
async function fieldFigures(candidates: CandidateProfile[], targets: TargetProfile[]) {
  const settings = DEFAULT_MATCH_SETTINGS;
  const catalogue = await catalogueOf(targets);
  const open = targets
    .filter((target) => target.open && target.placesLeft >= 1)
    .map((target) => ({ target, startDay: dayNumber(target.startDate) }));
  const time = (find: (candidate: CandidateProfile) => unknown[]) => {
    const durations: number[] = [];
    let found = 0;
    for (const candidate of candidates) {
      const start = performance.now();
      found += find(candidate).length;
      durations.push(performance.now() - start);
    }
    // In µs-precise milliseconds: a field is found in well under one.
    const sorted = durations.sort((a, b) => a - b);
    const round3 = (ms: number) => Math.round(ms * 1000) / 1000;
    return {
      p50: round3(percentile(sorted, 50)),
      p95: round3(percentile(sorted, 95)),
      n: sorted.length,
      meanField: Math.round(found / Math.max(1, candidates.length)),
    };
  };
  return {
    openTargets: catalogue.size,
    catalogue: time((candidate) => catalogue.fieldOf(candidate, settings).targets),
    scan: time((candidate) => scannedField(candidate, open, settings)),
  };
}

/** The engine's catalogue of these targets, loaded as the service loads it from its read models: page by page, in id order. */
async function catalogueOf(targets: TargetProfile[]): Promise<TargetCatalogue> {
  const byId = (a: TargetProfile, b: TargetProfile) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const ordered = {
    vacancy: targets.filter((t) => t.type === 'vacancy').sort(byId),
    'school-place': targets.filter((t) => t.type === 'school-place').sort(byId),
  };
  const readModels = {
    openPage: async (
      _manager: unknown,
      type: TargetType,
      limit: number,
      after?: string,
    ): Promise<MatchTarget[]> => {
      const rows = ordered[type];
      let from = 0;
      // The first row after `after`, by bisection.
      for (let high = after === undefined ? 0 : rows.length; from < high; ) {
        const middle = (from + high) >>> 1;
        if (rows[middle].id <= (after as string)) from = middle + 1;
        else high = middle;
      }
      return rows.slice(from, from + limit).map((profile) => ({ profile, summary: null as never }));
    },
  };
  const catalogue = new TargetCatalogue(readModels as unknown as MatchTargets);
  await catalogue.load(null as unknown as EntityManager);
  return catalogue;
}

/** A candidate's field by a plain scan: window, reach, VOG and rule 4, target by target (start days computed beforehand). */
function scannedField(
  candidate: CandidateProfile,
  targets: { target: TargetProfile; startDay: number }[],
  settings: MatchSettings,
) {
  const release = dayNumber(candidate.releaseDate);
  const held = new Set(candidate.certificates.map((certificate) => certificate.crebo));
  return targets.filter(({ target, startDay }) => {
    if (
      startDay < release - settings.startWindow.daysBefore ||
      startDay > release + settings.startWindow.daysAfter
    )
      return false;
    if (target.requiresVog && candidate.vogOutlook === 'unlikely') return false;
    if (!target.requiredQualifications.every((crebo) => held.has(crebo))) return false;
    return (
      target.regionCode === candidate.regionCode ||
      distanceKm(candidate.municipalityCode, target.municipalityCode) <= settings.maxKm
    );
  });
}

/** What the search bench measured (libs/search/bench), when tools/bench.sh ran it first. */
function searchFigures(): { docs: number; engine: string; shape: Latency; scan: Latency } | null {
  const path = process.env['BENCH_SEARCH_REPORT'];
  return path && existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null;
}

async function main(
  kafka: KafkaSetup | null,
  service: ServiceProcess,
  dataDir: string,
): Promise<void> {
  const world = makeWorld({
    candidates: CANDIDATES,
    vacancies: VACANCIES,
    schoolPlaces: SCHOOL_PLACES,
    seed: BENCH_SEED,
  });
  const rnd = seededRandom(BENCH_SEED + 1);
  // The settings an operator would give the service, when set: the search engine and what it keeps.
  const passedOn = Object.fromEntries(
    [
      'MEILI_URL',
      'MEILI_MASTER_KEY',
      'MATCH_MAX_SUGGESTIONS_PER_CANDIDATE',
      'MATCH_MIN_SCORE',
    ].flatMap((name) => (process.env[name] ? [[name, process.env[name]]] : [])),
  );
  const env = {
    NODE_ENV: 'development',
    DATA_DIR: dataDir,
    LOG_LEVEL: 'warn',
    LOG_FORMAT: 'json',
    // Casemanagers register a whole country here: the per-principal limit guards the real API.
    RATE_LIMIT_REGISTRATION: String(CANDIDATES * 2),
    ...passedOn,
    ...kafka?.env,
  };
  const config = loadServiceConfig('matching', env);
  const bootStart = performance.now();
  // On Kafka the service has a bus of its own, as in production (the bench's is the other services').
  const { url, rssAfterBoot } = await service.call('start', env, kafka === null);
  const bootMs = performance.now() - bootStart;
  // What the service keeps per candidate (MATCH_MAX_SUGGESTIONS_PER_CANDIDATE, MATCH_MIN_SCORE): the goal for
  // what is stored, and the baseline's floor.
  const { maxSuggestionsPerCandidate: kept, minScore } = config.match;
  const top = Math.min(COMPARED, kept);
  const matching = new MatchingUnderBench(service, url, kafka?.bus ?? null);
  const registrations = world.candidates.length;
  const certificateCount = world.candidates.reduce((sum, c) => sum + c.certificates.length, 0);
  const setup = kafka
    ? {
        database: 'Postgres',
        bus: 'Kafka',
        search: config.search.kind === 'meilisearch' ? 'Meilisearch' : 'postgres',
      }
    : {
        database: `embedded (PGlite, ${dataDir === ':memory:' ? 'in memory' : 'on disk'})`,
        bus: 'in-process',
        search: config.search.kind === 'meilisearch' ? 'Meilisearch' : 'embedded search engine',
      };
  console.log(
    `size ${SIZE}: ${registrations} candidates (${certificateCount} certificates), ${world.vacancies.length} vacancies, ${world.schoolPlaces.length} school places, ${world.covenants.length} covenants; database: ${setup.database}, bus: ${setup.bus}, search: ${setup.search}${kafka ? ` (database ${kafka.database}, topics ${kafka.topicPrefix}*)` : ''}; seed ${BENCH_SEED}, Node ${process.version}`,
  );

  const versioned = <T extends Topic>(
    topic: T,
    key: string,
    payload: NewEvent<T>['payload'],
  ): NewEvent<T> => ({
    topic,
    key,
    version: matching.nextVersion(key),
    payload,
  });
  /** Employers moves a vacancy's start a week on and takes an opening: its candidates must be re-matched. */
  const vacancyUpdate = (vacancy: VacancyState) => {
    vacancy.startDate = addDays(vacancy.startDate, 7);
    vacancy.openingsLeft = Math.max(1, vacancy.openingsLeft - 1);
    return versioned(VACANCY_UPDATED, vacancy.vacancyId, vacancy);
  };

  // The other services' state first, indexed before any candidate exists (matching going live).
  const covenantsMs = await timed(`publishing ${world.covenants.length} covenants`, async () => {
    await matching.publish(
      'employers',
      world.covenants.map((covenant) => versioned(COVENANT_SIGNED, covenant.covenantId, covenant)),
    );
    await matching.drained();
  });
  const vacanciesMs = await timed(
    `publishing and indexing ${world.vacancies.length} vacancies`,
    async () => {
      await matching.publish(
        'employers',
        world.vacancies.map((vacancy) => versioned(VACANCY_PUBLISHED, vacancy.vacancyId, vacancy)),
      );
      await matching.drained();
    },
  );
  const schoolPlacesMs = await timed(
    `publishing and indexing ${world.schoolPlaces.length} school places`,
    async () => {
      await matching.publish(
        'training',
        world.schoolPlaces.map((place) =>
          versioned(SCHOOL_PLACE_PUBLISHED, place.schoolPlaceId, place),
        ),
      );
      await matching.drained();
    },
  );

  // The initial load of candidates: registered over HTTP, certified over the bus, matched as the pipeline goes.
  const ids: WorldIds = {
    candidateIds: new Array(registrations),
    certificateIds: world.candidates.map(({ certificates }) => certificates.map(() => rnd.uuid())),
  };
  const loadStart = performance.now();
  const candidatesMs = await timed(`registering ${registrations} candidates`, async () => {
    let next = 0;
    const worker = async () => {
      for (let i = next++; i < registrations; i = next++)
        ids.candidateIds[i] = await matching.register(world.candidates[i].registration);
    };
    await Promise.all(Array.from({ length: HTTP_IN_FLIGHT }, worker));
  });
  const certificatesMs = await timed(`registering ${certificateCount} certificates`, () =>
    matching.publish(
      'training',
      world.candidates.flatMap(({ registration, certificates }, i) =>
        certificates.map((qualification, j) =>
          certificateEvent(
            ids.candidateIds[i],
            registration.piCode,
            qualification,
            world.today,
            ids.certificateIds[i][j],
          ),
        ),
      ),
    ),
  );
  const drainMs = await timed('draining the match queue', () => matching.drained());
  const initialMs = performance.now() - loadStart;

  // The exactness check's service side: the best suggestions of the sample, as the world stands now
  // (the changes below move it on, so the baseline judges a copy of it).
  const sample = Array.from({ length: SAMPLE }, (_, k) => Math.floor((k * registrations) / SAMPLE));
  const served = new Map<number, Ranked[]>();
  const loadedWorld = structuredClone(world);
  await timed(`reading the top ${top} of ${sample.length} candidates`, async () => {
    for (const i of sample)
      served.set(
        i,
        await matching.suggestionsOf(
          ids.candidateIds[i],
          world.candidates[i].registration.piCode,
          top,
        ),
      );
  });

  // What is stored, per registered candidate (those with none count as 0).
  const perCandidate = await matching.rows<{ n: string }>(
    `SELECT count(*) AS n FROM suggestions WHERE status = 'suggested' GROUP BY candidate_id`,
  );
  const storedTotal = perCandidate.reduce((sum, row) => sum + Number(row.n), 0);
  const stored = {
    mean: round1(storedTotal / registrations),
    max: Math.max(0, ...perCandidate.map((row) => Number(row.n))),
    total: storedTotal,
  };

  // Reads at full size: a candidate's suggestions (its casemanager), the advisor's queue (one region's advisor).
  const regions = listRegions().map((region) => region.code);
  const candidateRead = await latencies(`GET /candidates/:id/suggestions`, REQUESTS, async () => {
    const i = rnd.int(0, registrations - 1);
    await matching.get(
      `/candidates/${ids.candidateIds[i]}/suggestions`,
      await matching.casemanagerToken(world.candidates[i].registration.piCode),
    );
  });
  const queueRead = await latencies(`GET /suggestions (advisor's queue)`, REQUESTS, async () => {
    await matching.get('/suggestions', await matching.advisorToken(rnd.pick(regions)));
  });

  // Everything at once: every candidate queued, as after a change of the rules.
  const fullMs = await timed('full recompute', async () => {
    await matching.recomputeAll(ids.candidateIds);
    await matching.settle();
  });

  // Incremental: one change, until its suggestions are updated.
  const certifiable = [
    ...new Map(world.candidates.flatMap((c) => c.certificates).map((q) => [q.crebo, q])).values(),
  ];
  // Of which: until matching has taken the event in (on Kafka: through the broker and the consumer into the inbox).
  const certificateTakenIn: number[] = [];
  const oneCertificate = await latencies('new certificate -> re-matched', CHANGES, async (run) => {
    const i = rnd.int(0, registrations - 1);
    const { piCode } = world.candidates[i].registration;
    const start = performance.now();
    await matching.publish('training', [
      certificateEvent(ids.candidateIds[i], piCode, rnd.pick(certifiable), world.today, rnd.uuid()),
    ]);
    if (run >= 0) certificateTakenIn.push(performance.now() - start);
    await matching.settle();
  });
  const certificateIntake = latencyOf(certificateTakenIn);
  const oneVacancy = await latencies('vacancy update -> re-matched', CHANGES, async () => {
    await matching.publish('employers', [vacancyUpdate(rnd.pick(world.vacancies))]);
    await matching.settle();
  });

  // A new vacancy that suits a candidate, until the candidate's suggestions (over HTTP) show it; the
  // pipeline runs on its own schedule, so this includes its idle poll.
  const horizon = addDays(world.today, 170);
  const suited = world.candidates
    .map((candidate, i) => ({ candidate, i }))
    .filter(
      ({ candidate: { registration } }) =>
        registration.consent.shareAnonymisedProfile && registration.expectedReleaseDate <= horizon,
    );
  const employerCovenants = world.covenants.filter((covenant) => covenant.employerId !== null);
  let neverVisible = 0;
  const published = await latencies(
    'vacancy published -> visible in GET /candidates/:id/suggestions',
    CHANGES,
    async () => {
      const { candidate, i } = rnd.pick(suited);
      const covenant = rnd.pick(activeOn(employerCovenants, candidate.registration, world.today));
      const vacancy = vacancyFor(rnd, world.today, candidate, covenant);
      await matching.publish('employers', [
        versioned(VACANCY_PUBLISHED, vacancy.vacancyId, vacancy),
      ]);
      const deadline = performance.now() + VISIBLE_TIMEOUT_MS;
      while (
        !(
          await matching.suggestionsOf(ids.candidateIds[i], candidate.registration.piCode, 100)
        ).some((s) => s.targetId === vacancy.vacancyId)
      ) {
        if (performance.now() > deadline) {
          neverVisible++;
          return;
        }
        await sleep(POLL_MS);
      }
    },
  );

  // A burst of target changes: each queued batch re-matches every candidate any of its targets concerns.
  const burst = world.vacancies.slice(0, BURST);
  const burstMs = await timed(`burst of ${burst.length} vacancy updates`, async () => {
    await matching.publish('employers', burst.map(vacancyUpdate));
    await matching.settle();
  });
  const memory = await service.call('memory');
  const servicePeakRss = memory.peakRss;
  const { atPeak } = memory;
  process.stderr.write(
    `  the matching service's process: peak RSS ${mib(servicePeakRss)} (sampled at ${mib(atPeak.rss)}: heap ${mib(atPeak.heapUsed)} used of ${mib(atPeak.heapTotal)}, ` +
      `array buffers ${mib(atPeak.arrayBuffers)}, external ${mib(atPeak.external)}), at the end RSS ${mib(memory.rss)}, heap used ${mib(memory.heapUsed)}, ` +
      `alive after a full collection ${mib(memory.liveHeap)}\n`,
  );
  await service.close();

  // The naive baseline, on the world as it stood when the sample was read.
  const { candidates: profiles, targets } = await profilesOf(loadedWorld, ids);
  const field = await fieldFigures(
    sample.map((i) => profiles[i]),
    targets,
  );
  const differences: string[] = [];
  const baselineStart = performance.now();
  for (const i of sample) {
    const difference = firstDifference(
      served.get(i) ?? [],
      naiveTop(profiles[i], targets, loadedWorld.today, top, minScore),
    );
    if (difference) differences.push(`candidate ${ids.candidateIds[i]} (BENCH-${i}) ${difference}`);
  }
  const baselineMs = performance.now() - baselineStart;

  const vacancyEvents = world.vacancies.length;
  const ingestRate = Math.round(vacancyEvents / (vacanciesMs / 1000));
  const search = searchFigures();
  const searchRatio = search ? round1(search.scan.p50 / search.shape.p50) : null;
  const fieldRatio = round1(field.scan.p50 / Math.max(0.001, field.catalogue.p50));
  const recomputePerCandidate = round1(fullMs / registrations);
  const figures = [
    {
      figure: `exactness: candidates whose top ${top} differ from the naive baseline`,
      value: `${differences.length} of ${sample.length}`,
      goal: '0',
      met: differences.length === 0,
    },
    {
      figure: 'ingest of vacancy events until indexed',
      value: `${ingestRate} events/s`,
      goal: '>= 500 events/s',
      met: ingestRate >= 500,
    },
    {
      figure: 'vacancy published -> its suggestions visible (HTTP, p50 / p95)',
      value: `${published.p50} / ${published.p95} ms${neverVisible ? ` (${neverVisible} never within ${VISIBLE_TIMEOUT_MS / 1000} s)` : ''}`,
      goal: 'p95 < 1000 ms',
      met: published.p95 < 1000 && neverVisible === 0,
    },
    {
      figure: 'new certificate -> candidate re-matched (p50 / p95)',
      value: `${oneCertificate.p50} / ${oneCertificate.p95} ms`,
      goal: 'p95 < 200 ms',
      met: oneCertificate.p95 < 200,
    },
    {
      figure: 'GET /candidates/:id/suggestions (p50 / p95)',
      value: `${candidateRead.p50} / ${candidateRead.p95} ms`,
      goal: 'p95 < 50 ms',
      met: candidateRead.p95 < 50,
    },
    {
      figure: "GET /suggestions, advisor's queue (p50 / p95)",
      value: `${queueRead.p50} / ${queueRead.p95} ms`,
      goal: 'p95 < 50 ms',
      met: queueRead.p95 < 50,
    },
    {
      figure: `full recompute of ${registrations} candidates`,
      value: `${(fullMs / 1000).toFixed(1)} s, ${recomputePerCandidate} ms/candidate`,
      goal: '10,000 in < 5 min (< 30 ms/candidate)',
      met: recomputePerCandidate < 30,
    },
    {
      figure: 'peak RSS of the matching service',
      value: `${(servicePeakRss / 2 ** 20).toFixed(0)} MiB`,
      goal: '< 2048 MiB',
      met: servicePeakRss < 2 * 2 ** 30,
    },
    {
      figure: 'stored suggestions per candidate (mean / max)',
      value: `${stored.mean} / ${stored.max}`,
      goal: `bounded: max <= ${kept} (MATCH_MAX_SUGGESTIONS_PER_CANDIDATE)`,
      met: stored.max <= kept,
    },
    {
      figure: `a candidate's field: the engine's path (target catalogue) vs plain scan, ${field.openTargets} open targets (p50 / p95)`,
      value: `${field.catalogue.p50} / ${field.catalogue.p95} ms vs ${field.scan.p50} / ${field.scan.p95} ms = ${fieldRatio}x`,
      goal: '>= 10x faster',
      met: fieldRatio >= 10,
    },
    search
      ? {
          figure: `search engine: a candidate's field as a filter vs plain scan, ${search.docs} vacancies (p50 / p95)`,
          value: `${search.shape.p50} / ${search.shape.p95} ms vs ${search.scan.p50} / ${search.scan.p95} ms = ${searchRatio}x`,
          goal: '>= 10x faster',
          met: (searchRatio ?? 0) >= 10,
        }
      : {
          figure: "search engine: a candidate's field as a filter vs plain scan",
          value: 'not measured (run through tools/bench.sh)',
          goal: '>= 10x faster',
          met: false,
        },
  ];

  const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  const milliseconds = (ms: number) => `${ms.toFixed(0)} ms`;
  console.log('');
  printTable(
    ['phase', 'time', 'per item'],
    [
      [
        kafka ? 'boot (migrations, joining Kafka)' : 'boot (migrations, embedded engines)',
        seconds(bootMs),
        '',
      ],
      [`${world.covenants.length} covenant events`, seconds(covenantsMs), ''],
      [
        `${vacancyEvents} vacancy events, until indexed`,
        seconds(vacanciesMs),
        `${(vacanciesMs / vacancyEvents).toFixed(2)} ms`,
      ],
      [
        `${world.schoolPlaces.length} school place events, until indexed`,
        seconds(schoolPlacesMs),
        `${(schoolPlacesMs / Math.max(1, world.schoolPlaces.length)).toFixed(2)} ms`,
      ],
      [
        `initial load: register ${registrations} candidates (HTTP, ${HTTP_IN_FLIGHT} in flight)`,
        seconds(candidatesMs),
        milliseconds(candidatesMs / registrations),
      ],
      [
        `initial load: ${certificateCount} certificate events`,
        seconds(certificatesMs),
        milliseconds(certificatesMs / Math.max(1, certificateCount)),
      ],
      ['initial load: match queue drained after the last event', seconds(drainMs), ''],
      ['initial load until drained', seconds(initialMs), milliseconds(initialMs / registrations)],
      [
        `full recompute of all ${registrations} candidates`,
        seconds(fullMs),
        milliseconds(fullMs / registrations),
      ],
      [
        `naive baseline: ${sample.length} candidates x ${targets.length} targets in memory`,
        seconds(baselineMs),
        milliseconds(baselineMs / sample.length),
      ],
      [
        `burst of ${burst.length} vacancy updates, until re-matched`,
        seconds(burstMs),
        milliseconds(burstMs / Math.max(1, burst.length)),
      ],
    ],
  );
  console.log('');
  printTable(
    [`one change or read (p50 / p95)`, 'p50', 'p95', 'n'],
    [
      [
        'a new certificate -> its candidate re-matched (pipeline run at once)',
        milliseconds(oneCertificate.p50),
        milliseconds(oneCertificate.p95),
        oneCertificate.n,
      ],
      [
        '  of which: until matching has taken the event in',
        milliseconds(certificateIntake.p50),
        milliseconds(certificateIntake.p95),
        certificateIntake.n,
      ],
      [
        'a vacancy updated -> the candidates it concerns re-matched (at once)',
        milliseconds(oneVacancy.p50),
        milliseconds(oneVacancy.p95),
        oneVacancy.n,
      ],
      [
        "a vacancy published -> in its candidate's suggestions (HTTP, own schedule)",
        milliseconds(published.p50),
        milliseconds(published.p95),
        published.n,
      ],
      [
        'GET /candidates/:id/suggestions',
        milliseconds(candidateRead.p50),
        milliseconds(candidateRead.p95),
        candidateRead.n,
      ],
      [
        "GET /suggestions (advisor's queue of one region)",
        milliseconds(queueRead.p50),
        milliseconds(queueRead.p95),
        queueRead.n,
      ],
    ],
  );
  console.log('');
  printTable(
    ['figure', 'measured', 'goal (issue 9)', 'met'],
    figures.map((f) => [f.figure, f.value, f.goal, f.met ? 'met' : 'NOT MET']),
  );
  console.log('');
  console.log(
    `ratios: the service's full recompute costs ${(fullMs / registrations / (baselineMs / sample.length)).toFixed(2)}x the naive baseline per candidate (which judges every target); full recompute = ${(fullMs / oneCertificate.p50).toFixed(0)}x one certificate (p50)`,
  );
  console.log(
    `memory of the matching service's process: RSS ${mib(rssAfterBoot)} after boot; at the end heap used ${mib(memory.heapUsed)}, RSS ${mib(memory.rss)}; peak RSS ${mib(servicePeakRss)} (the bench's own process, world and baseline: peak RSS ${mib(peakRss())})`,
  );
  if (differences.length > 0) {
    console.log('');
    console.log(`first differences from the naive baseline (${differences.length}):`);
    for (const difference of differences.slice(0, 10)) console.log(`  ${difference}`);
  }

  const report = {
    size: SIZE,
    date: new Date().toISOString(),
    machine: {
      cpus: cpus().length,
      model: cpus()[0]?.model ?? 'unknown',
      memoryMiB: Math.round(totalmem() / 2 ** 20),
      node: process.version,
    },
    setup: { ...setup, seed: BENCH_SEED },
    world: {
      candidates: registrations,
      certificates: certificateCount,
      vacancies: vacancyEvents,
      schoolPlaces: world.schoolPlaces.length,
      covenants: world.covenants.length,
    },
    figures,
    exactness: {
      sample: sample.length,
      top,
      minScore,
      differing: differences.length,
      firstDifferences: differences.slice(0, 10),
    },
    ingest: {
      vacancyEventsPerSecond: ingestRate,
      vacanciesMs: Math.round(vacanciesMs),
      schoolPlacesMs: Math.round(schoolPlacesMs),
      covenantsMs: Math.round(covenantsMs),
    },
    initialLoad: {
      bootMs: Math.round(bootMs),
      registerMs: Math.round(candidatesMs),
      certificatesMs: Math.round(certificatesMs),
      drainMs: Math.round(drainMs),
      totalMs: Math.round(initialMs),
    },
    latenciesMs: {
      vacancyPublishedVisible: { ...published, neverVisible },
      certificateRematched: { ...oneCertificate, takenIn: certificateIntake },
      vacancyUpdateRematched: oneVacancy,
      candidateSuggestions: candidateRead,
      advisorQueue: queueRead,
    },
    fullRecompute: { seconds: round1(fullMs / 1000), msPerCandidate: recomputePerCandidate },
    naiveBaseline: { msPerCandidate: round1(baselineMs / sample.length), targets: targets.length },
    burst: { updates: burst.length, ms: Math.round(burstMs) },
    peakRssMiB: {
      matching: Math.round(servicePeakRss / 2 ** 20),
      bench: Math.round(peakRss() / 2 ** 20),
    },
    storedSuggestionsPerCandidate: { ...stored, kept },
    candidateField: field,
    search,
  };
  mkdirSync(dirname(REPORT), { recursive: true });
  writeFileSync(REPORT, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`\nreport: ${REPORT}`);
  if (STRICT && differences.length > 0) {
    console.error(`${differences.length} candidate(s) differ from the naive baseline`);
    process.exitCode = 2;
  }
}

/** The covenants that hold on a candidate's first possible start (or today), so a vacancy under one is judged. */
/**
 * The covenants that hold on the candidate's release (or today) and name its PI: a vacancy under one of them
 * can score at the top for the candidate, and so enter its list even at national size, where many targets compete.
 */
function activeOn(
  covenants: World['covenants'],
  { expectedReleaseDate, piCode }: WorldCandidate['registration'],
  today: string,
) {
  const start = expectedReleaseDate < today ? today : expectedReleaseDate;
  const holding = covenants.filter(
    (covenant) => covenant.validFrom <= start && covenant.validTo >= start,
  );
  const naming = holding.filter((covenant) => covenant.piCodes.includes(piCode));
  return naming.length > 0 ? naming : holding.length > 0 ? holding : covenants;
}

runBench(async () => {
  const kafka = KAFKA ? await openKafkaSetup() : null;
  // The embedded database on disk, as `npm start` keeps it (BENCH_DATA_DIR=:memory: keeps it in memory).
  const dataDir = process.env['BENCH_DATA_DIR'] ?? mkdtempSync(join(tmpdir(), 'bench-matching-'));
  const service = forkService();
  try {
    await main(kafka, service, dataDir);
  } finally {
    await service.close();
    await kafka?.close();
    if (!process.env['BENCH_DATA_DIR']) rmSync(dataDir, { recursive: true, force: true });
  }
});
