// Test-only entry point (`@bridge/search/testing`), kept apart so that production bundles never
// pull in test helpers.
export { FakeMeilisearchServer } from './lib/meilisearch/testing/fake-meilisearch-server';
export type {
  FakeMeilisearchMode,
  FakeTask,
  RecordedRequest,
} from './lib/meilisearch/testing/fake-meilisearch-server';
