import { EntityManager, In } from 'typeorm';
import { Covenant } from './covenant.entity';

/** The covenants with these ids that matching knows, by id (one query for a whole batch of targets). */
export async function covenantsById(
  manager: EntityManager,
  ids: Iterable<string>,
): Promise<Map<string, Covenant>> {
  const unique = [...new Set(ids)];
  const covenants =
    unique.length > 0 ? await manager.findBy(Covenant, { covenantId: In(unique) }) : [];
  return new Map(covenants.map((covenant) => [covenant.covenantId, covenant]));
}
