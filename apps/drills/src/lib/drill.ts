import { sleep, type Attempt } from '@bridge/testing';
import type { DrillPlatform } from './drill-platform';
import type { DrillCounts } from './event-ledger';
import type { WriteLoad } from './write-load';

const WARM_UP_MS = 3_000;
/** Writes keep coming this long after the fault is healed: "no request after recovery fails". */
const AFTER_RECOVERY_MS = 4_000;
const RECOVERY_TIMEOUT_MS = 120_000;

export interface Fault {
  /** The drill's name in its summary line. */
  name: string;
  inject(): Promise<void>;
  /** How long the fault holds once in full effect, before healing starts. */
  holdMs: number;
  /** The least time from injecting the fault until healing starts, however fast the injection was. */
  minDownMs?: number;
  /** Ends the fault; resolves when the broker, database or service is back. */
  heal(): Promise<void>;
  /** Pause between one loop's writes: 0 for a burst. */
  pauseMs?: number;
  /** Runs right before `inject` (e.g. to wait until a burst is in flight); its text goes into the summary. */
  beforeInject?(): Promise<string | undefined>;
}

export interface DrillResult {
  /** From the start of the fault until it was healed. */
  downMs: number;
  /** From healed until every service was healthy and everything written until then was applied. */
  recoveredMs: number;
  counts: DrillCounts;
  /** When the fault was injected, in full effect, healing began, and healed (ms since the epoch). */
  injectedAt: number;
  inEffectAt: number;
  healStartAt: number;
  healedAt: number;
  /** Every request the drill sent. */
  attempts: Attempt[];
  summary: string;
}

/**
 * One fault drill: writes at all three services run throughout; the fault is injected, held and
 * healed; then the drill measures how long the platform took to catch up (every service healthy,
 * every event written until the heal published and applied), keeps writing a little longer, stops
 * the writes and waits until everything is drained, and counts.
 */
export async function runDrill(
  platform: DrillPlatform,
  load: WriteLoad,
  fault: Fault,
): Promise<DrillResult> {
  const { ledger, client } = platform;
  const from = await ledger.mark();
  const firstAttempt = client.attempts.length;
  load.start(fault.pauseMs);
  let injectedAt = 0;
  let inEffectAt = 0;
  let healStartAt = 0;
  let healedAt = 0;
  let recoveredAt = 0;
  let context: string | undefined;
  try {
    await sleep(WARM_UP_MS);
    context = await fault.beforeInject?.();
    injectedAt = Date.now();
    await fault.inject();
    inEffectAt = Date.now();
    await sleep(Math.max(fault.holdMs, injectedAt + (fault.minDownMs ?? 0) - inEffectAt));
    healStartAt = Date.now();
    await fault.heal();
    healedAt = Date.now();

    const until = await ledger.mark();
    [recoveredAt] = await Promise.all([
      (async () => {
        await ledger.drained(from, RECOVERY_TIMEOUT_MS, undefined, until);
        await platform.processes.untilAllHealthy(Date.now(), RECOVERY_TIMEOUT_MS);
        return Date.now();
      })(),
      sleep(AFTER_RECOVERY_MS),
    ]);
  } catch (error) {
    // A failed drill stops its writes too: the next drill starts its own.
    await load.stop().catch(() => undefined);
    throw error;
  }
  const acknowledged = await load.stop();
  const counts = await ledger.drained(from, RECOVERY_TIMEOUT_MS, acknowledged);

  const attempts = client.attempts.slice(firstAttempt);
  const failed = attempts.filter(
    (attempt) => attempt.status === undefined || attempt.status >= 300,
  ).length;
  const downMs = healedAt - injectedAt;
  const recoveredMs = recoveredAt - healedAt;
  const summary =
    `drill ${fault.name}: down ${seconds(downMs)}, recovered in ${seconds(recoveredMs)}; ` +
    `${counts.writes} writes (${attempts.length} requests, ${failed} failed during the fault and retried)` +
    `${context ? `, ${context}` : ''}; ` +
    `produced ${counts.produced} (${counts.events} events) / applied ${counts.applied} / duplicates ${counts.duplicates} / lost ${counts.lost}`;
  console.log(summary);
  return {
    downMs,
    recoveredMs,
    counts,
    injectedAt,
    inEffectAt,
    healStartAt,
    healedAt,
    attempts,
    summary,
  };
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
