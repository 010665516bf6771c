import { EntityManager } from 'typeorm';
import type { EventEnvelope, Topic } from '@bridge/contracts';

export const HANDLES_EVENT = Symbol('HANDLES_EVENT');

/** An event handler: its effect must go through `manager`, the transaction of the inbox record. */
export type EventHandlerFn<T extends Topic = Topic> = (event: EventEnvelope<T>, manager: EntityManager) => Promise<void>;

/**
 * Marks a provider method as a handler of a topic. The service's consumer group subscribes to
 * every topic that has a handler, and runs each event's handlers at most once per event id, all in
 * one transaction.
 */
export function HandlesEvent(topic: Topic): MethodDecorator {
  return (_target, _key, descriptor) => {
    Reflect.defineMetadata(HANDLES_EVENT, topic, descriptor.value as object);
    return descriptor;
  };
}
