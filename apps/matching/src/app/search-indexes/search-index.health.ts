import { Injectable } from '@nestjs/common';
import type { HealthCheckResult, HealthContributor } from '@bridge/platform';
import { SearchIndexer } from './search-indexer';

/**
 * The `search-index` part of GET /health: down while the engine fails the indexer's writes (the
 * changes wait in the index queue), beside `search`, which only probes the engine.
 */
@Injectable()
export class SearchIndexHealthContributor implements HealthContributor {
  readonly name = 'search-index';

  constructor(private readonly indexer: SearchIndexer) {}

  async check(): Promise<HealthCheckResult> {
    const failure = this.indexer.failure;
    if (!failure) return { up: true };
    return {
      up: false,
      details: { error: 'the search engine fails the index writes; changes wait in the index queue', code: failure.code, since: failure.since.toISOString() },
    };
  }
}
