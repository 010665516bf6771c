import { Logger } from '@nestjs/common';
import { BusMessage, EventBus, MessageHandler } from '../bus/event-bus.port';

interface Subscription {
  groupId: string;
  topics: Set<string>;
  handler: MessageHandler;
  /** Deliveries of one group are serial, like a single-partition consumer. */
  tail: Promise<void>;
}

/**
 * The embedded stand-in for Kafka: one bus per process, shared by the services running in it.
 * `publish` resolves when every subscribed group has handled the messages, so the outbox marks an
 * event sent only once it took effect; a handler that rejects is retried with backoff, never skipped.
 * Topics with no subscriber (e.g. dead-letter topics) are kept in memory for inspection.
 */
export class InProcessEventBus extends EventBus {
  private static processBus: InProcessEventBus | undefined;
  private readonly logger = new Logger(InProcessEventBus.name);
  private readonly subscriptions: Subscription[] = [];
  private readonly retained = new Map<string, BusMessage[]>();
  private closed = false;

  constructor(private readonly retry = { initialMs: 100, maxMs: 5_000 }) {
    super();
  }

  /** The bus shared by all services of this process. */
  static shared(): InProcessEventBus {
    InProcessEventBus.processBus ??= new InProcessEventBus();
    return InProcessEventBus.processBus;
  }

  async publish(messages: BusMessage[]): Promise<void> {
    if (this.closed) throw new Error('in-process bus is closed');
    for (const message of messages) {
      const targets = this.subscriptions.filter((s) => s.topics.has(message.topic));
      if (targets.length === 0) this.retain(message);
      await Promise.all(targets.map((subscription) => this.enqueue(subscription, message)));
    }
  }

  async subscribe(groupId: string, topics: readonly string[], handler: MessageHandler): Promise<void> {
    this.subscriptions.push({ groupId, topics: new Set(topics), handler, tail: Promise.resolve() });
  }

  /** Messages published to topics nobody consumes (dead letters, among others). */
  retainedMessages(topic: string): readonly BusMessage[] {
    return this.retained.get(topic) ?? [];
  }

  async isHealthy(): Promise<boolean> {
    return !this.closed;
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.subscriptions.map((s) => s.tail));
  }

  /** Removes the subscriptions of a group (a service that stops). */
  unsubscribe(groupId: string): void {
    for (let i = this.subscriptions.length - 1; i >= 0; i--) {
      if (this.subscriptions[i].groupId === groupId) this.subscriptions.splice(i, 1);
    }
  }

  private retain(message: BusMessage) {
    const list = this.retained.get(message.topic) ?? [];
    list.push(message);
    this.retained.set(message.topic, list);
  }

  private enqueue(subscription: Subscription, message: BusMessage): Promise<void> {
    const delivery = subscription.tail.then(() => this.deliver(subscription, message));
    subscription.tail = delivery.catch(() => undefined);
    return delivery;
  }

  private async deliver(subscription: Subscription, message: BusMessage): Promise<void> {
    let delay = this.retry.initialMs;
    for (;;) {
      try {
        await subscription.handler(message);
        return;
      } catch (error) {
        if (this.closed) throw error;
        this.logger.warn(
          `group ${subscription.groupId} could not handle ${message.topic} (${message.key}), retrying in ${delay} ms: ${(error as Error).message}`,
        );
        await new Promise((resolve) => setTimeout(resolve, delay));
        delay = Math.min(delay * 2, this.retry.maxMs);
      }
    }
  }
}
