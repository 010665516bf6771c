/**
 * Fault drills on the production topology: the three services as separate processes, each with
 * its own database on a Postgres server of the drills' own, talking through a Kafka broker of the
 * drills' own. Writes run at all three services while a drill breaks one part and heals it; each
 * drill proves with counts that every event written was applied exactly once by every consumer
 * meant for it, that no request failed after the recovery, that /health named the fault while it
 * lasted, and that the platform caught up without a hand step. Each prints one summary line.
 */
import { randomBytes } from 'node:crypto';
import { SERVICES, type ServiceName } from '@bridge/contracts';
import { type Attempt, isClean503, sleep, succeeded, waitFor } from '@bridge/testing';
import { DrillPlatform, missingPrerequisites } from './lib/drill-platform';
import { runDrill } from './lib/drill';
import type { DrillCounts } from './lib/event-ledger';
import { WriteLoad } from './lib/write-load';

const missing = missingPrerequisites();
if (missing.length > 0 && process.env['CI'] !== 'true') {
  console.warn(`\n[drills] skipped, missing: ${missing.join('; ')}\n`);
}
const describeDrills =
  missing.length > 0 && process.env['CI'] !== 'true' ? describe.skip : describe;
/** /health may take a moment to notice a fault (a pool's idle connection, a client's cached metadata). */
const NOTICE_MS = 5_000;
const DRILL_TIMEOUT_MS = 240_000;

