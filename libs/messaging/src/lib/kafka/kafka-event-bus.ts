import { Logger } from '@nestjs/common';
import { Admin, Consumer, IHeaders, Kafka, logLevel, LogEntry, Producer } from 'kafkajs';
import {
  BusMessage,
  BusReadiness,
  EventBus,
  MAX_DELIVERY_BATCH,
  MessageHandler,
} from '../bus/event-bus.port';
import { assertTopicLeaders, kafkaFailureReason, retryWhileSettling } from './topic-readiness';

/** How long start-up waits for a cluster that is unreachable or still settling, unless configured. */
export const DEFAULT_KAFKA_STARTUP_TIMEOUT_MS = 5 * 60_000;

export interface KafkaBusOptions {
  brokers: string[];
  clientId: string;
  /** Partitions of the consumed topics this service creates (dead-letter topics are created by the broker on first use). */
  partitions?: number;
  /**
   * Prefixed to every topic and consumer group, so several environments (or test runs) can share
   * one cluster without seeing each other's events. Handlers see the unprefixed topic.
   */
  topicPrefix?: string;
  /**
   * How long `subscribe` waits for a broker that is not reachable yet or a cluster still settling
   * (fresh topics without leaders, no group coordinator yet) before it gives up.
   */
  startupTimeoutMs?: number;
}

function decodeHeaders(headers: IHeaders | undefined): Record<string, string> {
  const decoded: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (value !== undefined)
      decoded[name] = Array.isArray(value) ? value.map(String).join(',') : String(value);
  }
  return decoded;
}

/** kafkajs logs through Nest's logger, so its lines share the service's format. */
function nestLogCreator(logger: Logger) {
  return () =>
    ({ level, log }: LogEntry) => {
      const { message, ...extra } = log;
      const line = `${message} ${JSON.stringify(extra)}`;
      if (level === logLevel.ERROR) logger.error(line);
      else if (level === logLevel.WARN) logger.warn(line);
      else logger.debug(line);
    };
}

/**
 * Kafka through kafkajs. The producer sends with acks=all and one request in flight, so the
 * outbox order of one key is the partition order. The consumer hands over what a fetch brought of
 * one partition in slices of at most `MAX_DELIVERY_BATCH`, resolving each slice's offsets once the
 * handler took it. A handler that rejects leaves the slice uncommitted: kafkajs backs off, restarts
 * the consumer and delivers it again.
 */
export class KafkaEventBus extends EventBus {
  private readonly logger = new Logger(KafkaEventBus.name);
  private readonly kafka: Kafka;
  private readonly consumers: Consumer[] = [];
  /** Per consumer group: joined, or what it waits for. */
  private readonly groups = new Map<string, BusReadiness>();
  private readonly prefix: string;
  private producer?: Promise<Producer>;
  private admin?: Promise<Admin>;

  constructor(private readonly options: KafkaBusOptions) {
    super();
    this.prefix = options.topicPrefix ?? '';
    this.kafka = new Kafka({
      clientId: options.clientId,
      brokers: options.brokers,
      logLevel: logLevel.WARN,
      logCreator: nestLogCreator(this.logger),
      retry: { initialRetryTime: 300, retries: 8 },
    });
  }

  async publish(messages: BusMessage[]): Promise<void> {
    if (messages.length === 0) return;
    const producer = await this.connectedProducer();
    const byTopic = new Map<string, BusMessage[]>();
    for (const message of messages)
      byTopic.set(message.topic, [...(byTopic.get(message.topic) ?? []), message]);
    await producer.sendBatch({
      acks: -1,
      topicMessages: [...byTopic].map(([topic, list]) => ({
        topic: this.prefix + topic,
        messages: list.map((m) => ({ key: m.key, value: m.value, headers: m.headers })),
      })),
    });
  }

  async subscribe(
    groupId: string,
    topics: readonly string[],
    handler: MessageHandler,
  ): Promise<void> {
    const group = this.prefix + groupId;
    const prefixed = topics.map((topic) => this.prefix + topic);
    let step = '';
    let lastFailure = '';
    const enter = (next: string) => {
      step = next;
      this.groups.set(group, { ready: false, reason: step + lastFailure });
    };
    enter('connecting to Kafka'); // at once: /health must not say ready before the first attempt runs
    const consumer = await retryWhileSettling(
      async () => {
        enter('connecting to Kafka');
        const admin = await this.connectedAdmin();
        enter('waiting for Kafka topics');
        await this.ensureTopics(admin, prefixed);
        enter('joining the consumer group');
        return this.startConsumer(group, prefixed, handler);
      },
      {
        what: `consumer group ${group}`,
        timeoutMs: this.options.startupTimeoutMs ?? DEFAULT_KAFKA_STARTUP_TIMEOUT_MS,
        onWait: ({ attempt, elapsedMs, error }) => {
          const problem = error instanceof Error ? error.message : String(error);
          // /health gets the plain reason; the log line below the whole error, brokers included.
          lastFailure = ` (attempt ${attempt} failed: ${kafkaFailureReason(error)})`;
          this.groups.set(group, { ready: false, reason: step + lastFailure });
          this.logger.warn({
            msg: `Kafka not ready, ${step}; retrying`,
            event: 'kafka.startup.wait',
            group,
            step,
            attempt,
            elapsedMs,
            brokers: this.options.brokers,
            error: problem,
          });
        },
      },
    ).catch((error: unknown) => {
      this.groups.set(group, {
        ready: false,
        reason: `gave up ${step}: ${kafkaFailureReason(error)}`,
      });
      throw error;
    });
    this.consumers.push(consumer);
  }

