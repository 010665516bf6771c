import { AsyncLocalStorage } from 'node:async_hooks';
import type { EventEnvelope } from '@bridge/contracts';
// Platform keeps the request id (nestjs-pino's store) and imports nothing of messaging, so messaging
// reads it there (both are type:infrastructure) instead of copying it into a context of its own.
import { currentRequestId } from '@bridge/platform';

/** The correlation id of the consumed events whose handler is running; undefined for a mixed run. */
const handling = new AsyncLocalStorage<{ correlationId: string | undefined }>();

/**
 * Runs `handle` as the handling of `events`: what it records carries their correlation id, so a
 * chain of events keeps one id. An event without one starts its chain, with its own event id. A run
 * of events whose ids differ gives none rather than the wrong one.
 */
export function handlingEvents<T>(
  events: readonly EventEnvelope[],
  handle: () => Promise<T>,
): Promise<T> {
  const ids = new Set(events.map((event) => event.correlationId ?? event.eventId));
  return handling.run({ correlationId: ids.size === 1 ? [...ids][0] : undefined }, handle);
}

/**
 * The correlation id of the work in progress: the handled event's, else the HTTP request's id,
 * else none (a timed job).
 */
export function currentCorrelationId(): string | undefined {
  const store = handling.getStore();
  return store ? store.correlationId : currentRequestId();
}
