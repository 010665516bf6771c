/**
 * Match service benchmark: the real matching service on its embedded defaults (in-memory PGlite,
 * embedded search engine, in-process bus) takes in a generated world the way it does in
 * production: covenants, vacancies, school places and certificates as the other services'
 * events, candidates over HTTP. It reports how long the match engine takes to suggest for the
 * initial load, to recompute everything, and to follow one change.
 *
 *   npm run bench   (or: see tools/bench.sh for the command line)
 *
 * Environment: BENCH_SERVICE_CANDIDATES (default 500), BENCH_SERVICE_TARGETS (vacancies + school
 * places, default 500), BENCH_SEED (default 42), BENCH_CHANGES (incremental changes of each kind,
 * default 20), BENCH_BURST (vacancy updates published at once, default 100).
 * Not part of the tests: it prints figures, it asserts nothing.
 */
import { performance } from 'node:perf_hooks';
import { DataSource } from 'typeorm';
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
import { InProcessEventBus, toBusMessage } from '@bridge/messaging';
import { loadServiceConfig } from '@bridge/platform';
import { Qualification } from '@bridge/reference-data';
import { RunningService, startService } from '@bridge/service-runtime';
import { enqueueMatching } from '../src/app/match-engine/match-queue';
import { MatchingPipeline } from '../src/app/match-engine/matching-pipeline';
import { matchingService } from '../src/app/matching.app-module';
import { addDays, BENCH_SEED, makeWorld, mib, peakRss, percentile, printTable, runBench, seededRandom, World } from './bench-world';

const CANDIDATES = Number(process.env['BENCH_SERVICE_CANDIDATES'] ?? 500);
const TARGETS = Number(process.env['BENCH_SERVICE_TARGETS'] ?? 500);
const CHANGES = Number(process.env['BENCH_CHANGES'] ?? 20);
const BURST = Number(process.env['BENCH_BURST'] ?? 100);
/** Events per bus publish, and candidate registrations in flight at once. */
const EVENT_BATCH = 100;
const HTTP_IN_FLIGHT = 4;

class MatchingUnderBench {
  private readonly tokens = new Map<string, string>();
  private readonly versions = new Map<string, number>();

  constructor(
    private readonly running: RunningService,
    private readonly bus: InProcessEventBus,
  ) {}

  get dataSource(): DataSource {
    return this.running.app.get(DataSource);
  }

  /** Publishes other services' events; resolves once matching has handled them all. */
  async publish(producer: 'employers' | 'training', events: NewEvent<Topic>[]): Promise<void> {
    for (let i = 0; i < events.length; i += EVENT_BATCH) {
      await this.bus.publish(events.slice(i, i + EVENT_BATCH).map((event) => toBusMessage(createEnvelope(producer, event))));
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
    const response = await fetch(`${this.running.url}/candidates`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await this.casemanagerToken(registration.piCode)}` },
      body: JSON.stringify(registration),
    });
    if (response.status !== 201) throw new Error(`registering a candidate: ${response.status} ${await response.text()}`);
    return ((await response.json()) as { id: string }).id;
  }

  private async casemanagerToken(pi: string): Promise<string> {
    const cached = this.tokens.get(pi);
    if (cached) return cached;
    const response = await fetch(`${this.running.url}/auth/dev-token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ sub: `cm-${pi}`, role: 'casemanager', pi }),
    });
    const { token } = (await response.json()) as { token: string };
    this.tokens.set(pi, token);
    return token;
  }

  /** Matching's backlog: documents still to index and subjects still to re-match. */
  async backlog(): Promise<number> {
    const [{ queued }] = await this.dataSource.query(
      'SELECT (SELECT count(*) FROM match_queue) + (SELECT count(*) FROM search_index_queue) AS queued',
    );
    return Number(queued);
  }

  /** Resolves once the pipeline, on its own schedule, has worked off the backlog. */
  async drained(): Promise<void> {
    while ((await this.backlog()) > 0) await new Promise((resolve) => setTimeout(resolve, 20));
  }

  /**
   * Runs the pipeline now until the backlog is gone: the time a change takes to reach the
   * suggestions, without the idle wait until the pipeline's next poll.
   */
  async settle(): Promise<void> {
    const pipeline = this.running.app.get(MatchingPipeline);
    do await pipeline.runOnce();
    while ((await this.backlog()) > 0);
  }

  async count(sql: string, parameters: unknown[] = []): Promise<number> {
    const [{ count }] = await this.dataSource.query(sql, parameters);
    return Number(count);
  }
}

