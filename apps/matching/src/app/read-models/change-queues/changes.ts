import { EntityManager } from 'typeorm';
import { MatchSubject } from './match-queue';
import { IndexName } from './search-index-queue';

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
    `WITH indexing AS (INSERT INTO search_index_queue (index_name, document_id) SELECT $1, unnest($3::text[]))
     INSERT INTO match_queue (subject_type, subject_id) SELECT $2, unnest($3::text[])`,
    [index, subject, ids],
  );
}
