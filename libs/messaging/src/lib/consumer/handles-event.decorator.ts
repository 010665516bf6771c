import { EntityManager } from 'typeorm';
import type { EventEnvelope, Topic } from '@bridge/contracts';

export const HANDLES_EVENT = Symbol('HANDLES_EVENT');

/** An event handler: its effect must go through `manager`, the transaction of the inbox record. */
export type EventHandlerFn<T extends Topic = Topic> = (
  event: EventEnvelope<T>,
  manager: EntityManager,
) => Promise<void>;

/** A handler of a run of events of one topic, in the order they came, in one call. */
export type EventRunHandlerFn<T extends Topic = Topic> = (
  events: EventEnvelope<T>[],
  manager: EntityManager,
) => Promise<void>;

/** What the decorators record on a handler method. */
export interface HandlerRegistration {
  topic: Topic;
  /** Whether the method takes the events of a run together (`HandlesEvents`) or one by one. */
  run: boolean;
}

/**
 * Marks a provider method as a handler of a topic. The service's consumer group subscribes to
 * every topic that has a handler, and runs each event's handlers at most once per event id, all in
 * one transaction.
 */
export function HandlesEvent(topic: Topic): MethodDecorator {
  return register({ topic, run: false });
}

/**
 * As `HandlesEvent`, for a handler that takes many events at once: it is called with each run of
 * events of its topic that follow each other in a delivered batch (fresh ones only, in order), so a
 * read model can write a run in one statement instead of one per event. A run is all-or-nothing like
 * a single event: when any of it fails, the consumer handles the batch again event by event.
 */
export function HandlesEvents(topic: Topic): MethodDecorator {
  return register({ topic, run: true });
}

function register(registration: HandlerRegistration): MethodDecorator {
  return (_target, _key, descriptor) => {
    Reflect.defineMetadata(HANDLES_EVENT, registration, descriptor.value as object);
    return descriptor;
  };
}
