import { EntityManager, EntityTarget, QueryDeepPartialEntity } from 'typeorm';
import { idColumnOf, replaceNewer } from '@bridge/database';
import { enqueueChange } from './change-queues/changes';
import { IndexName } from './change-queues/search-index-queue';

/**
 * A read model of match targets (vacancies, school places) kept from their owner's events: a
 * state is applied only when its version is newer than the stored one, and every applied change
 * is indexed and re-matched in the same transaction.
 */
export class TargetReadModel<T extends { version: number }> {
  constructor(
    private readonly entity: EntityTarget<T>,
    private readonly idProperty: keyof T & string,
    private readonly index: IndexName,
    private readonly subject: 'vacancy' | 'school-place',
  ) {}

  /**
   * Aggregates' whole states (published or updated), each unless a newer one is held, one statement for a run of
   * events (`replaceNewer`); every state written is queued for the index and the matcher.
   */
  async replace(manager: EntityManager, states: T[]): Promise<void> {
    const written = await replaceNewer(manager, this.entity, this.idProperty, states);
    await enqueueChange(manager, this.index, this.subject, written);
  }

  /** Some fields of a held state (closed, withdrawn, a placement), unless a newer one is held. */
  async patch(
    manager: EntityManager,
    id: string,
    version: number,
    changes: QueryDeepPartialEntity<T>,
  ): Promise<void> {
    const { affected } = await manager
      .createQueryBuilder()
      .update(this.entity)
      .set({ ...changes, version } as QueryDeepPartialEntity<T>)
      .where(
        `"${idColumnOf(manager, this.entity, this.idProperty)}" = :id AND "version" < :version`,
        { id, version },
      )
      .execute();
    if (affected) await enqueueChange(manager, this.index, this.subject, [id]);
  }
}
