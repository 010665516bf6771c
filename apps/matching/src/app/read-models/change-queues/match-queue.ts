import { EntityManager } from 'typeorm';

export type MatchSubject = 'candidate' | 'vacancy' | 'school-place';

/**
 * Marks a candidate or target whose suggestions must be recomputed, in the transaction of the
 * change that makes it necessary. Processed after indexing, so the engine sees the change.
 */
export async function enqueueMatching(
  manager: EntityManager,
  subject: MatchSubject,
  ids: string[],
): Promise<void> {
  if (ids.length === 0) return;
  await manager.query(insertIntoMatchQueue('$1', '$2'), [subject, ids]);
}

/** The statement that queues `ids` (a text[] parameter) for `subject`; `enqueueChange` embeds it. */
export function insertIntoMatchQueue(subjectParam: string, idsParam: string): string {
  return `INSERT INTO match_queue (subject_type, subject_id) SELECT ${subjectParam}, unnest(${idsParam}::text[])`;
}
