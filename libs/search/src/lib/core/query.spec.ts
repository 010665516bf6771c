import { vacancySchema } from '../conformance/vacancy-fixtures';
import type { SearchFilter } from '../search-engine.port';
import { SearchEngineError } from '../search-engine.port';
import { matchesFilter, simplifyFilter, validateQuery } from './query';
import { resolveSchema } from './schema';

const schema = resolveSchema(vacancySchema('vacancies'));
const eq = (field: string, value: string | number | boolean): SearchFilter => ({
  op: 'eq',
  field,
  value,
});

describe('simplifyFilter', () => {
  it('treats empty lists as constants', () => {
    expect(simplifyFilter(undefined)).toEqual({ kind: 'all' });
    expect(simplifyFilter({ op: 'in', field: 'status', values: [] })).toEqual({ kind: 'none' });
    expect(simplifyFilter({ op: 'containsAny', field: 'q', values: [] })).toEqual({ kind: 'none' });
    expect(simplifyFilter({ op: 'containsAll', field: 'q', values: [] })).toEqual({ kind: 'all' });
    expect(simplifyFilter({ op: 'and', filters: [] })).toEqual({ kind: 'all' });
    expect(simplifyFilter({ op: 'or', filters: [] })).toEqual({ kind: 'none' });
  });

  it('propagates constants through and/or', () => {
    expect(simplifyFilter({ op: 'and', filters: [eq('a', 1), { op: 'or', filters: [] }] })).toEqual(
      { kind: 'none' },
    );
    expect(simplifyFilter({ op: 'or', filters: [eq('a', 1), { op: 'and', filters: [] }] })).toEqual(
      { kind: 'all' },
    );
    expect(
      simplifyFilter({ op: 'or', filters: [eq('a', 1), { op: 'in', field: 'b', values: [] }] }),
    ).toEqual({ kind: 'filter', filter: eq('a', 1) });
  });

  it('flattens nested and/or of the same kind and drops duplicate values', () => {
    const filter: SearchFilter = {
      op: 'and',
      filters: [
        eq('a', 1),
        { op: 'and', filters: [eq('b', 2), { op: 'in', field: 'c', values: ['x', 'x', 'y'] }] },
      ],
    };
    expect(simplifyFilter(filter)).toEqual({
      kind: 'filter',
      filter: {
        op: 'and',
        filters: [eq('a', 1), eq('b', 2), { op: 'in', field: 'c', values: ['x', 'y'] }],
      },
    });
  });
});

describe('matchesFilter (Meilisearch semantics)', () => {
  const doc = {
    id: 'v1',
    status: 'Open',
    hours: 32,
    quals: ['25096', '25118'],
    vog: false,
    _geo: { lat: 52.09, lng: 5.12 },
  };

  it('compares strings case-insensitively', () => {
    expect(matchesFilter(doc, eq('status', 'open'))).toBe(true);
    expect(matchesFilter(doc, { op: 'in', field: 'status', values: ['OPEN'] })).toBe(true);
    expect(matchesFilter(doc, { op: 'containsAll', field: 'quals', values: ['25096'] })).toBe(true);
  });

  it('neq also matches a missing field; eq, ranges and contains do not', () => {
    expect(matchesFilter(doc, { op: 'neq', field: 'missing', value: 'x' })).toBe(true);
    expect(matchesFilter(doc, eq('missing', 'x'))).toBe(false);
    expect(matchesFilter(doc, { op: 'gte', field: 'missing', value: 0 })).toBe(false);
    expect(matchesFilter(doc, { op: 'containsAny', field: 'missing', values: ['x'] })).toBe(false);
    expect(
      matchesFilter({ id: 'v2' }, { op: 'geoRadius', lat: 52, lng: 5, radiusMeters: 1e7 }),
    ).toBe(false);
  });

  it('evaluates ranges, contains, geo and nesting', () => {
    expect(matchesFilter(doc, { op: 'gt', field: 'hours', value: 32 })).toBe(false);
    expect(matchesFilter(doc, { op: 'gte', field: 'hours', value: 32 })).toBe(true);
    expect(
      matchesFilter(doc, { op: 'containsAll', field: 'quals', values: ['25096', '25030'] }),
    ).toBe(false);
    expect(
      matchesFilter(doc, { op: 'containsAny', field: 'quals', values: ['25030', '25118'] }),
    ).toBe(true);
    expect(
      matchesFilter(doc, { op: 'geoRadius', lat: 52.37, lng: 4.89, radiusMeters: 40_000 }),
    ).toBe(true); // ~35 km
    expect(
      matchesFilter(doc, { op: 'geoRadius', lat: 53.22, lng: 6.57, radiusMeters: 45_000 }),
    ).toBe(false);
    expect(
      matchesFilter(doc, {
        op: 'or',
        filters: [eq('vog', true), { op: 'and', filters: [eq('hours', 32), eq('status', 'open')] }],
      }),
    ).toBe(true);
  });
});