describeDrills('fault drills (own Kafka broker, own Postgres, three service processes)', () => {
  let platform: DrillPlatform;
  let load: WriteLoad;

  beforeAll(async () => {
    if (missing.length > 0)
      throw new Error(`CI=true and the drills cannot run: missing ${missing.join('; ')}`);
    platform = await DrillPlatform.start();
    const runTag = `DR${randomBytes(3).toString('hex')}`;
    // Candidates training knows (from matching's events), for the workshop leaders' certificates.
    const setup = new WriteLoad(platform.client, runTag, []);
    const from = await platform.ledger.mark();
    const candidates: string[] = [];
    for (let i = 0; i < 12; i++) candidates.push(await setup.registerCandidate());
    await platform.ledger.drained(from, 60_000);
    load = new WriteLoad(platform.client, `${runTag}L`, candidates);
    platform.health.start();
  }, 300_000);

  afterAll(async () => {
    await platform?.stop();
  }, 120_000);

  /** Asserts the health samples of `service` between the two moments all report `component` down. */
  function expectHealthReports(service: ServiceName, component: string, from: number, to: number) {
    const samples = platform.health.between(service, from, to);
    expect(samples.length).toBeGreaterThan(0);
    expect(
      samples.filter((sample) => sample.status !== 503 || !sample.down.includes(component)),
    ).toEqual([]);
  }

  /** Every event the drill caused was published and applied exactly once by every consumer meant for it. */
  function expectEveryEventAppliedOnce(counts: DrillCounts) {
    expect(counts).toMatchObject({
      duplicates: 0,
      lost: 0,
      unpublished: 0,
      applied: counts.produced,
    });
    expect(counts.produced).toBeGreaterThan(0);
  }

  function expectNoFailureAfter(healedAt: number, attempts: Attempt[]) {
    expect(attempts.filter((attempt) => attempt.sentAt >= healedAt && !succeeded(attempt))).toEqual(
      [],
    );
  }

  it(
    'broker-outage: the broker is away 20–30 s while writes go on at all three services; the outboxes hold them, everything drains',
    async () => {
      const result = await runDrill(platform, load, {
        name: 'broker-outage',
        inject: () => platform.broker.stop(),
        // Stopping (2–8 s) and starting it again (2–15 s) add their own seconds; 20 s at least.
        holdMs: 12_000,
        minDownMs: 20_000,
        heal: () => platform.broker.start(),
      });
      const { attempts, counts, inEffectAt, injectedAt, healStartAt } = result;

      expect(result.downMs).toBeGreaterThanOrEqual(20_000);
      // Every write succeeded, during the outage too, and each service took writes while the broker was away.
      expect(attempts.filter((attempt) => !succeeded(attempt))).toEqual([]);
      for (const service of SERVICES) {
        expect(
          attempts.filter(
            (a) =>
              a.service === service &&
              a.sentAt >= inEffectAt &&
              a.endedAt <= healStartAt &&
              succeeded(a),
          ).length,
        ).toBeGreaterThan(0);
        expectHealthReports(service, 'bus', inEffectAt + NOTICE_MS, healStartAt);
      }
      expect(injectedAt).toBeLessThan(inEffectAt);
      expectEveryEventAppliedOnce(counts);
      expect(platform.unexpectedExits()).toEqual([]);
    },
    DRILL_TIMEOUT_MS,
  );

  it(
    'service-kill: matching is killed with SIGKILL in the middle of a burst and started again; nothing lost, nothing applied twice',
    async () => {
      const matching = platform.services.matching;
      const result = await runDrill(platform, load, {
        name: 'service-kill (matching)',
        pauseMs: 200,
        // Kill when matching has events of the burst still to apply and to publish.
        beforeInject: async () => {
          const from = await platform.ledger.mark();
          await sleep(1_000);
          return waitFor(
            'a backlog at matching',
            async () => {
              const counts = await platform.ledger.count(from);
              const backlog = counts.produced - counts.applied + counts.unpublished;
              return backlog > 0 ? `killed with ${backlog} events in flight` : undefined;
            },
            30_000,
            50,
          );
        },
        inject: () => matching.kill(),
        holdMs: 5_000,
        heal: () => platform.restart('matching'),
      });
      const { attempts, counts, inEffectAt, healStartAt, healedAt } = result;

      // Only matching's requests failed, only until it was back: no answer, or a clean 503 while it started.
      const failed = attempts.filter((attempt) => !succeeded(attempt));
      expect(
        failed.filter(
          (a) =>
            a.service !== 'matching' ||
            (a.status !== undefined && !isClean503(a)) ||
            a.sentAt >= healedAt,
        ),
      ).toEqual([]);
      expectNoFailureAfter(healedAt, attempts);
      // While it was gone it answered nothing; the other two stayed healthy throughout.
      expect(
        platform.health
          .between('matching', inEffectAt, healStartAt)
          .filter((sample) => sample.status !== undefined),
      ).toEqual([]);
      for (const service of ['employers', 'training'] as const) {
        expect(
          platform.health
            .between(service, inEffectAt, healedAt)
            .filter((sample) => sample.status !== 200),
        ).toEqual([]);
      }
      expectEveryEventAppliedOnce(counts);
      expect(platform.unexpectedExits()).toEqual([]);
    },
    DRILL_TIMEOUT_MS,
  );

  it(
    'postgres-outage: the services’ Postgres stops under load and starts again; writes meanwhile get a clean 503, no service exits, everything resumes',
    async () => {
      const pids = SERVICES.map((service) => platform.services[service].pid);
      const result = await runDrill(platform, load, {
        name: 'postgres-outage',
        inject: () => platform.postgres.stop(),
        holdMs: 10_000,
        heal: () => platform.postgres.start(),
      });
      const { attempts, counts, inEffectAt, healStartAt, healedAt } = result;

      // A write the database could not take is a clean 503 problem+json, nothing else.
      const failed = attempts.filter((attempt) => !succeeded(attempt));
      expect(failed.filter((attempt) => !isClean503(attempt))).toEqual([]);
      expectNoFailureAfter(healedAt, attempts);
      for (const service of SERVICES)
        expectHealthReports(service, 'database', inEffectAt + NOTICE_MS, healStartAt);
      // The same processes served before, during and after.
      expect(platform.unexpectedExits()).toEqual([]);
      expect(SERVICES.map((service) => platform.services[service].pid)).toEqual(pids);
      expectEveryEventAppliedOnce(counts);
    },
    DRILL_TIMEOUT_MS,
  );
});
