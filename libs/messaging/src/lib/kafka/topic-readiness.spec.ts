import {
  KafkaJSConnectionError,
  KafkaJSNonRetriableError,
  KafkaJSNumberOfRetriesExceeded,
  KafkaJSProtocolError,
} from 'kafkajs';
import {
  assertTopicLeaders,
  isRetriableKafkaError,
  kafkaFailureReason,
  KafkaNotReadyError,
  retryWhileSettling,
  SettlingWait,
  TopicsNotReadyError,
} from './topic-readiness';

function protocolError(type: string, code: number, retriable: boolean) {
  return new KafkaJSProtocolError({ type, code, retriable, message: `${type} message` } as never);
}

const notHosted = () => protocolError('UNKNOWN_TOPIC_OR_PARTITION', 3, true);

const ready = (...names: string[]) => ({
  topics: names.map((name) => ({
    name,
    partitions: [{ partitionId: 0, leader: 1, replicas: [1], isr: [1], partitionErrorCode: 0 }],
  })),
});

describe('isRetriableKafkaError (what a settling or unreachable cluster answers)', () => {
  it.each([
    ['UNKNOWN_TOPIC_OR_PARTITION', notHosted()],
    ['LEADER_NOT_AVAILABLE', protocolError('LEADER_NOT_AVAILABLE', 5, true)],
    ['NOT_CONTROLLER', protocolError('NOT_CONTROLLER', 41, true)],
    ['GROUP_COORDINATOR_NOT_AVAILABLE', protocolError('GROUP_COORDINATOR_NOT_AVAILABLE', 15, true)],
    [
      'connection refused',
      new KafkaJSConnectionError('Connection error: connect ECONNREFUSED 127.0.0.1:9092'),
    ],
    [
      "kafkajs's retries used up on connection refused",
      new KafkaJSNumberOfRetriesExceeded(
        new KafkaJSConnectionError('Connection error: connect ECONNREFUSED 127.0.0.1:9092'),
        {
          retryCount: 8,
          retryTime: 30_000,
        },
      ),
    ],
    ['topics without a leader yet', new TopicsNotReadyError(['a'])],
  ])('retries %s', (_, error) => {
    expect(isRetriableKafkaError(error)).toBe(true);
  });

  it.each([
    ['TOPIC_AUTHORIZATION_FAILED', protocolError('TOPIC_AUTHORIZATION_FAILED', 29, false)],
    ['a non-retriable kafkajs error', new KafkaJSNonRetriableError('Invalid topics array')],
    ['a plain error', new Error('boom')],
    ['no error object', 'boom'],
  ])('does not retry %s', (_, error) => {
    expect(isRetriableKafkaError(error)).toBe(false);
  });
});

describe('assertTopicLeaders (a fresh cluster settling after it created topics)', () => {
  it('passes when every partition of every topic has a leader', async () => {
    const admin = { fetchTopicMetadata: async () => ready('a', 'b') } as never;
    await expect(assertTopicLeaders(admin, ['a', 'b'])).resolves.toBeUndefined();
  });

  it('throws a retriable error naming the topics without metadata or with a leaderless partition', async () => {
    const admin = {
      fetchTopicMetadata: async () => ({
        topics: [{ name: 'a', partitions: [{ partitionId: 0, leader: -1 }] }, ...ready('b').topics],
      }),
    } as never;
    const error = await assertTopicLeaders(admin, ['a', 'b', 'c']).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TopicsNotReadyError);
    expect((error as Error).message).toBe('no leader yet for a, c');
    expect(isRetriableKafkaError(error)).toBe(true);
  });
});

