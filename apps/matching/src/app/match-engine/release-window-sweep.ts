import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { Cron, CronExpression } from '@nestjs/schedule';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from '@bridge/platform';
import { DEFAULT_MATCH_SETTINGS, MatchSettings } from '../match-rules/match-settings';
import { enqueueMatching } from '../read-models/change-queues/match-queue';

/**
 * Active, consenting candidates whose release date crossed an edge of rule 6's window on a day
 * after $1 (the last sweep) up to and including $2 (today): it came within the horizon ($3 days
 * ahead), or passed out of the window ($4 days after release). Never swept ($1 NULL): all of them.
 */
const WINDOW_CROSSED = `
  SELECT id FROM candidates
   WHERE status = 'active'
     AND (consent ->> 'shareAnonymisedProfile')::boolean
     AND ($1::date IS NULL
          OR (expected_release_date > $1::date + $3::int AND expected_release_date <= $2::date + $3::int)
          OR (expected_release_date >= $1::date - $4::int AND expected_release_date < $2::date - $4::int))
   ORDER BY id`;

/**
 * The release window moves with the calendar, not with events: a candidate comes within the
 * horizon, or passes too far beyond its release, on a day nothing about it changes. Once at
 * start-up and then every hour (the window moves by whole days, so an hour is prompt enough and a
 * failed run is soon retried), this sweep queues for matching exactly the candidates whose
 * eligibility the days since the last sweep can have changed; the recomputer does the rest, as for
 * any other change. The last swept day is stored, so days missed while the service was down count.
 */
@Injectable()
export class ReleaseWindowSweep implements OnApplicationBootstrap {
  private readonly logger = new Logger(ReleaseWindowSweep.name);
  private readonly settings: MatchSettings = DEFAULT_MATCH_SETTINGS;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.tick();
  }

  /**
   * Queues the candidates whose window edge fell after the last swept day, up to `today`, and
   * records `today` as swept, in one transaction; returns their ids. A day swept already (or an
   * earlier one) queues nothing. The sweep row is locked, so two instances never sweep a day twice.
   */
  async sweep(today: string = this.clock.today()): Promise<string[]> {
    return this.dataSource.transaction(async (manager) => {
      const [{ last_swept_on: lastSwept }]: { last_swept_on: string | null }[] =
        await manager.query('SELECT last_swept_on::text FROM release_window_sweep FOR UPDATE');
      if (lastSwept !== null && lastSwept >= today) return [];
      const crossed: { id: string }[] = await manager.query(WINDOW_CROSSED, [
        lastSwept,
        today,
        this.settings.horizonDays,
        this.settings.daysPastRelease,
      ]);
      const candidateIds = crossed.map((row) => row.id);
      await enqueueMatching(manager, 'candidate', candidateIds);
      await manager.query('UPDATE release_window_sweep SET last_swept_on = $1', [today]);
      return candidateIds;
    });
  }

  /** One run. A failure is logged; the next run sweeps from the same last day, so nothing is lost. */
  @Cron(CronExpression.EVERY_HOUR, { name: 'release-window-sweep', waitForCompletion: true })
  async tick(): Promise<void> {
    try {
      const queued = await this.sweep();
      if (queued.length > 0)
        this.logger.log(`queued ${queued.length} candidates whose release window moved`);
    } catch (error) {
      this.logger.warn(
        `release-window sweep failed, trying again within the hour: ${(error as Error).message}`,
      );
    }
  }
}
