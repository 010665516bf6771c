import type { Admin } from 'kafkajs';

/** kafkajs marks errors a broker may stop giving by itself (UNKNOWN_TOPIC_OR_PARTITION, LEADER_NOT_AVAILABLE, …). */
export function isRetriableKafkaError(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { retriable?: unknown }).retriable === true;
}

export interface TopicWaitOptions {
  timeoutMs?: number;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
}

/**
 * Waits until every topic has metadata with a leader on each partition. A fresh cluster answers
 * "This server does not host this topic-partition" for a while after it created a topic, and
 * kafkajs's createTopics waits out only LEADER_NOT_AVAILABLE: a consumer started then would fail.
 * Retriable errors are waited out with backoff up to the deadline; any other error is thrown.
 */
export async function waitForTopicLeaders(
  admin: Pick<Admin, 'fetchTopicMetadata'>,
  topics: readonly string[],
  { timeoutMs = 60_000, sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms)), now = Date.now }: TopicWaitOptions = {},
): Promise<void> {
  const deadline = now() + timeoutMs;
  let lastProblem = 'no metadata yet';
  for (let attempt = 0; ; attempt++) {
    try {
      const { topics: metadata } = await admin.fetchTopicMetadata({ topics: [...topics] });
      const waiting = topics.filter((topic) => {
        const partitions = metadata.find((m) => m.name === topic)?.partitions ?? [];
        return partitions.length === 0 || partitions.some((partition) => partition.leader < 0);
      });
      if (waiting.length === 0) return;
      lastProblem = `no leader yet for ${waiting.join(', ')}`;
    } catch (error) {
      if (!isRetriableKafkaError(error)) throw error;
      lastProblem = error instanceof Error ? error.message : String(error);
    }
    if (now() >= deadline) {
      throw new Error(`Kafka topics not ready after ${timeoutMs} ms (${lastProblem}): ${topics.join(', ')}`);
    }
    await sleep(Math.min(100 * 2 ** attempt, 2_000));
  }
}
