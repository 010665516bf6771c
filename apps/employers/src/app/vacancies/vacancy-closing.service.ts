import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Outbox } from '@bridge/messaging';
import { Clock } from '@bridge/platform';
import { VacancyCloseReason, vacancyClosed } from './vacancy.events';
import { Vacancy } from './vacancy.entity';

/**
 * Closing open vacancies, inside the caller's transaction: by their employer, when their expiry has
 * passed, or when their covenant is over. Each closed vacancy gets version + 1 and its
 * `vacancy.closed` event in the outbox.
 */
@Injectable()
export class VacancyClosing {
  constructor(
    private readonly outbox: Outbox,
    private readonly clock: Clock,
  ) {}

  /** Closes a vacancy the caller has locked and found open. */
  async closeLocked(
    manager: EntityManager,
    vacancy: Vacancy,
    reason: VacancyCloseReason,
  ): Promise<void> {
    vacancy.status = 'closed';
    vacancy.version += 1;
    vacancy.updatedAt = this.clock.now();
    await manager.save(Vacancy, vacancy);
    await this.outbox.record(manager, vacancyClosed(vacancy, reason));
  }

  /**
   * Locks the open vacancies that meet `condition` (SQL on alias `vacancy`), at most `limit`, and
   * closes them. Locks are taken in id order, so two such closings never deadlock; a vacancy that a
   * concurrent placement or close changes meanwhile is re-checked after its lock and skipped when
   * no longer open. Resolves with how many it closed.
   */
  async closeOpenWhere(
    manager: EntityManager,
    condition: string,
    parameters: Record<string, unknown>,
    reason: VacancyCloseReason,
    limit?: number,
  ): Promise<number> {
    const query = manager
      .createQueryBuilder(Vacancy, 'vacancy')
      .setLock('pessimistic_write')
      .where(`vacancy.status = 'open'`)
      .andWhere(condition, parameters)
      .orderBy('vacancy.id');
    if (limit !== undefined) query.limit(limit);
    const due = await query.getMany();
    for (const vacancy of due) await this.closeLocked(manager, vacancy, reason);
    return due.length;
  }
}
