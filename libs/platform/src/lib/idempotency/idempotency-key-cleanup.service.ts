import {
  BeforeApplicationShutdown,
  Injectable,
  Logger,
  OnApplicationBootstrap,
} from '@nestjs/common';
import { Cron, CronExpression } from '@nestjs/schedule';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { IdempotencyRecord } from './idempotency-record.entity';
import { IDEMPOTENCY_KEY_TTL_SECONDS } from './idempotent-request.model';

/** Keys deleted per statement: a large backlog never holds many row locks or one long statement. */
export const IDEMPOTENCY_KEY_CLEANUP_BATCH_SIZE = 1000;

/**
 * The oldest expired keys, up to a batch, found on `idempotency_keys_created_at` and deleted by
 * row address (a Tid Scan: matching on the primary key made Postgres hash-join the whole table
 * for every batch); the rows are locked by this statement, so their addresses cannot change
 * before the delete. Keys held by a create in flight are skipped, never waited on; a key a claim
 * has just taken over is no longer expired when its lock is taken, so it is not chosen either.
 * `:now` null: the database's clock, which decides expiry everywhere else.
 */
const EXPIRED_BATCH = `ctid = ANY(ARRAY(
  SELECT ctid FROM idempotency_keys
   WHERE created_at < COALESCE(CAST(:now AS timestamptz), now()) - make_interval(secs => :ttl)
   ORDER BY created_at
   LIMIT :batch
   FOR UPDATE SKIP LOCKED))`;

/**
 * Deletes `Idempotency-Key` records once they have expired (`IDEMPOTENCY_KEY_TTL_SECONDS` after
 * their claim), so the table holds about a day of keys instead of growing forever. Runs once at
 * start-up and then every hour; `deleteExpired(now)` is the whole job, so tests call it with a
 * time of their choosing. Needs `ScheduleModule.forRoot()` once in the app for the hourly runs.
 */
@Injectable()
export class IdempotencyKeyCleanup implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(IdempotencyKeyCleanup.name);
  private startupRun: Promise<void> = Promise.resolve();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  onApplicationBootstrap(): void {
    this.startupRun = this.tick();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.startupRun;
  }

  /**
   * Deletes every key expired at `now` (default: the database's now), a batch per statement until
   * a batch comes back short, and answers how many. Deletes nothing when nothing has expired.
   */
  async deleteExpired(now?: Date): Promise<number> {
    let total = 0;
    for (;;) {
      const { affected } = await this.dataSource
        .createQueryBuilder()
        .delete()
        .from(IdempotencyRecord)
        .where(EXPIRED_BATCH, {
          now: now ?? null,
          ttl: IDEMPOTENCY_KEY_TTL_SECONDS,
          batch: IDEMPOTENCY_KEY_CLEANUP_BATCH_SIZE,
        })
        .execute();
      const deleted = affected ?? 0;
      total += deleted;
      if (deleted < IDEMPOTENCY_KEY_CLEANUP_BATCH_SIZE) return total;
    }
  }

  /**
   * One run of the job. A failure (the database is down, say) is logged and the next run tries
   * again: an expired key is never answered from, so deleting it later loses nothing.
   */
  @Cron(CronExpression.EVERY_HOUR, {
    name: 'idempotency-key-cleanup',
    waitForCompletion: true,
  })
  async tick(): Promise<void> {
    try {
      const deleted = await this.deleteExpired();
      if (deleted > 0) {
        this.logger.log(`deleted ${deleted} expired idempotency keys`);
      }
    } catch (error) {
      this.logger.warn(
        `could not delete expired idempotency keys, trying again in an hour: ${(error as Error).message}`,
      );
    }
  }
}
