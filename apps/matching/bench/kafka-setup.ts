/**
 * The match service bench on Kafka + Postgres (`npm run bench -- --kafka`): a fresh database of the
 * run's own on a real Postgres server, dropped at the end even on failure, and a topic prefix of its
 * own on the shared broker, so runs never see each other's events (or tables).
 *
 * Environment: BENCH_DATABASE_URL (the server the database is created on, default
 * postgres://postgres@127.0.0.1:5432/postgres), KAFKA_BROKERS (default localhost:9092; started by
 * `bash tools/kafka/kafka.sh start`), MEILI_URL (search on Meilisearch instead of the service's database).
 */
import { Kafka, logLevel } from 'kafkajs';
import { Client } from 'pg';
import { KafkaEventBus } from '@bridge/messaging';

const DEFAULT_SERVER_URL = 'postgres://postgres@127.0.0.1:5432/postgres';
const DEFAULT_BROKERS = 'localhost:9092';

export interface KafkaSetup {
  database: string;
  topicPrefix: string;
  /** The matching service's settings for this setup. */
  env: Record<string, string>;
  /** The other services' producer, on the service's topic prefix. */
  bus: KafkaEventBus;
  /** Closes the producer, removes the run's topics and consumer group, drops the database. */
  close(): Promise<void>;
}

export async function openKafkaSetup(): Promise<KafkaSetup> {
  const serverUrl = process.env['BENCH_DATABASE_URL'] || DEFAULT_SERVER_URL;
  const brokers = (process.env['KAFKA_BROKERS'] || DEFAULT_BROKERS)
    .split(',')
    .map((broker) => broker.trim());
  const stamp = new Date().toISOString().replace(/\D/g, '');
  const database = `bench_matching_${stamp}`;
  const topicPrefix = `bench-matching-${stamp}.`;
  await onServer(serverUrl, `CREATE DATABASE "${database}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  const bus = new KafkaEventBus({ brokers, clientId: 'bridge-bench', topicPrefix });

  let closing: Promise<void> | undefined;
  const close = () =>
    (closing ??= (async () => {
      await bus.close();
      await removeTopics(brokers, topicPrefix).catch((error: unknown) =>
        console.error(
          `could not remove the run's Kafka topics and consumer group (${topicPrefix}*):`,
          error,
        ),
      );
      // FORCE: after a failure the service may still hold connections.
      await onServer(serverUrl, `DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    })());
  // Interrupted (Ctrl-C, a CI timeout): the database goes too.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      void close().finally(() => process.exit(130));
    });
  }
  return {
    database,
    topicPrefix,
    env: {
      DATABASE_URL: url.toString(),
      KAFKA_BROKERS: brokers.join(','),
      KAFKA_TOPIC_PREFIX: topicPrefix,
      // The search tables in the service's database, unless the run is on Meilisearch.
      ...(!process.env['MEILI_URL'] && { SEARCH_ENGINE: 'postgres' }),
    },
    bus,
    close,
  };
}

async function onServer(serverUrl: string, sql: string): Promise<void> {
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** The broker is shared and long-lived: each run's topics (3 partitions each) would pile up on it. */
async function removeTopics(brokers: string[], prefix: string): Promise<void> {
  const admin = new Kafka({
    clientId: 'bridge-bench',
    brokers,
    logLevel: logLevel.NOTHING,
  }).admin();
  await admin.connect();
  try {
    const topics = (await admin.listTopics()).filter((topic) => topic.startsWith(prefix));
    if (topics.length > 0) await admin.deleteTopics({ topics });
    // Last: a group still in use (the service did not close after a failure) cannot be deleted.
    const groups = (await admin.listGroups()).groups
      .map(({ groupId }) => groupId)
      .filter((group) => group.startsWith(prefix));
    if (groups.length > 0) await admin.deleteGroups(groups);
  } finally {
    await admin.disconnect();
  }
}
