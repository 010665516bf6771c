import type { Admin } from 'kafkajs';
import { backOff } from 'exponential-backoff';
import { connectionFailureReason } from '@bridge/database';

/**
 * Errors a cluster stops giving by itself: kafkajs marks them `retriable` (UNKNOWN_TOPIC_OR_PARTITION,
 * LEADER_NOT_AVAILABLE, NOT_CONTROLLER, GROUP_COORDINATOR_NOT_AVAILABLE, connection refused, …) and
 * wraps them in KafkaJSNumberOfRetriesExceeded once its own retries are used up. kafkajs's consumer
 * restarts on the same rule.
 */
export function isRetriableKafkaError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  if ((error as { name?: unknown }).name === 'KafkaJSNumberOfRetriesExceeded') return true;
  let cause: unknown = error;
  while (typeof cause === 'object' && cause !== null && (cause as { cause?: unknown }).cause) {
    cause = (cause as { cause: unknown }).cause;
  }
  return (
    (error as { retriable?: unknown }).retriable === true ||
    (typeof cause === 'object' &&
      cause !== null &&
      (cause as { retriable?: unknown }).retriable === true)
  );
}

/** Thrown while a topic has no metadata or a partition without a leader: retriable, the cluster is settling. */
export class TopicsNotReadyError extends Error {
  readonly retriable = true;
  constructor(readonly topics: readonly string[]) {
    super(`no leader yet for ${topics.join(', ')}`);
    this.name = 'TopicsNotReadyError';
  }
}

/**
 * Resolves when every topic has metadata and a leader on each partition, else throws a retriable
 * error. A fresh cluster answers "This server does not host this topic-partition" for a while after
 * it created a topic, and kafkajs's createTopics waits out only LEADER_NOT_AVAILABLE.
 */
export async function assertTopicLeaders(
  admin: Pick<Admin, 'fetchTopicMetadata'>,
  topics: readonly string[],
): Promise<void> {
  const { topics: metadata } = await admin.fetchTopicMetadata({ topics: [...topics] });
  const waiting = topics.filter((topic) => {
    const partitions = metadata.find((m) => m.name === topic)?.partitions ?? [];
    return partitions.length === 0 || partitions.some((partition) => partition.leader < 0);
  });
  if (waiting.length > 0) throw new TopicsNotReadyError(waiting);
}

/** One failed attempt that will be tried again. */
export interface SettlingWait {
  attempt: number;
  elapsedMs: number;
  error: unknown;
}

export interface SettlingRetryOptions {
  /** What is being waited for, for the final error ("consumer group matching"). */
  what: string;
  /** Give up this long after the first attempt. */
  timeoutMs: number;
  /** Called after each failed attempt that will be retried (log it, report it on /health). */
  onWait(wait: SettlingWait): void;
  /** First and longest pause between attempts. */
  startingDelayMs?: number;
  maxDelayMs?: number;
  now?: () => number;
}

/**
 * Start-up gave up: the cluster stayed unreachable or unsettled for the whole bound. The bound is
 * checked between attempts, so the time waited may exceed it by one attempt (kafkajs's own
 * connection retries take about a minute while no broker answers).
 */
export class KafkaNotReadyError extends Error {
  constructor(
    what: string,
    elapsedMs: number,
    timeoutMs: number,
    attempts: number,
    readonly lastError: unknown,
  ) {
    super(
      `Kafka not ready for ${what} after ${Math.round(elapsedMs / 1000)} s (bound ${Math.round(timeoutMs / 1000)} s) ` +
        `and ${attempts} attempt${attempts === 1 ? '' : 's'} ` +
        `(last error: ${lastError instanceof Error ? lastError.message : String(lastError)}); ` +
        'check KAFKA_BROKERS and the broker, or raise KAFKA_STARTUP_TIMEOUT_SECONDS',
      { cause: lastError },
    );
    this.name = 'KafkaNotReadyError';
  }
}

/**
 * Runs `attempt` until it succeeds. Errors of a cluster that is unreachable or still settling are
 * retried with exponential backoff until `timeoutMs` has passed (then a KafkaNotReadyError); any
 * other error is thrown at once.
 */
export async function retryWhileSettling<T>(
  attempt: () => Promise<T>,
  options: SettlingRetryOptions,
): Promise<T> {
  const now = options.now ?? Date.now;
  const started = now();
  let attempts = 0;
  try {
    return await backOff(
      () => {
        attempts++;
        return attempt();
      },
      {
        numOfAttempts: Number.MAX_SAFE_INTEGER,
        startingDelay: options.startingDelayMs ?? 500,
        maxDelay: options.maxDelayMs ?? 10_000,
        timeMultiple: 2,
        retry: (error: unknown, attemptNumber: number) => {
          const elapsedMs = now() - started;
          if (!isRetriableKafkaError(error) || elapsedMs >= options.timeoutMs) return false;
          options.onWait({ attempt: attemptNumber, elapsedMs, error });
          return true;
        },
      },
    );
  } catch (error) {
    if (!isRetriableKafkaError(error)) throw error;
    throw new KafkaNotReadyError(options.what, now() - started, options.timeoutMs, attempts, error);
  }
}

/**
 * Why talking to Kafka failed, in words fit for the public GET /health ("connection refused",
 * "timeout", "topics have no leader yet", a broker's error code): kafkajs' messages quote broker
 * addresses. The whole error belongs in the log.
 */
export function kafkaFailureReason(error: unknown): string {
  const network = connectionFailureReason(error);
  if (network) return network;
  if (error instanceof KafkaNotReadyError) return kafkaFailureReason(error.lastError);
  if (error instanceof TopicsNotReadyError) return 'topics have no leader yet';
  if (typeof error !== 'object' || error === null) return 'broker error';
  const { type, message, originalError, cause } = error as {
    type?: unknown;
    message?: unknown;
    originalError?: unknown;
    cause?: unknown;
  };
  // A protocol error's code (UNKNOWN_TOPIC_OR_PARTITION, GROUP_COORDINATOR_NOT_AVAILABLE, …).
  if (typeof type === 'string' && /^[A-Z_]+$/.test(type)) return `broker answered ${type}`;
  if (typeof message === 'string' && /no broker available/i.test(message))
    return 'no broker available';
  // kafkajs' connection errors without a socket code (src/network/connection.js).
  if (typeof message === 'string' && /^connection timeout$/i.test(message)) return 'timeout';
  if (typeof message === 'string' && /^connection closed by the server$/i.test(message))
    return 'connection closed';
  const wrapped = originalError ?? cause;
  return wrapped ? kafkaFailureReason(wrapped) : 'broker error';
}
