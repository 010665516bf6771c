/** A message as it travels on the bus: the serialized envelope, keyed by aggregate id. */
export interface BusMessage {
  topic: string;
  key: string;
  value: string;
  headers: Record<string, string>;
}

/**
 * Handles one delivered message. Resolving commits it; rejecting means "not handled, deliver
 * again later" (the consumer waits and retries, it never skips a message it could not handle).
 */
export type MessageHandler = (message: BusMessage) => Promise<void>;

/** The port every service uses to reach the event backbone: Kafka, or an in-process bus. */
export abstract class EventBus {
  /** Resolves once the broker has durably accepted every message, in order; rejects otherwise. */
  abstract publish(messages: BusMessage[]): Promise<void>;
  /** Joins consumer group `groupId` for `topics`; messages of one key arrive in order. */
  abstract subscribe(groupId: string, topics: readonly string[], handler: MessageHandler): Promise<void>;
  abstract isHealthy(): Promise<boolean>;
  abstract close(): Promise<void>;
}