  /** Bus readiness: every consumer group has joined (and has not crashed since). */
  override readiness(): BusReadiness {
    const waiting = [...this.groups].flatMap(([group, state]) =>
      state.ready ? [] : [`consumer group ${group}: ${state.reason}`],
    );
    return waiting.length === 0 ? { ready: true } : { ready: false, reason: waiting.join('; ') };
  }

  /**
   * Connects a consumer and resolves once it has joined its group. Before that a crash fails the
   * attempt (the caller retries with a new consumer); after it, kafkajs restarts the consumer on a
   * retriable crash, and readiness is down until it has joined again.
   */
  private async startConsumer(
    group: string,
    topics: string[],
    handler: MessageHandler,
  ): Promise<Consumer> {
    let joined = false;
    const consumer = this.kafka.consumer({
      groupId: group,
      allowAutoTopicCreation: false,
      retry: { retries: 5, restartOnFailure: async () => joined },
    });
    const firstJoin = new Promise<void>((resolve, reject) => {
      consumer.on(consumer.events.GROUP_JOIN, () => {
        joined = true;
        this.groups.set(group, { ready: true });
        resolve();
      });
      consumer.on(consumer.events.CRASH, ({ payload }) => {
        if (!joined) return reject(payload.error);
        const reason = `consumer crashed (${kafkaFailureReason(payload.error)}); ${payload.restart ? 'restarting' : 'stopped'}`;
        this.groups.set(group, { ready: false, reason });
        this.logger.error({
          msg: `Kafka consumer ${reason}`,
          event: 'kafka.consumer.crash',
          group,
          restart: payload.restart,
          err: payload.error,
        });
      });
    });
    try {
      await consumer.connect();
      await consumer.subscribe({ topics, fromBeginning: true });
      await consumer.run({
        eachBatchAutoResolve: false,
        eachBatch: async ({ batch, resolveOffset, heartbeat, isRunning, isStale }) => {
          const topic = batch.topic.slice(this.prefix.length);
          for (let i = 0; i < batch.messages.length; i += MAX_DELIVERY_BATCH) {
            // After a rebalance or shutdown the rest of the fetch belongs to whoever owns the partition now.
            if (!isRunning() || isStale()) return;
            const slice = batch.messages.slice(i, i + MAX_DELIVERY_BATCH);
            await handler(
              slice.map((message) => ({
                topic,
                key: message.key?.toString() ?? '',
                value: message.value?.toString() ?? '',
                headers: decodeHeaders(message.headers),
              })),
            );
            resolveOffset(slice[slice.length - 1].offset);
            await heartbeat();
          }
        },
      });
      // run() returns after the first join or after its crash, so this is already settled.
      await firstJoin;
      return consumer;
    } catch (error) {
      await consumer.disconnect().catch(() => undefined);
      throw error;
    }
  }

  async isHealthy(): Promise<boolean> {
    try {
      const admin = await this.connectedAdmin();
      const cluster = await admin.describeCluster();
      return cluster.brokers.length > 0;
    } catch {
      this.admin = undefined;
      return false;
    }
  }

  async close(): Promise<void> {
    await Promise.allSettled(this.consumers.map((consumer) => consumer.disconnect()));
    const [producer, admin] = [this.producer, this.admin];
    this.producer = this.admin = undefined;
    await Promise.allSettled([
      producer?.then((p) => p.disconnect()),
      admin?.then((a) => a.disconnect()),
    ]);
  }

  /** Creates the missing topics and checks each has a leader (a retriable error while the cluster settles). */
  private async ensureTopics(admin: Admin, topics: readonly string[]) {
    const existing = new Set(await admin.listTopics());
    const missing = topics.filter((topic) => !existing.has(topic));
    if (missing.length > 0) {
      await admin.createTopics({
        waitForLeaders: true,
        topics: missing.map((topic) => ({ topic, numPartitions: this.options.partitions ?? 3 })),
      });
    }
    await assertTopicLeaders(admin, topics);
  }

  private connectedProducer(): Promise<Producer> {
    this.producer ??= (async () => {
      const producer = this.kafka.producer({
        maxInFlightRequests: 1,
        allowAutoTopicCreation: true,
      });
      await producer.connect();
      return producer;
    })().catch((error) => {
      this.producer = undefined;
      throw error;
    });
    return this.producer;
  }

  private connectedAdmin(): Promise<Admin> {
    this.admin ??= (async () => {
      const admin = this.kafka.admin();
      await admin.connect();
      return admin;
    })().catch((error) => {
      this.admin = undefined;
      throw error;
    });
    return this.admin;
  }
}
