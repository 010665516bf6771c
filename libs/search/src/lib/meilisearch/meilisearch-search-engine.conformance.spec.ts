import { describeSearchEngineConformance } from '../conformance/search-engine.conformance';
import { MeilisearchSearchEngine, loadMeilisearchClient } from './meilisearch-search-engine';

/**
 * Runs the conformance suite against a real Meilisearch when MEILI_URL is set:
 *   MEILI_URL=http://127.0.0.1:7700 MEILI_MASTER_KEY=... npx nx test search
 * Meilisearch cannot be installed on the development machines, so without MEILI_URL the suite is
 * skipped by design (one skipped test says so).
 */
const url = process.env['MEILI_URL']?.trim();
const apiKey = process.env['MEILI_MASTER_KEY']?.trim() || undefined;

if (url) {
  describeSearchEngineConformance(
    `Meilisearch at ${url}`,
    async () => {
      const engine = new MeilisearchSearchEngine({ url, apiKey, waitTimeoutMs: 20_000 });
      if (!(await engine.isHealthy()))
        throw new Error(`Meilisearch at ${url} is not healthy (GET /health)`);
      return engine;
    },
    {
      // The suite creates one index per test; drop them afterwards.
      cleanup: async (indexNames) => {
        const { Meilisearch } = loadMeilisearchClient();
        const client = new Meilisearch({ host: url, apiKey });
        for (const name of indexNames) await client.deleteIndex(name).waitTask({ timeout: 20_000 });
      },
    },
  );
} else {
  describe('SearchEngine conformance: Meilisearch', () => {
    it.skip('needs MEILI_URL (and MEILI_MASTER_KEY) of a running Meilisearch, e.g. MEILI_URL=http://127.0.0.1:7700', () =>
      undefined);
  });
}
