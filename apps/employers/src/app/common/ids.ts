import { randomUUID } from 'node:crypto';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Ids of this service are UUIDs (stored as `uuid`). Anything else cannot name one of our rows;
 * callers answer "not found" for it instead of sending it to the database.
 */
export function isEntityId(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}

export function newEntityId(): string {
  return randomUUID();
}
