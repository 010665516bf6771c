import { Injectable } from '@nestjs/common';
import type { HealthCheckResult, HealthContributor } from '@bridge/platform';
import { SearchIndexer } from './search-indexer';

/**
 * The `search-index` part of GET /health: down until the indexes are set up and while the engine
 * fails the indexer's writes (the changes wait in the index queue), beside `search`, which only
 * probes the engine.
 */
@Injectable()
export class SearchIndexHealthContributor implements HealthContributor {
  readonly name = 'search-index';

  constructor(private readonly indexer: SearchIndexer) {}

  async check(): Promise<HealthCheckResult> {
    const failure = this.indexer.failure;
    if (this.indexer.isSetUp && !failure) return { up: true };
    const error = this.indexer.isSetUp
      ? 'the search engine fails the index writes; changes wait in the index queue'
      : 'the search indexes are not set up yet (retrying with backoff); changes wait in the index queue';
    return {
      up: false,
      details: {
        error,
        ...(failure && { code: failure.code, since: failure.since.toISOString() }),
      },
    };
  }
}
