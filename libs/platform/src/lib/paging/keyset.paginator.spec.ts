import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { BadRequestProblem } from '../errors/domain-problem.exception';
import {
  decodeKeysetCursor,
  KeysetColumn,
  keysetCursor,
  newestFirst,
  paginate,
} from './keyset.paginator';

interface Row {
  createdAt: Date;
  id: string;
}

/** Records what `paginate` asks of a query builder and answers `rows`. */
function fakeQuery<E extends ObjectLiteral>(rows: E[]) {
  const calls = {
    where: [] as [string, Record<string, unknown>][],
    order: [] as [string, string][],
    limit: 0,
  };
  const query = {
    andWhere(condition: string, parameters: Record<string, unknown>) {
      calls.where.push([condition, parameters]);
      return query;
    },
    orderBy(expression: string, direction: string) {
      calls.order = [[expression, direction]];
      return query;
    },
    addOrderBy(expression: string, direction: string) {
      calls.order.push([expression, direction]);
      return query;
    },
    limit(limit: number) {
      calls.limit = limit;
      return query;
    },
    getMany: async () => rows.slice(0, calls.limit),
  };
  return { query: query as unknown as SelectQueryBuilder<E>, calls };
}

describe('keyset paging, newest first', () => {
  const keyset = newestFirst<Row>('vacancy');
  const position: Row = {
    createdAt: new Date('2026-11-28T10:11:12.345Z'),
    id: '3b241101-e2bb-4255-8caf-4136c566a962',
  };
  const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

  it('round-trips the position of the last row, opaque and URL-safe', () => {
    const cursor = keysetCursor(position, keyset);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeKeysetCursor(cursor, keyset)).toEqual({
      createdAt: position.createdAt.toISOString(),
      id: position.id,
    });
  });

  it.each([
    ['garbage', 'not base64 json'],
    ['a JSON object of something else', encode({ a: 1 })],
    ['a JSON list', encode([position.createdAt.toISOString(), position.id])],
    ['a bad date', encode({ createdAt: 'yesterday', id: position.id })],
    ['a non-canonical date', encode({ createdAt: '2026-11-28', id: position.id })],
    ['an id that is no UUID', encode({ createdAt: position.createdAt.toISOString(), id: 'x' })],
    // A valid JavaScript date no column holds: answered 500 by Postgres before.
    [
      'a date beyond year 9999',
      encode({ createdAt: '+275760-09-13T00:00:00.000Z', id: position.id }),
    ],
    ['a date before year 0', encode({ createdAt: '-000001-01-01T00:00:00.000Z', id: position.id })],
  ])('refuses %s with a 400 naming cursor', (_case, cursor) => {
    let thrown: unknown;
    try {
      decodeKeysetCursor(cursor, keyset);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(BadRequestProblem);
    expect((thrown as BadRequestProblem).errors).toEqual([
      expect.objectContaining({ field: 'cursor' }),
    ]);
  });

  it('reads limit + 1 rows in keyset order and names the next page after the last item', async () => {
    const rows: Row[] = [3, 2, 1].map((n) => ({
      createdAt: new Date(Date.UTC(2026, 10, n)),
      id: `3b241101-e2bb-4255-8caf-4136c566a96${n}`,
    }));
    const { query, calls } = fakeQuery(rows);
    const page = await paginate(query, { limit: 2 }, keyset, (row) => row.id);
    expect(calls.order).toEqual([
      ['vacancy.createdAt', 'DESC'],
      ['vacancy.id', 'DESC'],
    ]);
    expect(calls.limit).toBe(3);
    expect(calls.where).toEqual([]);
    expect(page.items).toEqual([rows[0].id, rows[1].id]);
    expect(page.nextCursor).toBe(keysetCursor(rows[1], keyset));

    const next = fakeQuery(rows.slice(2));
    const last = await paginate(
      next.query,
      { limit: 2, cursor: page.nextCursor ?? undefined },
      keyset,
      (row) => row.id,
    );
    expect(next.calls.where).toEqual([
      [
        '(vacancy.createdAt, vacancy.id) < (:keyset0, :keyset1)',
        {
          keyset0: rows[1].createdAt.toISOString(),
          keyset1: rows[1].id,
        },
      ],
    ]);
    expect(last).toEqual({ items: [rows[2].id], nextCursor: null });
  });
});

describe('keyset paging in mixed directions', () => {
  interface Scored {
    score: number;
    startDate: string;
    targetId: string;
  }
  const keyset: KeysetColumn<Scored>[] = [
    {
      name: 'score',
      expression: 's.score',
      direction: 'DESC',
      valueOf: (row) => String(row.score),
    },
    {
      name: 'startDate',
      expression: "s.target->>'startDate'",
      direction: 'ASC',
      valueOf: (row) => row.startDate,
    },
    {
      name: 'targetId',
      expression: 's.target_id',
      direction: 'ASC',
      valueOf: (row) => row.targetId,
    },
  ];

  it('continues after the cursor column by column', async () => {
    const { query, calls } = fakeQuery<Scored>([]);
    const cursor = keysetCursor({ score: 0.8, startDate: '2027-03-01', targetId: 'v-1' }, keyset);
    await paginate(query, { cursor }, keyset, (row) => row);
    expect(calls.where).toEqual([
      [
        "((s.score < :keyset0) OR (s.score = :keyset0 AND s.target->>'startDate' > :keyset1) OR " +
          "(s.score = :keyset0 AND s.target->>'startDate' = :keyset1 AND s.target_id > :keyset2))",
        { keyset0: '0.8', keyset1: '2027-03-01', keyset2: 'v-1' },
      ],
    ]);
    expect(calls.order).toEqual([
      ['s.score', 'DESC'],
      ["s.target->>'startDate'", 'ASC'],
      ['s.target_id', 'ASC'],
    ]);
    expect(calls.limit).toBe(21);
  });
});
