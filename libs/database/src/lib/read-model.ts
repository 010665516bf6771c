import { EntityManager, EntityTarget, QueryDeepPartialEntity } from 'typeorm';

/**
 * Events of one aggregate carry its version; a read model applies an event only when it is newer
 * than what it holds, so a late, older update never overwrites a newer one.
 */
export function isNewer(existing: { version: number } | null, incomingVersion: number): boolean {
  return !existing || existing.version < incomingVersion;
}

/** Rows per upsert: Postgres takes at most 65,535 parameters a statement, and a read model's row some 20 columns. */
const ROWS_PER_STATEMENT = 1_000;

/**
 * Writes aggregates' whole states, each unless a newer version is held (the version check is part of the write: no
 * read first, since a read model takes thousands of events a second). Of several states of one aggregate, the newest
 * is written; `overwritten` says which properties a held row takes from a newer state. Returns the ids written.
 */
export async function replaceNewer<T extends { version: number }>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  idProperty: keyof T & string,
  states: T[],
  overwritten: (property: string) => boolean = () => true,
): Promise<string[]> {
  const newest = new Map<unknown, T>();
  for (const state of states) {
    const held = newest.get(state[idProperty]);
    if (!held || held.version < state.version) newest.set(state[idProperty], state);
  }
  const metadata = manager.connection.getMetadata(entity);
  const idColumn = idColumnOf(manager, entity, idProperty);
  const columns = metadata.columns
    .filter((column) => column.databaseName !== idColumn && overwritten(column.propertyName))
    .map((column) => column.databaseName);
  const rows = [...newest.values()];
  const written: string[] = [];
  for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT) {
    const { raw } = await manager
      .createQueryBuilder()
      .insert()
      .into(entity)
      .values(rows.slice(i, i + ROWS_PER_STATEMENT) as QueryDeepPartialEntity<T>[])
      .orUpdate(columns, [idColumn], {
        overwriteCondition: { where: `"${metadata.tableName}"."version" < EXCLUDED."version"` },
      })
      .returning(`"${idColumn}"`)
      .execute();
    written.push(...(raw as Record<string, string>[]).map((row) => row[idColumn]));
  }
  return written;
}

/** The database column of an entity's id property. */
export function idColumnOf<T>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  idProperty: keyof T & string,
): string {
  const metadata = manager.connection.getMetadata(entity);
  const column = metadata.findColumnWithPropertyName(idProperty);
  if (!column) throw new Error(`${idProperty} is not a column of ${metadata.name}`);
  return column.databaseName;
}
