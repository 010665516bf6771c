import { Socket } from 'node:net';
import { Client } from 'pg';

/**
 * Which real services the tests may use. Probed once per Jest run (global setup) and handed to
 * test files through environment variables, because `describe` cannot wait for a probe.
 * Locally a missing service skips its suites; with CI=true it fails the run instead.
 */
export const TEST_POSTGRES_ENV = 'BRIDGE_TEST_POSTGRES_URL';
export const TEST_KAFKA_ENV = 'BRIDGE_TEST_KAFKA_BROKERS';

const defaultPostgresUrl = 'postgres://postgres@127.0.0.1:5432/postgres';
const defaultKafkaBrokers = '127.0.0.1:9092';

export async function probePostgres(url: string): Promise<boolean> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 2_000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

export function probeTcp(hostPort: string, timeoutMs = 2_000): Promise<boolean> {
  const [host, port] = hostPort.split(':');
  return new Promise((resolve) => {
    const socket = new Socket();
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('error', () => done(false));
    socket.connect(Number(port), host, () => done(true));
  });
}

/** Jest global setup: probe Postgres and Kafka, publish what is reachable, fail in CI when one is not. */
export async function probeTestServices(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const postgresUrl = env['TEST_POSTGRES_URL'] ?? defaultPostgresUrl;
  const kafkaBrokers = env['TEST_KAFKA_BROKERS'] ?? defaultKafkaBrokers;
  const [postgres, kafka] = await Promise.all([
    probePostgres(postgresUrl),
    probeTcp(kafkaBrokers.split(',')[0]),
  ]);
  env[TEST_POSTGRES_ENV] = postgres ? postgresUrl : '';
  env[TEST_KAFKA_ENV] = kafka ? kafkaBrokers : '';
  const missing = [
    ...(postgres ? [] : [`Postgres at ${postgresUrl}`]),
    ...(kafka ? [] : [`Kafka at ${kafkaBrokers} (start it with: npm run kafka:start)`]),
  ];
  if (missing.length === 0) return;
  if (env['CI'] === 'true')
    throw new Error(`CI=true and these test services are unreachable: ${missing.join('; ')}`);
  console.warn(`\n[tests] not reachable, their suites are skipped: ${missing.join('; ')}\n`);
}

/** The Postgres server URL for tests, or undefined when its suites must skip. */
export function testPostgresUrl(): string | undefined {
  return process.env[TEST_POSTGRES_ENV] || undefined;
}

/** The Kafka brokers for tests, or undefined when their suites must skip. */
export function testKafkaBrokers(): string[] | undefined {
  const brokers = process.env[TEST_KAFKA_ENV];
  return brokers ? brokers.split(',') : undefined;
}

/** `describe` when the services are reachable, else `describe.skip` (which CI never reaches). */
export function describeIf(condition: unknown): jest.Describe {
  return condition ? describe : describe.skip;
}
