import { EntityManager } from 'typeorm';
import { insertIntoMatchQueue, MatchSubject } from './match-queue';
import { IndexName, insertIntoSearchIndexQueue } from './search-index-queue';

/**
 * Marks documents that both their search index and the suggestions must follow (a changed
 * candidate, vacancy or school place), in the caller's transaction and one statement: most
 * changes need both, and a read model takes thousands of them at a time.
 */
export async function enqueueChange(
  manager: EntityManager,
  index: IndexName,
  subject: MatchSubject,
  ids: string[],
): Promise<void> {
  if (ids.length === 0) return;
  await manager.query(
    `WITH indexing AS (${insertIntoSearchIndexQueue('$1', '$3')}) ${insertIntoMatchQueue('$2', '$3')}`,
    [index, subject, ids],
  );
}