describe('retryWhileSettling (bounded start-up wait)', () => {
  const fast = { startingDelayMs: 1, maxDelayMs: 2 };

  it('waits out retriable errors, reporting each failed attempt, then returns the result', async () => {
    const answers: (() => string)[] = [
      () => {
        throw notHosted();
      },
      () => {
        throw new KafkaJSNumberOfRetriesExceeded(
          new KafkaJSConnectionError('connect ECONNREFUSED'),
          { retryCount: 8, retryTime: 1 },
        );
      },
      () => 'joined',
    ];
    let calls = 0;
    const waits: SettlingWait[] = [];
    const result = await retryWhileSettling(async () => answers[calls++](), {
      ...fast,
      what: 'consumer group matching',
      timeoutMs: 60_000,
      onWait: (wait) => waits.push(wait),
    });
    expect(result).toBe('joined');
    expect(calls).toBe(3);
    expect(waits.map((w) => [w.attempt, (w.error as Error).message])).toEqual([
      [1, 'UNKNOWN_TOPIC_OR_PARTITION message'],
      [2, 'connect ECONNREFUSED'],
    ]);
  });

  it('throws an error that will not go away at once, without waiting', async () => {
    let calls = 0;
    const onWait = jest.fn();
    const denied = protocolError('TOPIC_AUTHORIZATION_FAILED', 29, false);
    await expect(
      retryWhileSettling(
        async () => {
          calls++;
          throw denied;
        },
        { ...fast, what: 'consumer group matching', timeoutMs: 60_000, onWait },
      ),
    ).rejects.toBe(denied);
    expect(calls).toBe(1);
    expect(onWait).not.toHaveBeenCalled();
  });

  it('reports the time it really waited when one attempt outlasted the bound', async () => {
    let clock = 0;
    const error = await retryWhileSettling(
      async () => {
        clock += 65_000; // kafkajs's own connection retries while no broker answers
        throw new KafkaJSNumberOfRetriesExceeded(
          new KafkaJSConnectionError('connect ECONNREFUSED 127.0.0.1:9092'),
          { retryCount: 8, retryTime: 30_000 },
        );
      },
      {
        ...fast,
        what: 'consumer group training',
        timeoutMs: 5_000,
        now: () => clock,
        onWait: () => undefined,
      },
    ).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(
      /^Kafka not ready for consumer group training after 65 s \(bound 5 s\) and 1 attempt \(last error: connect ECONNREFUSED/,
    );
  });

  it('gives up after its bound with a message naming what, how long, the attempts and the last error', async () => {
    let clock = 0;
    let calls = 0;
    const error = await retryWhileSettling(
      async () => {
        calls++;
        clock += 400;
        throw notHosted();
      },
      {
        ...fast,
        what: 'consumer group matching',
        timeoutMs: 2_000,
        now: () => clock,
        onWait: () => undefined,
      },
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KafkaNotReadyError);
    expect(calls).toBe(5);
    expect((error as Error).message).toBe(
      'Kafka not ready for consumer group matching after 2 s (bound 2 s) and 5 attempts (last error: UNKNOWN_TOPIC_OR_PARTITION message); ' +
        'check KAFKA_BROKERS and the broker, or raise KAFKA_STARTUP_TIMEOUT_SECONDS',
    );
  });
});

describe('kafkaFailureReason (what GET /health may say about a failure: no broker address)', () => {
  // kafkajs builds its connection error with the broker and the socket's code (src/network/connection.js).
  const refused = () =>
    new KafkaJSConnectionError('Connection error: connect ECONNREFUSED 10.1.2.3:29092', {
      broker: '10.1.2.3:29092',
      code: 'ECONNREFUSED',
    } as never);

  it.each([
    ['a refused connection', refused(), 'connection refused'],
    [
      'a refused connection after kafkajs used up its retries',
      new KafkaJSNumberOfRetriesExceeded(refused(), { retryCount: 5, retryTime: 1 }),
      'connection refused',
    ],
    [
      'a refused connection known from its message only',
      new KafkaJSConnectionError('Connection error: connect ECONNREFUSED 10.1.2.3:29092'),
      'connection refused',
    ],
    [
      'a start-up that gave up',
      new KafkaNotReadyError('consumer group matching', 61_000, 60_000, 3, refused()),
      'connection refused',
    ],
    [
      'a broker that does not resolve',
      new KafkaJSConnectionError('Connection error: getaddrinfo ENOTFOUND kafka-0.internal', {
        broker: 'kafka-0.internal:9092',
        code: 'ENOTFOUND',
      } as never),
      'host not found',
    ],
    [
      'a protocol error of a settling cluster',
      protocolError('UNKNOWN_TOPIC_OR_PARTITION', 3, true),
      'broker answered UNKNOWN_TOPIC_OR_PARTITION',
    ],
    [
      'a connection that timed out',
      new KafkaJSConnectionError('Connection timeout', { broker: '10.1.2.3:29092' } as never),
      'timeout',
    ],
    [
      'topics without a leader',
      new TopicsNotReadyError(['training.certificate.registered.v1']),
      'topics have no leader yet',
    ],
    [
      'anything else',
      new Error('SASL handshake with broker kafka-0.internal:9093 failed'),
      'broker error',
    ],
  ])('says %s plainly', (_case, error, reason) => {
    expect(kafkaFailureReason(error)).toBe(reason);
  });
});