function certificateEvent(candidateId: string, piCode: string, qualification: Qualification, today: string, certificateId: string): NewEvent<typeof CERTIFICATE_REGISTERED> {
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

/** p50 and p95 of `CHANGES` runs of `change`, after one to warm up. */
async function latencies(label: string, change: () => Promise<void>): Promise<{ p50: number; p95: number }> {
  const durations: number[] = [];
  await timed(`${label}: 1 to warm up, ${CHANGES} timed`, async () => {
    await change();
    for (let i = 0; i < CHANGES; i++) {
      const start = performance.now();
      await change();
      durations.push(performance.now() - start);
    }
  });
  durations.sort((a, b) => a - b);
  return { p50: percentile(durations, 50), p95: percentile(durations, 95) };
}

async function main(): Promise<void> {
  const world = makeWorld({ candidates: CANDIDATES, targets: TARGETS, seed: BENCH_SEED });
  const rnd = seededRandom(BENCH_SEED + 1);
  const bus = new InProcessEventBus();
  const config = loadServiceConfig('matching', { NODE_ENV: 'development', DATA_DIR: ':memory:', LOG_LEVEL: 'warn', LOG_FORMAT: 'json' });
  const bootStart = performance.now();
  const running = await startService(matchingService, { config, bus, port: 0, host: '127.0.0.1' });
  const bootMs = performance.now() - bootStart;
  const rssAfterBoot = process.memoryUsage().rss;
  const matching = new MatchingUnderBench(running, bus);
  const registrations = world.candidates.length;
  const certificateCount = world.candidates.reduce((sum, c) => sum + c.certificates.length, 0);
  console.log(
    `${registrations} candidates (${certificateCount} certificates), ${world.vacancies.length} vacancies, ${world.schoolPlaces.length} school places, ${world.covenants.length} covenants; embedded database and search engine, in-process bus; seed ${BENCH_SEED}, Node ${process.version}`,
  );

  const versioned = <T extends Topic>(topic: T, key: string, payload: NewEvent<T>['payload']): NewEvent<T> => ({
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
  const targetsMs = await timed('publishing and indexing covenants, vacancies, school places', async () => {
    await matching.publish('employers', world.covenants.map((covenant) => versioned(COVENANT_SIGNED, covenant.covenantId, covenant)));
    await matching.publish('employers', world.vacancies.map((vacancy) => versioned(VACANCY_PUBLISHED, vacancy.vacancyId, vacancy)));
    await matching.publish('training', world.schoolPlaces.map((place) => versioned(SCHOOL_PLACE_PUBLISHED, place.schoolPlaceId, place)));
    await matching.drained();
  });

  // The initial load of candidates: registered over HTTP, certified over the bus, matched as the pipeline goes.
  const candidateIds: string[] = new Array(registrations);
  const loadStart = performance.now();
  const candidatesMs = await timed('registering candidates', async () => {
    let next = 0;
    const worker = async () => {
      for (let i = next++; i < registrations; i = next++) candidateIds[i] = await matching.register(world.candidates[i].registration);
    };
    await Promise.all(Array.from({ length: HTTP_IN_FLIGHT }, worker));
  });
  const certificatesMs = await timed('registering certificates', () =>
    matching.publish(
      'training',
      world.candidates.flatMap(({ registration, certificates }, i) =>
        certificates.map((qualification) => certificateEvent(candidateIds[i], registration.piCode, qualification, world.today, rnd.uuid())),
      ),
    ),
  );
  const drainMs = await timed('draining the match queue', () => matching.drained());
  const initialMs = performance.now() - loadStart;
  const suggestions = await matching.count(`SELECT count(*) FROM suggestions WHERE status = 'suggested'`);

  // Everything at once: every candidate queued, as after a change of the rules.
  const fullMs = await timed('full recompute', async () => {
    await matching.dataSource.transaction((manager) => enqueueMatching(manager, 'candidate', candidateIds));
    await matching.settle();
  });

  // Incremental: one change, until its suggestions are updated.
  const certifiable = [...new Map(world.candidates.flatMap((c) => c.certificates).map((q) => [q.crebo, q])).values()];
  const oneCertificate = await latencies('new certificate', async () => {
    const i = rnd.int(0, registrations - 1);
    const { piCode } = world.candidates[i].registration;
    await matching.publish('training', [certificateEvent(candidateIds[i], piCode, rnd.pick(certifiable), world.today, rnd.uuid())]);
    await matching.settle();
  });
  const oneVacancy = await latencies('vacancy update', async () => {
    await matching.publish('employers', [vacancyUpdate(rnd.pick(world.vacancies))]);
    await matching.settle();
  });

  // A burst of target changes: each queued batch re-matches every candidate any of its targets concerns.
  const burst = world.vacancies.slice(0, BURST);
  const burstMs = await timed(`burst of ${burst.length} vacancy updates`, async () => {
    await matching.publish('employers', burst.map(vacancyUpdate));
    await matching.settle();
  });
  const memory = process.memoryUsage();
  await running.close();

  const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  const milliseconds = (ms: number) => `${ms.toFixed(0)} ms`;
  const targetEvents = world.covenants.length + world.vacancies.length + world.schoolPlaces.length;
  console.log('');
  printTable(
    ['phase', 'time', 'per item'],
    [
      ['boot (migrations, embedded engines)', seconds(bootMs), ''],
      [`${targetEvents} covenant, vacancy, school place events, until indexed`, seconds(targetsMs), milliseconds(targetsMs / targetEvents)],
      [`initial load: register ${registrations} candidates (HTTP, ${HTTP_IN_FLIGHT} in flight)`, seconds(candidatesMs), milliseconds(candidatesMs / registrations)],
      [`initial load: ${certificateCount} certificate events`, seconds(certificatesMs), milliseconds(certificatesMs / Math.max(1, certificateCount))],
      ['initial load: match queue drained after the last event', seconds(drainMs), ''],
      ['initial load until drained', seconds(initialMs), milliseconds(initialMs / registrations)],
      [`full recompute of all ${registrations} candidates`, seconds(fullMs), milliseconds(fullMs / registrations)],
      [`burst of ${burst.length} vacancy updates, until re-matched`, seconds(burstMs), milliseconds(burstMs / Math.max(1, burst.length))],
    ],
  );
  console.log('');
  printTable(
    [`one change, until its suggestions are updated (${CHANGES} each)`, 'p50', 'p95'],
    [
      ['a new certificate -> its candidate re-matched', milliseconds(oneCertificate.p50), milliseconds(oneCertificate.p95)],
      ['a vacancy updated -> the candidates it concerns re-matched', milliseconds(oneVacancy.p50), milliseconds(oneVacancy.p95)],
    ],
  );
  console.log('');
  console.log(
    `ratios: full recompute = ${(fullMs / oneCertificate.p50).toFixed(0)}x one certificate, ${(fullMs / oneVacancy.p50).toFixed(0)}x one vacancy update (p50); a vacancy update = ${(oneVacancy.p50 / oneCertificate.p50).toFixed(1)}x a certificate; the burst = ${(burstMs / fullMs).toFixed(1)}x a full recompute, ${(burstMs / burst.length / oneVacancy.p50).toFixed(1)}x its updates one by one`,
  );
  console.log(
    `${suggestions} suggestions after the initial load (${(suggestions / registrations).toFixed(1)} per candidate); the latencies exclude the pipeline's idle poll (up to ${config.outbox.pollIntervalMs} ms, OUTBOX_POLL_INTERVAL_MS)`,
  );
  console.log(`memory: RSS ${mib(rssAfterBoot)} after boot; at the end heap used ${mib(memory.heapUsed)}, RSS ${mib(memory.rss)}; peak RSS ${mib(peakRss())}`);
}

runBench(main);
