import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { requestHash, ServiceConfig } from '@bridge/platform';
import {
  DEFAULT_MATCH_SETTINGS,
  MATCH_RULES_VERSION,
  SuggestionBound,
  WEIGHTS,
} from '../match-rules/match-settings';
import { enqueueMatching } from '../read-models/change-queues/match-queue';

/** What the stored suggestions depend on besides the data: the rules, their settings and what a candidate keeps. */
export function matchSettingsFingerprint(bound: SuggestionBound): string {
  const settings = {
    rules: MATCH_RULES_VERSION,
    settings: DEFAULT_MATCH_SETTINGS,
    weights: WEIGHTS,
    bound,
  };
  return requestHash(settings);
}

/**
 * At start, re-matches every active candidate when the match settings or rules differ from those the
 * stored suggestions were computed with: incremental recomputes follow changes of data only, so without
 * it a higher MATCH_MIN_SCORE or a smaller MATCH_MAX_SUGGESTIONS_PER_CANDIDATE would apply to a candidate
 * only once its data changed.
 */
@Injectable()
export class MatchSettingsChange implements OnApplicationBootstrap {
  private readonly logger = new Logger(MatchSettingsChange.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: ServiceConfig,
  ) {}

  onApplicationBootstrap(): Promise<number> {
    return this.apply();
  }

  /** Queues every active candidate when the settings changed, and records them; resolves with how many were queued. */
  async apply(): Promise<number> {
    const fingerprint = matchSettingsFingerprint(this.config.match);
    const queued = await this.dataSource.transaction(async (manager) => {
      const [applied]: { fingerprint: string }[] = await manager.query(
        'SELECT fingerprint FROM match_settings_applied FOR UPDATE',
      );
      if (applied?.fingerprint === fingerprint) return 0;
      const candidates: { id: string }[] = await manager.query(
        `SELECT id FROM candidates WHERE status = 'active'`,
      );
      await enqueueMatching(
        manager,
        'candidate',
        candidates.map((candidate) => candidate.id),
      );
      await manager.query(
        `INSERT INTO match_settings_applied (fingerprint) VALUES ($1)
         ON CONFLICT (singleton) DO UPDATE SET fingerprint = excluded.fingerprint, applied_at = now()`,
        [fingerprint],
      );
      return candidates.length;
    });
    if (queued > 0)
      this.logger.log(`match settings changed: ${queued} candidates queued to be re-matched`);
    return queued;
  }
}
