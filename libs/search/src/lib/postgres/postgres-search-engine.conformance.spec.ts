import { describeSearchEngineConformance } from '../conformance/search-engine.conformance';
import { PostgresSearchEngine } from './postgres-search-engine';

describeSearchEngineConformance(
  'Postgres (in-process PGlite)',
  () => PostgresSearchEngine.embedded(),
  { timeoutMs: 60_000 },
);
