import { NewEvent, Topic } from '@bridge/contracts';

/**
 * An event of one of this service's aggregates: keyed by its id (so its events stay in order) and
 * in its version. `Outbox.record` adds the correlation id of the request or handled event.
 */
export function aggregateEvent<T extends Topic>(
  topic: T,
  aggregate: { id: string; version: number },
  payload: NewEvent<T>['payload'],
): NewEvent<T> {
  return { topic, key: aggregate.id, version: aggregate.version, payload } as NewEvent<T>;
}
