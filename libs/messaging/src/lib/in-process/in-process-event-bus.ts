import { Logger } from '@nestjs/common';
import { BusMessage, EventBus, MAX_DELIVERY_BATCH, MessageHandler } from '../bus/event-bus.port';

interface Subscription {
  groupId: string;
  topics: Set<string>;
  handler: MessageHandler;
  /** Deliveries of one group are serial, like a consumer of a single partition. */
  tail: Promise<void>;
}

/** A message at its place in its topic's log. */
interface LoggedMessage {
  message: BusMessage;
  offset: number;
}

/**
 * The embedded stand-in for Kafka: one bus per process, shared by the services running in it.
 * Like Kafka, it keeps a log per topic and a committed offset per consumer group, so a group that
 * subscribes late (a service that starts after another published) still receives everything, and
 * a group that comes back resumes where it stopped. `publish` resolves when every subscribed group
 * has handled the messages, so the outbox marks an event sent only once it took effect; a handler
 * that rejects is retried with backoff, never skipped. A group gets the messages of one `publish`
 * (or its backlog) as batches of at most `MAX_DELIVERY_BATCH`. The log lives as long as the process.
 */
export class InProcessEventBus extends EventBus {
  private static processBus: InProcessEventBus | undefined;
  private readonly logger = new Logger(InProcessEventBus.name);
  private readonly subscriptions: Subscription[] = [];
  private readonly logs = new Map<string, BusMessage[]>();
  private readonly committed = new Map<string, Map<string, number>>();
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
    const logged = messages.map((message) => {
      const log = this.logOf(message.topic);
      log.push(message);
      return { message, offset: log.length - 1 };
    });
    await Promise.all(
      this.subscriptions.map((subscription) =>
        this.enqueue(
          subscription,
          logged.filter(({ message }) => subscription.topics.has(message.topic)),
        ),
      ),
    );
  }

  async subscribe(
    groupId: string,
    topics: readonly string[],
    handler: MessageHandler,
  ): Promise<void> {
    const subscription: Subscription = {
      groupId,
      topics: new Set(topics),
      handler,
      tail: Promise.resolve(),
    };
    this.subscriptions.push(subscription);
    for (const topic of topics) {
      const log = this.logOf(topic);
      const backlog: LoggedMessage[] = [];
      for (let offset = this.committedOffset(groupId, topic); offset < log.length; offset++)
        backlog.push({ message: log[offset], offset });
      void this.enqueue(subscription, backlog).catch(() => undefined);
    }
  }

  /** Every message published to `topic` in this process (dead letters, among others). */
  retainedMessages(topic: string): readonly BusMessage[] {
    return this.logs.get(topic) ?? [];
  }

  async isHealthy(): Promise<boolean> {
    return !this.closed;
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.subscriptions.map((s) => s.tail));
  }

  /** Removes the subscriptions of a group (a service that stops); its offsets are kept. */
  unsubscribe(groupId: string): void {
    for (let i = this.subscriptions.length - 1; i >= 0; i--) {
      if (this.subscriptions[i].groupId === groupId) this.subscriptions.splice(i, 1);
    }
  }

  private logOf(topic: string): BusMessage[] {
    let log = this.logs.get(topic);
    if (!log) this.logs.set(topic, (log = []));
    return log;
  }

  private committedOffset(groupId: string, topic: string): number {
    return this.committed.get(groupId)?.get(topic) ?? 0;
  }

  private commit(groupId: string, topic: string, offset: number) {
    let offsets = this.committed.get(groupId);
    if (!offsets) this.committed.set(groupId, (offsets = new Map()));
    offsets.set(topic, Math.max(offsets.get(topic) ?? 0, offset + 1));
  }

  private async enqueue(subscription: Subscription, messages: LoggedMessage[]): Promise<void> {
    const deliveries: Promise<void>[] = [];
    for (let i = 0; i < messages.length; i += MAX_DELIVERY_BATCH)
      deliveries.push(this.enqueueBatch(subscription, messages.slice(i, i + MAX_DELIVERY_BATCH)));
    await Promise.all(deliveries);
  }

  private enqueueBatch(subscription: Subscription, messages: LoggedMessage[]): Promise<void> {
    const delivery = subscription.tail.then(async () => {
      // A group that re-subscribed may already have handled these offsets through its new subscription.
      const pending = messages.filter(
        ({ message, offset }) =>
          offset >= this.committedOffset(subscription.groupId, message.topic),
      );
      if (pending.length === 0 || !this.subscriptions.includes(subscription)) return;
      await this.deliver(
        subscription,
        pending.map(({ message }) => message),
      );
      for (const { message, offset } of pending)
        this.commit(subscription.groupId, message.topic, offset);
    });
    subscription.tail = delivery.catch(() => undefined);
    return delivery;
  }

  private async deliver(subscription: Subscription, messages: BusMessage[]): Promise<void> {
    let delay = this.retry.initialMs;
    for (;;) {
      try {
        await subscription.handler(messages);
        return;
      } catch (error) {
        if (this.closed || !this.subscriptions.includes(subscription)) throw error;
        this.logger.warn(
          `group ${subscription.groupId} could not handle ${messages.length} message(s) from ${messages[0].topic} (${messages[0].key}), retrying in ${delay} ms: ${(error as Error).message}`,
        );
        await new Promise((resolve) => setTimeout(resolve, delay));
        delay = Math.min(delay * 2, this.retry.maxMs);
      }
    }
  }
}
