import { EntityManager, EntityTarget, QueryDeepPartialEntity } from 'typeorm';
import { enqueueChange } from './change-queues/changes';
import { IndexName } from './change-queues/search-index-queue';

/**
 * A read model of match targets (vacancies, school places) kept from their owner's events: a
 * state is applied only when its version is newer than the stored one, and every applied change
 * is indexed and re-matched in the same transaction. The version check is part of each write (one
 * statement, no read first), since a read model takes thousands of events a second.
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
    const metadata = manager.connection.getMetadata(this.entity);
    const idColumn = this.idColumn(manager);
    const table = `"${metadata.tableName}"`;
    const { raw } = await manager
      .createQueryBuilder()
      .insert()
      .into(this.entity)
      .values(state as QueryDeepPartialEntity<T>)
      .orUpdate(
        metadata.columns.filter((column) => column.databaseName !== idColumn).map((column) => column.databaseName),
        [idColumn],
        { overwriteCondition: { where: `${table}."version" < EXCLUDED."version"` } },
      )
      .returning(`"${idColumn}"`)
      .execute();
    if ((raw as unknown[]).length > 0) await enqueueChange(manager, this.index, this.subject, [id]);
  }

  /** Some fields of a held state (closed, withdrawn, a placement), unless a newer one is held. */
  async patch(manager: EntityManager, id: string, version: number, changes: QueryDeepPartialEntity<T>): Promise<void> {
    const { affected } = await manager
      .createQueryBuilder()
      .update(this.entity)
      .set({ ...changes, version } as QueryDeepPartialEntity<T>)
      .where(`"${this.idColumn(manager)}" = :id AND "version" < :version`, { id, version })
      .execute();
    if (affected) await enqueueChange(manager, this.index, this.subject, [id]);
  }

  private idColumn(manager: EntityManager): string {
    const column = manager.connection.getMetadata(this.entity).findColumnWithPropertyName(this.idProperty);
    if (!column) throw new Error(`${String(this.idProperty)} is not a column of ${manager.connection.getMetadata(this.entity).name}`);
    return column.databaseName;
  }
}
