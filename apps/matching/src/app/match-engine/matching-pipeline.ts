import {
  BeforeApplicationShutdown,
  Injectable,
  Logger,
  OnApplicationBootstrap,
} from '@nestjs/common';
import { PollingLoop } from '@bridge/messaging';
import { ServiceConfig } from '@bridge/platform';
import { SearchIndexer } from '../search-indexes/search-indexer';
import { SuggestionRecomputer } from './suggestion-recomputer';

/**
 * The background work of matching, in order: bring the search indexes up to date, then recompute
 * the suggestions that depend on what changed. Both queues live in Postgres, so a crash or an
 * unreachable search engine only delays the work; it resumes with backoff.
 */
@Injectable()
export class MatchingPipeline implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(MatchingPipeline.name);
  private readonly loop: PollingLoop<number>;

  constructor(
    private readonly indexer: SearchIndexer,
    private readonly recomputer: SuggestionRecomputer,
    config: ServiceConfig,
  ) {
    this.loop = new PollingLoop({
      name: 'matching pipeline',
      logger: this.logger,
      intervalMs: config.outbox.pollIntervalMs,
      round: () => this.runOnce(),
      hasMore: (done) => done > 0,
    });
  }

  async onApplicationBootstrap(): Promise<void> {
    try {
      await this.indexer.setUp();
    } catch (error) {
      this.logger.warn(
        `search indexes not set up at start, retrying with backoff: ${(error as Error).message}`,
      );
    }
    this.loop.start();
  }

  beforeApplicationShutdown(): Promise<void> {
    return this.loop.stop();
  }

  /**
   * Runs one round of both queues; rounds never overlap. The match work is taken before the
   * index queue is drained: a change queues both in one transaction, so everything the taken
   * match work depends on is indexed by the time it is recomputed, even while new changes land.
   */
  runOnce(): Promise<number> {
    return this.loop.exclusive(async () => {
      // Nothing can be indexed or matched before the set-up succeeded (so it retries with the
      // round's backoff even while no work is queued); after a failure the engine may have lost
      // its indexes (a Meilisearch restarted without its data), so they are set up again.
      if (!this.indexer.isSetUp || this.loop.failing) await this.indexer.setUp();
      const matchWork = await this.recomputer.pending();
      let indexed = 0;
      for (
        let batch = await this.indexer.indexBatch();
        batch > 0;
        batch = await this.indexer.indexBatch()
      )
        indexed += batch;
      return indexed + (await this.recomputer.recompute(matchWork));
    });
  }
}
