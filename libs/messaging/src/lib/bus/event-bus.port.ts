/** A message as it travels on the bus: the serialized envelope, keyed by aggregate id. */
export interface BusMessage {
  topic: string;
  key: string;
  value: string;
  headers: Record<string, string>;
}

/**
 * Handles delivered messages: one or more, in the order of their topic partition (a batch, so a
 * consumer can take many in one database transaction). Resolving commits them all; rejecting
 * means "not handled, deliver again later": the whole batch comes again (the consumer waits and
 * retries, it never skips a message it could not handle), so a handler must be idempotent.
 */
export type MessageHandler = (messages: BusMessage[]) => Promise<void>;

/** At most this many messages in one delivered batch. */
export const MAX_DELIVERY_BATCH = 100;

/** Whether the bus serves this service now; when not, why (shown by GET /health). */
export type BusReadiness = { ready: true } | { ready: false; reason: string };

/** The port every service uses to reach the event backbone: Kafka, or an in-process bus. */
export abstract class EventBus {
  /** Resolves once the broker has durably accepted every message, in order; rejects otherwise. */
  abstract publish(messages: BusMessage[]): Promise<void>;
  /**
   * Joins consumer group `groupId` for `topics`; messages of one key arrive in order. Resolves once
   * joined; waits (bounded) for a broker that is not reachable yet or still settling.
   */
  abstract subscribe(
    groupId: string,
    topics: readonly string[],
    handler: MessageHandler,
  ): Promise<void>;
  abstract isHealthy(): Promise<boolean>;
  /**
   * Ready once every subscription has joined its consumer group. A bus that can be waiting for its
   * broker (Kafka on a cluster that is not up or still settling) overrides this.
   */
  readiness(): BusReadiness {
    return { ready: true };
  }
  abstract close(): Promise<void>;
}
