import { EntityManager, EntityTarget, QueryDeepPartialEntity } from 'typeorm';
import { enqueueChange } from './change-queues/changes';
import { IndexName } from './change-queues/search-index-queue';

/** Rows per upsert: Postgres takes at most 65,535 parameters a statement, and a target has some 20 columns. */
const ROWS_PER_STATEMENT = 1_000;

/**
 * A read model of match targets (vacancies, school places) kept from their owner's events: a
 * state is applied only when its version is newer than the stored one, and every applied change
 * is indexed and re-matched in the same transaction. The version check is part of each write (one
 * statement for a run of events, no read first), since a read model takes thousands of events a second.
 */
export class TargetReadModel<T extends { version: number }> {
  constructor(
    private readonly entity: EntityTarget<T>,
    private readonly idProperty: keyof T & string,
    private readonly index: IndexName,
    private readonly subject: 'vacancy' | 'school-place',
  ) {}

  /**
   * Aggregates' whole states (published or updated), each unless a newer one is held: one statement for a whole run
   * of events. Of several states of one aggregate in the run, the newest is written.
   */
  async replace(manager: EntityManager, states: T[]): Promise<void> {
    const newest = new Map<unknown, T>();
    for (const state of states) {
      const held = newest.get(state[this.idProperty]);
      if (!held || held.version < state.version) newest.set(state[this.idProperty], state);
    }
    const metadata = manager.connection.getMetadata(this.entity);
    const idColumn = this.idColumn(manager);
    const table = `"${metadata.tableName}"`;
    const rows = [...newest.values()];
    for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT) {
      const { raw } = await manager
        .createQueryBuilder()
        .insert()
        .into(this.entity)
        .values(rows.slice(i, i + ROWS_PER_STATEMENT) as QueryDeepPartialEntity<T>[])
        .orUpdate(
          metadata.columns.filter((column) => column.databaseName !== idColumn).map((column) => column.databaseName),
          [idColumn],
          { overwriteCondition: { where: `${table}."version" < EXCLUDED."version"` } },
        )
        .returning(`"${idColumn}"`)
        .execute();
      const written = (raw as Record<string, string>[]).map((row) => row[idColumn]);
      await enqueueChange(manager, this.index, this.subject, written);
    }
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
