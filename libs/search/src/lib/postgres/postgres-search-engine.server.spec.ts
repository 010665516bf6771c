import { describeIf, testPostgresUrl } from '@bridge/testing';
import { Client } from 'pg';
import { describeSearchEngineConformance } from '../conformance/search-engine.conformance';
import { PostgresSearchEngine } from './postgres-search-engine';
import { documentTableName, quoteIdentifier, tableName } from './postgres-sql';

/**
 * The same adapter on a Postgres server (as `SEARCH_ENGINE=postgres` runs it on the service's own
 * database): the test server of the Jest run; skipped locally without it, a failure with CI=true.
 */
const url = testPostgresUrl();

describeIf(url)('Postgres search on a Postgres server', () => {
  describeSearchEngineConformance(
    'Postgres (server)',
    async () => PostgresSearchEngine.connect(url as string),
    {
      timeoutMs: 60_000,
      cleanup: async (indexNames) => {
        const client = new Client({ connectionString: url });
        await client.connect();
        try {
          for (const table of indexNames.map(tableName)) {
            await client.query(
              `DROP TABLE IF EXISTS ${quoteIdentifier(table)}, ${quoteIdentifier(documentTableName(table))}`,
            );
          }
        } finally {
          await client.end();
        }
      },
    },
  );
});
