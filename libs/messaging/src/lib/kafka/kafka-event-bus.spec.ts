import { EventEmitter } from 'node:events';
import { Logger } from '@nestjs/common';
import { Kafka, KafkaJSConnectionError, KafkaJSNumberOfRetriesExceeded } from 'kafkajs';
import { KafkaEventBus } from './kafka-event-bus';

const EVENTS = { GROUP_JOIN: 'consumer.group_join', CRASH: 'consumer.crash' } as const;

/** A kafkajs consumer whose run() joins its group, or crashes as kafkajs does (CRASH emitted inside run). */
class ScriptedConsumer extends EventEmitter {
  readonly events = EVENTS;
  disconnected = false;
  constructor(private readonly onRun: (consumer: ScriptedConsumer) => void) {
    super();
  }
  override on(event: string, listener: (event: { payload: unknown }) => void): this {
    return super.on(event, listener);
  }
  async connect() {
    /* connected */
  }
  async subscribe() {
    /* subscribed */
  }
  async run() {
    await Promise.resolve();
    this.onRun(this);
  }
  async disconnect() {
    this.disconnected = true;
  }
  join() {
    this.emit(EVENTS.GROUP_JOIN, { payload: {} });
  }
  crash(error: Error, restart: boolean) {
    this.emit(EVENTS.CRASH, { payload: { error, restart, groupId: 'matching' } });
  }
}

const noBroker = () =>
  new KafkaJSNumberOfRetriesExceeded(
    new KafkaJSConnectionError('Connection error: connect ECONNREFUSED 127.0.0.1:9092'),
    {
      retryCount: 5,
      retryTime: 1,
    },
  );

describe('KafkaEventBus readiness (its consumer group, as GET /health reports it)', () => {
  let consumers: ScriptedConsumer[];
  let script: ((consumer: ScriptedConsumer) => void)[];

  beforeEach(() => {
    consumers = [];
    script = [];
    // The crash and wait lines are the bus's to write, not this test's output.
    jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    jest.spyOn(Kafka.prototype, 'admin').mockReturnValue({
      connect: async () => undefined,
      listTopics: async () => ['training.certificate.registered.v1'],
      fetchTopicMetadata: async () => ({
        topics: [
          {
            name: 'training.certificate.registered.v1',
            partitions: [
              { partitionId: 0, leader: 1, replicas: [1], isr: [1], partitionErrorCode: 0 },
            ],
          },
        ],
      }),
    } as never);
    jest.spyOn(Kafka.prototype, 'consumer').mockImplementation(() => {
      const consumer = new ScriptedConsumer(script[consumers.length]);
      consumers.push(consumer);
      return consumer as never;
    });
  });

  afterEach(() => {
    jest.restoreAllMocks();
  });

  function bus() {
    return new KafkaEventBus({
      brokers: ['127.0.0.1:9092'],
      clientId: 'bridge-matching',
      startupTimeoutMs: 60_000,
    });
  }

  it('is ready with no subscription, and not ready while its group has not joined yet', async () => {
    const kafka = bus();
    expect(kafka.readiness()).toEqual({ ready: true });
    let release!: () => void;
    const joining = new Promise<void>((resolve) => (release = resolve));
    script = [(consumer) => void joining.then(() => consumer.join())];
    const subscribed = kafka.subscribe(
      'matching',
      ['training.certificate.registered.v1'],
      async () => undefined,
    );
    expect(kafka.readiness()).toEqual({
      ready: false,
      reason: 'consumer group matching: connecting to Kafka',
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(kafka.readiness()).toEqual({
      ready: false,
      reason: 'consumer group matching: joining the consumer group',
    });
    release();
    await subscribed;
    expect(kafka.readiness()).toEqual({ ready: true });
  });

  it('retries with a new consumer when the first crashes before it joined, saying why while it waits', async () => {
    const kafka = bus();
    script = [(consumer) => consumer.crash(noBroker(), false), (consumer) => consumer.join()];
    const subscribed = kafka.subscribe(
      'matching',
      ['training.certificate.registered.v1'],
      async () => undefined,
    );
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(kafka.readiness()).toEqual({
      ready: false,
      reason:
        'consumer group matching: joining the consumer group (attempt 1 failed: connection refused)',
    });
    // The broker's address is the log's (the wait line), never /health's.
    expect(JSON.stringify(kafka.readiness())).not.toMatch(/127\.0\.0\.1|9092/);
    await subscribed;
    await new Promise((resolve) => setImmediate(resolve));
    expect(consumers).toHaveLength(2);
    expect(consumers[0].disconnected).toBe(true);
    expect(kafka.readiness()).toEqual({ ready: true });
  });

  it('is not ready after a crash of its joined consumer, naming it, and ready again once kafkajs has rejoined', async () => {
    const kafka = bus();
    script = [(consumer) => consumer.join()];
    await kafka.subscribe(
      'matching',
      ['training.certificate.registered.v1'],
      async () => undefined,
    );
    consumers[0].crash(new Error('No broker available'), true);
    expect(kafka.readiness()).toEqual({
      ready: false,
      reason: 'consumer group matching: consumer crashed (no broker available); restarting',
    });
    consumers[0].join();
    expect(kafka.readiness()).toEqual({ ready: true });
  });
});
