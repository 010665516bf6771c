import { SchedulerRegistry } from '@nestjs/schedule';
import type { ServiceName } from '@bridge/contracts';
import { createTestDatabase } from '@bridge/testing';
import type { EventBus } from '@bridge/messaging';
import { loadServiceConfig } from '@bridge/platform';
import { RunningService, ServiceDefinition, startService } from './service-runtime';

export interface TestServiceOptions {
  /** A Postgres server: the service gets a fresh database on it. Absent: embedded, in memory. */
  postgresUrl?: string;
  /** Kafka brokers and a prefix that isolates this test's topics. Absent: `bus` or in-process. */
  kafka?: { brokers: string[]; topicPrefix: string };
  bus?: EventBus;
  env?: Record<string, string>;
}

/**
 * Boots a real service for a test on a free loopback port, as production would run it, but
 * with an isolated database (and topics); `close()` removes what it made. Timed jobs are
 * registered but never fire by the clock: a test calls a job's method with the date it needs, and
 * a tick at the top of the hour cannot land in the middle of an assertion.
 */
export async function startTestService(
  service: ServiceName,
  definition: ServiceDefinition,
  options: TestServiceOptions = {},
): Promise<RunningService> {
  const database = options.postgresUrl
    ? await createTestDatabase(options.postgresUrl, service)
    : undefined;
  const config = loadServiceConfig(service, {
    NODE_ENV: 'test',
    DATA_DIR: ':memory:',
    LOG_LEVEL: process.env['TEST_LOG_LEVEL'] ?? 'warn',
    LOG_FORMAT: 'json',
    OUTBOX_POLL_INTERVAL_MS: '50',
    // Suites send bursts from one principal; a test of the limits sets its own (options.env).
    RATE_LIMIT_DEV_TOKEN: '100000',
    RATE_LIMIT_DJI_LOOKUP: '100000',
    RATE_LIMIT_REGISTRATION: '100000',
    ...(database && { DATABASE_URL: database.url }),
    ...(options.kafka && {
      KAFKA_BROKERS: options.kafka.brokers.join(','),
      KAFKA_TOPIC_PREFIX: options.kafka.topicPrefix,
    }),
    ...options.env,
  });
  const running = await startService(definition, {
    config,
    bus: options.bus,
    port: 0,
    host: '127.0.0.1',
  });
  for (const job of running.app.get(SchedulerRegistry).getCronJobs().values()) job.stop();
  return {
    ...running,
    async close() {
      await running.close();
      await database?.drop();
    },
  };
}
