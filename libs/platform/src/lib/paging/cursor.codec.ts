import { BadRequestProblem } from '../errors/domain-problem.exception';
import { malformedInputFields } from '../validation/request-input';

/**
 * Opaque list cursors: the position after the last item of a page (keyset paging), as base64url
 * JSON. Clients treat them as strings; a cursor that does not decode to the expected shape is a
 * 400 naming `cursor`, never a 500.
 */
export function encodeCursor(position: Record<string, string>): string {
  return Buffer.from(JSON.stringify(position), 'utf8').toString('base64url');
}

export function decodeCursor<T>(cursor: string, isPosition: (value: unknown) => value is T): T {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalidCursor();
  }
  // A tampered cursor's text reaches the query as parameters: it must be text Postgres takes.
  if (malformedInputFields(value).length > 0 || !isPosition(value)) throw invalidCursor();
  return value;
}

/** The 400 for a cursor that is not one of this list's. */
export function invalidCursor(): BadRequestProblem {
  return new BadRequestProblem('Invalid input: cursor', [
    {
      field: 'cursor',
      message: 'is not a cursor of this list; pass the nextCursor of the previous page',
    },
  ]);
}

/** A record whose listed keys all hold non-empty strings (the usual cursor shape). */
export function hasStringFields<K extends string>(
  value: unknown,
  ...keys: K[]
): value is Record<K, string> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const record = value as Record<string, unknown>;
  return keys.every((key) => typeof record[key] === 'string' && record[key] !== '');
}
