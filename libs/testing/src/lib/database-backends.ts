import { testPostgresUrl } from './test-services';

/**
 * The database backends an HTTP suite runs on: always the embedded default, and real Postgres
 * when the test run has one (always in CI, where a missing Postgres fails the run).
 */
export function databaseBackends(): [string, { postgresUrl?: string }][] {
  const postgresUrl = testPostgresUrl();
  return [
    ['embedded Postgres', {}],
    ...(postgresUrl ? [['Postgres', { postgresUrl }] as [string, { postgresUrl?: string }]] : []),
  ];
}
