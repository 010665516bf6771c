import { simplifyFilter } from '../core/query';
import type { SearchFilter } from '../search-engine.port';
import { SearchEngineError } from '../search-engine.port';
import { quoteFilterString, toMeilisearchFilter, toMeilisearchSort } from './meilisearch-filter';

describe('toMeilisearchFilter', () => {
  it.each<[string, SearchFilter, string]>([
    ['eq on a string', { op: 'eq', field: 'status', value: 'open' }, 'status = "open"'],
    ['neq', { op: 'neq', field: 'status', value: 'closed' }, 'status != "closed"'],
    ['eq on a number', { op: 'eq', field: 'hoursPerWeek', value: 32 }, 'hoursPerWeek = 32'],
    ['eq on a negative decimal', { op: 'eq', field: 'score', value: -1.5 }, 'score = -1.5'],
    ['-0 as 0', { op: 'gte', field: 'startDay', value: -0 }, 'startDay >= 0'],
    ['eq on a boolean', { op: 'eq', field: 'requiresVog', value: false }, 'requiresVog = false'],
    ['gt', { op: 'gt', field: 'startDay', value: 20000 }, 'startDay > 20000'],
    ['gte', { op: 'gte', field: 'startDay', value: 20000 }, 'startDay >= 20000'],
    ['lt', { op: 'lt', field: 'startDay', value: 20090 }, 'startDay < 20090'],
    ['lte', { op: 'lte', field: 'startDay', value: 20090 }, 'startDay <= 20090'],
    [
      'in on strings',
      { op: 'in', field: 'regionCode', values: ['AM13', 'AM22'] },
      'regionCode IN ["AM13", "AM22"]',
    ],
    [
      'in on numbers',
      { op: 'in', field: 'hoursPerWeek', values: [24, 40] },
      'hoursPerWeek IN [24, 40]',
    ],
    [
      'containsAny',
      { op: 'containsAny', field: 'quals', values: ['25096', '25118'] },
      'quals IN ["25096", "25118"]',
    ],
    [
      'containsAll',
      { op: 'containsAll', field: 'quals', values: ['25096', '25118'] },
      'quals = "25096" AND quals = "25118"',
    ],
    [
      'containsAll with one value',
      { op: 'containsAll', field: 'quals', values: ['25096'] },
      'quals = "25096"',
    ],
    [
      'geoRadius',
      { op: 'geoRadius', lat: 52.09, lng: 5.12, radiusMeters: 45000 },
      '_geoRadius(52.09, 5.12, 45000)',
    ],
  ])('%s', (_name, filter, expected) => {
    expect(toMeilisearchFilter(filter)).toBe(expected);
  });

  describe('quoting', () => {
    it('escapes double quotes and backslashes (Meilisearch >= 1.4 unescapes both)', () => {
      expect(quoteFilterString('say "hi"')).toBe('"say \\"hi\\""');
      expect(quoteFilterString('C:\\path\\')).toBe('"C:\\\\path\\\\"');
      expect(quoteFilterString('a\\"b')).toBe('"a\\\\\\"b"');
    });

    it('keeps single quotes, spaces, brackets and keywords inside the quotes', () => {
      expect(toMeilisearchFilter({ op: 'eq', field: 'title', value: "'s-Hertogenbosch" })).toBe(
        'title = "\'s-Hertogenbosch"',
      );
      expect(toMeilisearchFilter({ op: 'eq', field: 'title', value: 'a OR b = [c]' })).toBe(
        'title = "a OR b = [c]"',
      );
    });

    it('cannot be broken out of by a crafted value', () => {
      const evil = '" OR status != "';
      const expression = toMeilisearchFilter({ op: 'eq', field: 'status', value: evil });
      expect(expression).toBe('status = "\\" OR status != \\""');
      // unquoted, the expression is one condition: the value ends at the only unescaped quote
      const unescapedQuotes = expression.replace(/\\\\/g, '').replace(/\\"/g, '').match(/"/g);
      expect(unescapedQuotes).toHaveLength(2);
    });

    it('quotes strings inside IN lists too', () => {
      expect(toMeilisearchFilter({ op: 'in', field: 'title', values: ['a"b', 'c'] })).toBe(
        'title IN ["a\\"b", "c"]',
      );
    });
  });

  describe('nesting', () => {
    it('parenthesizes nested and/or', () => {
      const filter: SearchFilter = {
        op: 'or',
        filters: [
          {
            op: 'and',
            filters: [
              { op: 'eq', field: 'a', value: 1 },
              { op: 'eq', field: 'b', value: 2 },
            ],
          },
          {
            op: 'and',
            filters: [
              { op: 'eq', field: 'c', value: 3 },
              {
                op: 'or',
                filters: [
                  { op: 'eq', field: 'd', value: 4 },
                  { op: 'eq', field: 'e', value: 5 },
                ],
              },
            ],
          },
        ],
      };
      expect(toMeilisearchFilter(filter)).toBe('(a = 1 AND b = 2) OR (c = 3 AND (d = 4 OR e = 5))');
    });

    it('parenthesizes a multi-value containsAll inside an OR (AND binds tighter, but be explicit)', () => {
      const filter: SearchFilter = {
        op: 'or',
        filters: [
          { op: 'containsAll', field: 'q', values: ['x', 'y'] },
          { op: 'geoRadius', lat: 52, lng: 5, radiusMeters: 1000 },
        ],
      };
      expect(toMeilisearchFilter(filter)).toBe('(q = "x" AND q = "y") OR _geoRadius(52, 5, 1000)');
    });

    it('leaves single conditions bare', () => {
      const filter: SearchFilter = {
        op: 'and',
        filters: [
          { op: 'eq', field: 'a', value: 'x' },
          { op: 'in', field: 'b', values: [1, 2] },
        ],
      };
      expect(toMeilisearchFilter(filter)).toBe('a = "x" AND b IN [1, 2]');
    });
  });

  it('refuses empty lists, which Meilisearch cannot express (simplifyFilter removes them)', () => {
    expect(() => toMeilisearchFilter({ op: 'in', field: 'a', values: [] })).toThrow(
      SearchEngineError,
    );
    expect(() => toMeilisearchFilter({ op: 'or', filters: [] })).toThrow(SearchEngineError);
    const simplified = simplifyFilter({
      op: 'and',
      filters: [
        { op: 'eq', field: 'a', value: 1 },
        { op: 'containsAll', field: 'q', values: [] },
      ],
    });
    expect(simplified.kind === 'filter' && toMeilisearchFilter(simplified.filter)).toBe('a = 1');
  });

  it('refuses non-finite numbers', () => {
    expect(() =>
      toMeilisearchFilter({ op: 'gt', field: 'a', value: Number.POSITIVE_INFINITY }),
    ).toThrow(/finite/);
  });
});

describe('toMeilisearchSort', () => {
  it('writes field and geo-point sort rules', () => {
    expect(
      toMeilisearchSort([
        { field: 'startDay', direction: 'asc' },
        { geoPoint: { lat: 52.09, lng: 5.12 }, direction: 'desc' },
      ]),
    ).toEqual(['startDay:asc', '_geoPoint(52.09, 5.12):desc']);
  });
});
