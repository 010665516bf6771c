import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { isUuid } from '../validation/patterns';
import { decodeCursor, encodeCursor, hasStringFields } from './cursor.codec';
import { DEFAULT_PAGE_SIZE } from './page-query.dto';
import { Page, toPage } from './page.model';

/** One column of a keyset order: how the query sorts by it and how a cursor remembers it. */
export interface KeysetColumn<Row> {
  /** Its field in the cursor. */
  readonly name: string;
  /** Its expression in the query: `vacancy.createdAt`, `s.target->>'startDate'`. */
  readonly expression: string;
  readonly direction: 'ASC' | 'DESC';
  /** The row's value as the cursor keeps it: a string the database compares like the column. */
  readonly valueOf: (row: Row) => string;
  /** Whether a value read back from a cursor can be this column's; default any non-empty string. */
  readonly accepts?: (value: string) => boolean;
}

/**
 * Keyset paging: the query sorted by `keyset` (which must order rows totally, so end with a
 * unique column), one page of `page.limit` (default 20) rows after the cursor's position. Stable
 * under inserts and deletes: a page never repeats or skips a row that existed when the first page
 * was read (and kept its keyset values). The cursor is opaque (base64url JSON of the last row's
 * keyset values); one that is not of this keyset is a 400 naming `cursor`. Replaces any ORDER BY
 * and LIMIT of `query`.
 */
export async function paginate<E extends ObjectLiteral, T>(
  query: SelectQueryBuilder<E>,
  page: { limit?: number; cursor?: string },
  keyset: readonly KeysetColumn<E>[],
  toItem: (row: E) => T,
): Promise<Page<T>> {
  if (keyset.length === 0) throw new Error('paginate needs a keyset column');
  const limit = page.limit ?? DEFAULT_PAGE_SIZE;
  if (page.cursor !== undefined) {
    const after = decodeKeysetCursor(page.cursor, keyset);
    const parameters: Record<string, string> = {};
    keyset.forEach((column, index) => {
      parameters[`keyset${index}`] = after[column.name];
    });
    query.andWhere(afterCondition(keyset), parameters);
  }
  keyset.forEach((column, index) => {
    if (index === 0) query.orderBy(column.expression, column.direction);
    else query.addOrderBy(column.expression, column.direction);
  });
  const rows = await query.limit(limit + 1).getMany();
  return toPage(rows, limit, toItem, (row) => keysetCursor(row, keyset));
}

/** The cursor naming the position after `row`. */
export function keysetCursor<Row>(row: Row, keyset: readonly KeysetColumn<Row>[]): string {
  return encodeCursor(
    Object.fromEntries(keyset.map((column) => [column.name, column.valueOf(row)])),
  );
}

/** The keyset values of a cursor, or a 400 naming `cursor`. */
export function decodeKeysetCursor<Row>(
  cursor: string,
  keyset: readonly KeysetColumn<Row>[],
): Record<string, string> {
  const names = keyset.map((column) => column.name);
  return decodeCursor(
    cursor,
    (value): value is Record<string, string> =>
      hasStringFields(value, ...names) &&
      keyset.every((column) => column.accepts?.(value[column.name]) ?? true),
  );
}

/**
 * "After the cursor" in the keyset's order: a row comparison when all columns sort one way (an
 * index on them serves it), else the expanded form `a < :a OR (a = :a AND b > :b) ...`.
 */
function afterCondition<Row>(keyset: readonly KeysetColumn<Row>[]): string {
  const after = (direction: 'ASC' | 'DESC') => (direction === 'ASC' ? '>' : '<');
  const direction = keyset[0].direction;
  if (keyset.every((column) => column.direction === direction)) {
    const columns = keyset.map((column) => column.expression).join(', ');
    const values = keyset.map((_column, index) => `:keyset${index}`).join(', ');
    return `(${columns}) ${after(direction)} (${values})`;
  }
  const alternatives = keyset.map((column, index) => {
    const equalBefore = keyset
      .slice(0, index)
      .map((earlier, i) => `${earlier.expression} = :keyset${i}`);
    return [...equalBefore, `${column.expression} ${after(column.direction)} :keyset${index}`].join(
      ' AND ',
    );
  });
  return `(${alternatives.map((alternative) => `(${alternative})`).join(' OR ')})`;
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/**
 * An instant as `Date.toISOString()` writes it (so it round-trips exactly), in years 0000-9999:
 * JavaScript's extended years (`+275760-09-13T00:00:00.000Z`) are dates no column holds.
 */
export function isIsoInstant(value: string): boolean {
  const date = new Date(value);
  return ISO_INSTANT.test(value) && !Number.isNaN(date.getTime()) && date.toISOString() === value;
}

/**
 * Newest first: `createdAt` descending, then `id` (a UUID) descending — the order of most lists.
 * `alias` is the query's alias of the entity.
 */
export function newestFirst<E extends { createdAt: Date; id: string }>(
  alias: string,
): KeysetColumn<E>[] {
  return [
    {
      name: 'createdAt',
      expression: `${alias}.createdAt`,
      direction: 'DESC',
      valueOf: (row) => row.createdAt.toISOString(),
      accepts: isIsoInstant,
    },
    {
      name: 'id',
      expression: `${alias}.id`,
      direction: 'DESC',
      valueOf: (row) => row.id,
      accepts: isUuid,
    },
  ];
}
