import { BadRequestProblem } from '@bridge/platform';
import { decodeCursor, encodeCursor } from './paging';

describe('list cursors', () => {
  const position = { createdAt: new Date('2026-11-28T10:11:12.345Z'), id: '3b241101-e2bb-4255-8caf-4136c566a962' };

  it('round-trips the position of the last row, opaque and URL-safe', () => {
    const cursor = encodeCursor(position);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(cursor)).toEqual(position);
  });

  it.each([
    ['garbage', 'not base64 json'],
    ['a JSON object', Buffer.from('{"a":1}').toString('base64url')],
    ['a bad date', Buffer.from(JSON.stringify(['yesterday', position.id])).toString('base64url')],
    ['a non-canonical date', Buffer.from(JSON.stringify(['2026-11-28', position.id])).toString('base64url')],
    ['an id that is no UUID', Buffer.from(JSON.stringify([position.createdAt.toISOString(), 'x'])).toString('base64url')],
  ])('refuses %s with a 400 naming cursor', (_case, cursor) => {
    let thrown: unknown;
    try {
      decodeCursor(cursor);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(BadRequestProblem);
    expect((thrown as BadRequestProblem).errors).toEqual([expect.objectContaining({ field: 'cursor' })]);
  });
});
