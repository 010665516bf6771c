import { BadRequestProblem } from '../errors/domain-problem.exception';
import { decodeCursor, encodeCursor, hasStringFields } from './cursor.codec';

describe('list cursors', () => {
  const isPosition = (v: unknown): v is { id: string } => hasStringFields(v, 'id');

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
    // Text Postgres refuses as a parameter (a 500 before): NUL, a lone surrogate, in any field.
    encodeCursor({ id: 'pi-vught\u0000' }),
    encodeCursor({ id: '\ud800' }),
    Buffer.from(JSON.stringify({ id: 'x', extra: ['\u0000'] })).toString('base64url'),
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
});
