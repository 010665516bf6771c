import type { ServiceName } from '@bridge/contracts';

export const MESSAGING_OPTIONS = Symbol('MESSAGING_OPTIONS');

export interface MessagingOptions {
  /** The producing service and the consumer group of its handlers. */
  service: ServiceName;
  /** How often the relay looks for unpublished outbox rows. */
  pollIntervalMs: number;
  /** Handler attempts before a message that keeps failing goes to the dead-letter topic. */
  handlerAttempts: number;
}
