export * from './lib/search-engine.port';
export { MeilisearchSearchEngine } from './lib/meilisearch/meilisearch-search-engine';
export { PostgresSearchEngine } from './lib/postgres/postgres-search-engine';
export type { SqlClient } from './lib/postgres/postgres-search-engine';
export type { MeilisearchSearchEngineConfig } from './lib/meilisearch/meilisearch-search-engine';
export {
  SearchModule,
  SearchHealthContributor,
  createSearchEngine,
  searchOptionsFromEnv,
} from './lib/search.module';
export type { SearchModuleOptions } from './lib/search.module';
