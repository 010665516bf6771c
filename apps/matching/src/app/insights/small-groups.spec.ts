import { daysOf, shareOf, suppressedCodes } from './small-groups';

const groups = (sizes: Record<string, number>) =>
  Object.entries(sizes).map(([code, size]) => ({ code, size }));

describe('suppressedCodes', () => {
  it('withholds a group of 9 and shows one of 10', () => {
    expect(suppressedCodes(groups({ a: 9, b: 10, c: 3 }))).toEqual(new Set(['a', 'c']));
  });

  it('withholds the next smallest group too when only one is small, so subtraction cannot recover it', () => {
    expect(suppressedCodes(groups({ a: 9, b: 12, c: 10, d: 40 }))).toEqual(new Set(['a', 'c']));
  });

  it('breaks a tie for the next smallest by code', () => {
    expect(suppressedCodes(groups({ z: 2, b: 11, a: 11 }))).toEqual(new Set(['z', 'a']));
  });

  it('withholds nothing when every group is large enough, and a lone small group alone', () => {
    expect(suppressedCodes(groups({ a: 10, b: 25 }))).toEqual(new Set());
    expect(suppressedCodes(groups({ a: 4 }))).toEqual(new Set(['a']));
    expect(suppressedCodes([])).toEqual(new Set());
  });
});

describe('shareOf and daysOf', () => {
  it('gives a fraction rounded to 4 decimals, null without a denominator', () => {
    expect(shareOf(2, 7)).toBe(0.2857);
    expect(shareOf(0, 5)).toBe(0);
    expect(shareOf(3, 0)).toBeNull();
  });

  it('reads a numeric median as Postgres returns it', () => {
    expect(daysOf('2.5')).toBe(2.5);
    expect(daysOf(null)).toBeNull();
  });
});
