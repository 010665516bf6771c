import {
  BeforeApplicationShutdown,
  Injectable,
  Logger,
  OnApplicationBootstrap,
} from '@nestjs/common';
import { ServiceConfig } from '@bridge/platform';
import { SearchIndexer } from '../search-indexes/search-indexer';
import { SuggestionRecomputer } from './suggestion-recomputer';

const MAX_BACKOFF_MS = 10_000;

/**
 * The background work of matching, in order: bring the search indexes up to date, then recompute
 * the suggestions that depend on what changed. Both queues live in Postgres, so a crash or an
 * unreachable search engine only delays the work; it resumes with backoff.
 */
@Injectable()
export class MatchingPipeline implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(MatchingPipeline.name);
  private timer?: NodeJS.Timeout;
  private stopped = true;
  private failures = 0;
  private running: Promise<number> = Promise.resolve(0);

  constructor(
    private readonly indexer: SearchIndexer,
    private readonly recomputer: SuggestionRecomputer,
    private readonly config: ServiceConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    this.stopped = false;
    try {
      await this.indexer.setUp();
    } catch (error) {
      this.logger.warn(
        `search indexes not set up at start, retrying with backoff: ${(error as Error).message}`,
      );
    }
    this.schedule(0);
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running.catch(() => undefined);
  }

  /**
   * Runs one round of both queues; rounds never overlap. The match work is taken before the
   * index queue is drained: a change queues both in one transaction, so everything the taken
   * match work depends on is indexed by the time it is recomputed, even while new changes land.
   */
  runOnce(): Promise<number> {
    const next = this.running
      .catch(() => 0)
      .then(async () => {
        // Nothing can be indexed or matched before the set-up succeeded (so it retries with the
        // round's backoff even while no work is queued); after a failure the engine may have lost
        // its indexes (a Meilisearch restarted without its data), so they are set up again.
        if (!this.indexer.isSetUp || this.failures > 0) await this.indexer.setUp();
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
    this.running = next;
    return next;
  }

  private schedule(delayMs: number) {
    if (this.stopped) return;
    this.timer = setTimeout(() => void this.tick(), delayMs);
    this.timer.unref();
  }

  private async tick() {
    let delay = this.config.outbox.pollIntervalMs;
    try {
      const done = await this.runOnce();
      if (this.failures > 0) this.logger.log('matching pipeline resumed');
      this.failures = 0;
      if (done > 0) delay = 0;
    } catch (error) {
      this.failures++;
      delay = Math.min(this.config.outbox.pollIntervalMs * 2 ** this.failures, MAX_BACKOFF_MS);
      this.logger.warn(
        `matching pipeline paused, retrying in ${delay} ms: ${(error as Error).message}`,
      );
    }
    this.schedule(delay);
  }
}
