import { EntityManager } from 'typeorm';

export type IndexName = 'vacancies' | 'school_places' | 'candidates';

/** Marks a document for (re)indexing, in the caller's transaction; the indexer picks it up. */
export async function enqueueIndexing(
  manager: EntityManager,
  index: IndexName,
  documentIds: string[],
): Promise<void> {
  if (documentIds.length === 0) return;
  await manager.query(insertIntoSearchIndexQueue('$1', '$2'), [index, documentIds]);
}

/** The statement that queues `ids` (a text[] parameter) for `index`; `enqueueChange` embeds it. */
export function insertIntoSearchIndexQueue(indexParam: string, idsParam: string): string {
  return `INSERT INTO search_index_queue (index_name, document_id) SELECT ${indexParam}, unnest(${idsParam}::text[])`;
}
