import { EntityManager } from 'typeorm';

export type IndexName = 'vacancies' | 'school_places' | 'candidates';

/** Marks a document for (re)indexing, in the caller's transaction; the indexer picks it up. */
export async function enqueueIndexing(
  manager: EntityManager,
  index: IndexName,
  documentIds: string[],
): Promise<void> {
  if (documentIds.length === 0) return;
  await manager.query(
    `INSERT INTO search_index_queue (index_name, document_id) SELECT $1, unnest($2::text[])`,
    [index, documentIds],
  );
}
