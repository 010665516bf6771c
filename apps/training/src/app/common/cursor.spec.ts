import { BadRequestProblem } from '@bridge/platform';
import { decodeCursor, encodeCursor, hasStringFields } from './cursor';
import { toPage } from './page.dto';

describe('list cursors', () => {
  const isPosition = (v: unknown): v is { id: string } =>
    hasStringFields(v, 'id');

  it('round-trips a position as an opaque URL-safe string', () => {
    const cursor = encodeCursor({ id: 'pi-vught/wood?+' });
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(cursor, isPosition)).toEqual({ id: 'pi-vught/wood?+' });
  });

  it.each([
    '%%%',
    encodeCursor({ other: 'x' }),
    Buffer.from('[1]').toString('base64url'),
    Buffer.from('{').toString('base64url'),
  ])('rejects %s as a 400 naming cursor', (cursor) => {
    try {
      decodeCursor(cursor, isPosition);
      throw new Error('no error');
    } catch (error) {
      expect(error).toBeInstanceOf(BadRequestProblem);
      expect((error as BadRequestProblem).errors).toEqual([
        { field: 'cursor', message: expect.any(String) },
      ]);
    }
  });

  it('cuts pages from limit + 1 rows', () => {
    const cursorOf = (n: number) => `after-${n}`;
    expect(toPage([1, 2, 3], 2, String, cursorOf)).toEqual({
      items: ['1', '2'],
      nextCursor: 'after-2',
    });
    expect(toPage([1, 2], 2, String, cursorOf)).toEqual({
      items: ['1', '2'],
      nextCursor: null,
    });
    expect(toPage([], 2, String, cursorOf)).toEqual({
      items: [],
      nextCursor: null,
    });
  });
});
