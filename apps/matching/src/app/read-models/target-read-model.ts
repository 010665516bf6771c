import { EntityManager, EntityTarget, FindOptionsWhere, QueryDeepPartialEntity } from 'typeorm';
import { enqueueMatching } from './change-queues/match-queue';
import { enqueueIndexing, IndexName } from './change-queues/search-index-queue';
import { isNewer } from './read-model';

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

  /** The aggregate's whole state (published or updated), unless a newer one is held. */
  async replace(manager: EntityManager, id: string, state: T): Promise<void> {
    if (!isNewer(await this.find(manager, id), state.version)) return;
    await manager.save(this.entity, state);
    await this.changed(manager, id);
  }

  /** Some fields of a held state (closed, withdrawn, a placement), unless a newer one is held. */
  async patch(manager: EntityManager, id: string, version: number, changes: QueryDeepPartialEntity<T>): Promise<void> {
    const existing = await this.find(manager, id);
    if (!existing || !isNewer(existing, version)) return;
    await manager.update(this.entity, this.where(id), { ...changes, version } as QueryDeepPartialEntity<T>);
    await this.changed(manager, id);
  }

  private find(manager: EntityManager, id: string): Promise<T | null> {
    return manager.findOneBy(this.entity, this.where(id));
  }

  private where(id: string): FindOptionsWhere<T> {
    return { [this.idProperty]: id } as FindOptionsWhere<T>;
  }

  private async changed(manager: EntityManager, id: string): Promise<void> {
    await enqueueIndexing(manager, this.index, [id]);
    await enqueueMatching(manager, this.subject, [id]);
  }
}
