import { NewEvent, Topic } from '@bridge/contracts';
import { currentRequestId } from '@bridge/platform';

/**
 * An event of one of this service's aggregates: keyed by its id (so its events stay in order), in
 * its version, and correlated with the request that caused it (none for timed jobs).
 */
export function aggregateEvent<T extends Topic>(
  topic: T,
  aggregate: { id: string; version: number },
  payload: NewEvent<T>['payload'],
): NewEvent<T> {
  const correlationId = currentRequestId();
  return {
    topic,
    key: aggregate.id,
    version: aggregate.version,
    payload,
    ...(correlationId ? { correlationId } : {}),
  } as NewEvent<T>;
}
