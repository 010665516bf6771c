import { toPage } from './page.model';

describe('pages', () => {
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
