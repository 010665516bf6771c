import { Logger } from '@nestjs/common';
import { Admin, Consumer, IHeaders, Kafka, logLevel, LogEntry, Producer } from 'kafkajs';
import { BusMessage, EventBus, MessageHandler } from '../bus/event-bus.port';
import { isRetriableKafkaError, waitForTopicLeaders } from './topic-readiness';

export interface KafkaBusOptions {
  brokers: string[];
  clientId: string;
  /** Partitions of topics this service creates (consumed topics and their dead-letter topics). */
  partitions?: number;
  /**
   * Prefixed to every topic and consumer group, so several environments (or test runs) can share
   * one cluster without seeing each other's events. Handlers see the unprefixed topic.
   */
  topicPrefix?: string;
}

function decodeHeaders(headers: IHeaders | undefined): Record<string, string> {
  const decoded: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (value !== undefined) decoded[name] = Array.isArray(value) ? value.map(String).join(',') : String(value);
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
 * outbox order of one key is the partition order. A consumer handler that rejects leaves its
 * offset uncommitted: kafkajs backs off, restarts the consumer and delivers the message again.
 */
export class KafkaEventBus extends EventBus {
  private readonly logger = new Logger(KafkaEventBus.name);
  private readonly kafka: Kafka;
  private readonly consumers: Consumer[] = [];
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
    for (const message of messages) byTopic.set(message.topic, [...(byTopic.get(message.topic) ?? []), message]);
    await producer.sendBatch({
      acks: -1,
      topicMessages: [...byTopic].map(([topic, list]) => ({
        topic: this.prefix + topic,
        messages: list.map((m) => ({ key: m.key, value: m.value, headers: m.headers })),
      })),
    });
  }

  async subscribe(groupId: string, topics: readonly string[], handler: MessageHandler): Promise<void> {
    const prefixed = topics.map((topic) => this.prefix + topic);
    await this.ensureTopics(prefixed);
    const consumer = this.kafka.consumer({ groupId: this.prefix + groupId, allowAutoTopicCreation: false });
    await consumer.connect();
    await consumer.subscribe({ topics: prefixed, fromBeginning: true });
    await consumer.run({
      eachMessage: async ({ topic, message }) =>
        handler({
          topic: topic.slice(this.prefix.length),
          key: message.key?.toString() ?? '',
          value: message.value?.toString() ?? '',
          headers: decodeHeaders(message.headers),
        }),
    });
    this.consumers.push(consumer);
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
    await Promise.allSettled([producer?.then((p) => p.disconnect()), admin?.then((a) => a.disconnect())]);
  }

  private async ensureTopics(topics: readonly string[]) {
    const admin = await this.connectedAdmin();
    const existing = new Set(await admin.listTopics());
    const missing = topics.filter((topic) => !existing.has(topic));
    if (missing.length === 0) return;
    try {
      await admin.createTopics({
        waitForLeaders: true,
        topics: missing.map((topic) => ({ topic, numPartitions: this.options.partitions ?? 3 })),
      });
    } catch (error) {
      // Created, but the cluster is still settling (a fresh broker): wait for it below.
      if (!isRetriableKafkaError(error)) throw error;
      this.logger.warn(`topics created, cluster still settling (${(error as Error).message}); waiting for their leaders`);
    }
    await waitForTopicLeaders(admin, missing);
  }

  private connectedProducer(): Promise<Producer> {
    this.producer ??= (async () => {
      const producer = this.kafka.producer({ maxInFlightRequests: 1, allowAutoTopicCreation: true });
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
