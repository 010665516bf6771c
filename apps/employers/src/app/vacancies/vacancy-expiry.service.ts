import { BeforeApplicationShutdown, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { Cron, CronExpression } from '@nestjs/schedule';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock, PlatformLogger } from '@bridge/platform';
import { VacancyClosing } from './vacancy-closing.service';
import { VacancyCloseReason } from './vacancy.events';

/** Vacancies closed per transaction: a long backlog neither holds many locks nor one long transaction. */
const BATCH_SIZE = 100;

/**
 * Open vacancies of a covenant that is over on `:today`, as `Covenant.isOverOn` says: an ended
 * covenant's from its endedOn, any other's from the day after its validTo.
 */
const COVENANT_IS_OVER = `vacancy.covenantId IN (
  SELECT c.id FROM covenants c
   WHERE CASE WHEN c.ended_on IS NOT NULL THEN c.ended_on <= :today ELSE c.valid_to < :today END)`;
/** Open through its expiry day: closed from the day after. */
const EXPIRY_HAS_PASSED = 'vacancy.expiresOn < :today';

/**
 * The timed closing of vacancies: those on a covenant that is over (reason `covenant-ended`) and
 * those whose `expiresOn` has passed (`expired`). Runs once at start-up and then every minute
 * (dates are whole days, so a minute is prompt enough); `closeDue(today)` is the whole job, so
 * tests call it with a date of their choosing.
 */
@Injectable()
export class VacancyExpiry implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private startupRun: Promise<void> = Promise.resolve();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly closing: VacancyClosing,
    private readonly clock: Clock,
    private readonly logger: PlatformLogger,
  ) {}

  onApplicationBootstrap(): void {
    this.startupRun = this.tick();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.startupRun;
  }

  /**
   * Closes every open vacancy that is due on `today`, each with version + 1 and its
   * `vacancy.closed` event in the same transaction. A vacancy whose covenant is over closes as
   * `covenant-ended` even when its expiry has passed too. Safe next to placements, closes and
   * itself: each vacancy is locked and found still open before it closes. Writes nothing when
   * nothing is due.
   */
  async closeDue(
    today: string = this.clock.today(),
  ): Promise<{ covenantEnded: number; expired: number }> {
    const covenantEnded = await this.closeInBatches(COVENANT_IS_OVER, today, 'covenant-ended');
    const expired = await this.closeInBatches(EXPIRY_HAS_PASSED, today, 'expired');
    return { covenantEnded, expired };
  }

  /**
   * One run of the job. A failure (the database is down, say) is logged and the next run tries
   * again: what was due is still open, so nothing is lost.
   */
  @Cron(CronExpression.EVERY_MINUTE, { name: 'vacancy-expiry', waitForCompletion: true })
  async tick(): Promise<void> {
    try {
      const { covenantEnded, expired } = await this.closeDue();
      if (covenantEnded + expired > 0) {
        this.logger.log(
          `closed ${expired} expired vacancies and ${covenantEnded} of covenants that are over`,
        );
      }
    } catch (error) {
      this.logger.warn(
        `could not close due vacancies, trying again in a minute: ${(error as Error).message}`,
      );
    }
  }

  private async closeInBatches(
    condition: string,
    today: string,
    reason: VacancyCloseReason,
  ): Promise<number> {
    let total = 0;
    for (;;) {
      const closed = await this.dataSource.transaction((manager) =>
        this.closing.closeOpenWhere(manager, condition, { today }, reason, BATCH_SIZE),
      );
      total += closed;
      if (closed < BATCH_SIZE) return total;
    }
  }
}