describe('validateQuery', () => {
  const invalid = (query: Parameters<typeof validateQuery>[2], message: RegExp) => {
    expect(() => validateQuery('vacancies', schema, query)).toThrow(SearchEngineError);
    expect(() => validateQuery('vacancies', schema, query)).toThrow(message);
  };

  it('fills in defaults', () => {
    expect(validateQuery('vacancies', schema, {})).toEqual({
      text: undefined,
      filter: { kind: 'all' },
      sort: [],
      limit: 20,
      offset: 0,
    });
    expect(validateQuery('vacancies', schema, { text: '  ' }).text).toBeUndefined();
  });

  it('rejects filters on fields that are not filterable, naming the field and the allowed ones', () => {
    invalid(
      { filter: eq('salary', 1) },
      /cannot filter on "salary".*not declared filterable.*filterable: status, regionCode/,
    );
    invalid(
      { filter: { op: 'or', filters: [eq('status', 'open'), eq('title', 'Kok')] } },
      /filter\.filters\[1\]/,
    );
  });

  it('rejects operators that do not fit the field type', () => {
    invalid({ filter: eq('requiredQualifications', '25096') }, /containsAny/);
    invalid({ filter: { op: 'gte', field: 'status', value: 1 } }, /number fields/);
    invalid(
      { filter: { op: 'containsAll', field: 'status', values: ['x'] } },
      /does not apply to "status" of type string/,
    );
    invalid({ filter: eq('startDay', '2025-01-01') }, /finite number/);
    invalid({ filter: eq('requiresVog', 'yes') }, /boolean/);
    invalid({ filter: { op: 'gte', field: 'startDay', value: Number.NaN } }, /finite number/);
    invalid(
      { filter: { op: 'like', field: 'status' } as unknown as SearchFilter },
      /unknown filter op "like"/,
    );
  });

  it('rejects bad geo filters, sorts and paging', () => {
    invalid({ filter: { op: 'geoRadius', lat: 95, lng: 5, radiusMeters: 1 } }, /lat/);
    invalid({ filter: { op: 'geoRadius', lat: 52, lng: 5, radiusMeters: -1 } }, /radiusMeters/);
    invalid({ sort: [{ field: 'status', direction: 'asc' }] }, /not declared sortable/);
    invalid({ sort: [{ field: 'startDay', direction: 'up' as 'asc' }] }, /direction/);
    invalid({ limit: -1 }, /limit/);
    invalid({ offset: 1.5 }, /offset/);
    const noGeo = resolveSchema({ ...vacancySchema('plain'), geo: false });
    expect(() =>
      validateQuery('plain', noGeo, {
        sort: [{ geoPoint: { lat: 52, lng: 5 }, direction: 'asc' }],
      }),
    ).toThrow(/no geo points/);
  });

  it('checks only shapes and values when the schema is unknown', () => {
    expect(() =>
      validateQuery('x', undefined, {
        filter: eq('anything', 1),
        sort: [{ field: 'whatever', direction: 'asc' }],
      }),
    ).not.toThrow();
    expect(() =>
      validateQuery('x', undefined, { filter: { op: 'eq', field: 'a', value: { x: 1 } as never } }),
    ).toThrow(/string, a finite number or a boolean/);
  });
});
