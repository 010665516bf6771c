import { ColumnFilterIndex } from './column-filter-index';
import { matchesFilter } from './query';
import { resolveSchema } from './schema';
import type { SearchFilter } from '../search-engine.port';

const schema = resolveSchema({
  name: 'places',
  fields: { status: 'string', region: 'string', seats: 'number', vog: 'boolean', tags: 'string[]' },
  searchable: [],
  filterable: ['status', 'region', 'seats', 'vog', 'tags'],
  sortable: [],
  geo: true,
});

type Doc = { id: string } & Record<string, unknown>;

describe('ColumnFilterIndex', () => {
  it('compares strings normalized, and a missing value matches neq only', () => {
    const index = new ColumnFilterIndex(schema);
    index.set([
      { id: 'a', status: 'Open', seats: 2, vog: false, tags: ['Lassen'] },
      { id: 'b', status: 'closed', seats: 0, vog: true },
      { id: 'c', status: 42 },
    ]);
    expect(index.select({ op: 'eq', field: 'status', value: 'OPEN' })).toEqual(['a']);
    expect(index.select({ op: 'neq', field: 'status', value: 'open' })).toEqual(['b', 'c']);
    expect(index.select({ op: 'neq', field: 'status', value: 'nobody has it' })).toEqual([
      'a',
      'b',
      'c',
    ]);
    expect(index.select({ op: 'in', field: 'seats', values: [0, 2] })).toEqual(['a', 'b']);
    expect(index.select({ op: 'lt', field: 'seats', value: 5 })).toEqual(['a', 'b']);
    expect(index.select({ op: 'eq', field: 'vog', value: false })).toEqual(['a']);
    expect(
      index.select({ op: 'containsAny', field: 'tags', values: ['lassen', 'solderen'] }),
    ).toEqual(['a']);
    expect(
      index.select({ op: 'containsAll', field: 'tags', values: ['lassen', 'solderen'] }),
    ).toEqual([]);
  });

  it('reuses the slot of a deleted document, replaces by id and forgets everything on clear', () => {
    const index = new ColumnFilterIndex(schema);
    index.set([
      { id: 'a', seats: 1, region: 'north' },
      { id: 'b', seats: 1, region: 'north' },
    ]);
    index.delete(['a', 'unknown']);
    index.set([
      { id: 'c', seats: 1, region: 'south' },
      { id: 'b', seats: 3, region: 'south' },
    ]);
    expect(index.size).toBe(2);
    expect(index.select({ op: 'gte', field: 'seats', value: 1 })).toEqual(['c', 'b']);
    expect(index.select({ op: 'eq', field: 'region', value: 'north' })).toEqual([]);
    expect(index.select({ op: 'eq', field: 'region', value: 'south' })).toEqual(['c', 'b']);
    index.clear();
    expect(index.size).toBe(0);
    expect(index.select({ op: 'and', filters: [] })).toEqual([]);
    expect(index.select({ op: 'eq', field: 'region', value: 'south' })).toEqual([]);
  });

  it('finds points within a radius, past its first capacity', () => {
    const index = new ColumnFilterIndex(schema);
    // 3,000 points from Utrecht eastwards, 100 m apart, and one without a point.
    index.set(
      Array.from({ length: 3_000 }, (_, i) => ({
        id: `p${i}`,
        _geo: { lat: 52.09, lng: 5.12 + i * 0.00147 },
      })),
    );
    index.set([{ id: 'nowhere', seats: 1 }]);
    expect(index.select({ op: 'geoRadius', lat: 52.09, lng: 5.12, radiusMeters: 1_000 })).toEqual(
      Array.from({ length: 10 }, (_, i) => `p${i}`),
    );
    expect(
      index.select({
        op: 'or',
        filters: [
          { op: 'eq', field: 'seats', value: 1 },
          { op: 'geoRadius', lat: 52.09, lng: 5.12, radiusMeters: 150 },
        ],
      }),
    ).toEqual(['p0', 'p1', 'nowhere']);
  });

  it('selects what the reference semantics select, through postings and grid cells as through a full pass, under churn', () => {
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)];
    const regions = ['r1', 'r2', 'r3', 'r4', 'r5', 'r6', 'r7', 'r8'];
    const randomDoc = (i: number): Doc => ({
      id: `d${i}`,
      ...(next() < 0.9 ? { status: pick(['open', 'Open', 'closed']) } : {}),
      ...(next() < 0.9 ? { region: pick(regions) } : {}),
      ...(next() < 0.9 ? { seats: Math.floor(next() * 5) } : {}),
      ...(next() < 0.9 ? { vog: next() < 0.5 } : {}),
      ...(next() < 0.9 ? { tags: regions.filter(() => next() < 0.3) } : {}),
      ...(next() < 0.9 ? { _geo: { lat: 50.8 + next() * 2.6, lng: 3.4 + next() * 3.8 } } : {}),
    });
    const randomFilter = (): SearchFilter => {
      const reach: SearchFilter = {
        op: 'or',
        filters: [
          { op: 'eq', field: 'region', value: pick(regions) },
          {
            op: 'geoRadius',
            lat: 50.8 + next() * 2.6,
            lng: 3.4 + next() * 3.8,
            radiusMeters: 5_000 + next() * 60_000,
          },
        ],
      };
      const parts: SearchFilter[] = [
        reach,
        { op: 'eq', field: 'status', value: 'OPEN' },
        { op: 'gte', field: 'seats', value: 1 },
        { op: 'in', field: 'region', values: [pick(regions), pick(regions)] },
        { op: 'neq', field: 'vog', value: true },
        { op: 'containsAny', field: 'tags', values: [pick(regions)] },
      ];
      return { op: 'and', filters: parts.filter((_, i) => i === 0 || next() < 0.4) };
    };
    const index = new ColumnFilterIndex(schema);
    const docs = new Map<string, Doc>();
    for (let round = 0; round < 6; round++) {
      const written = Array.from({ length: 800 }, () => randomDoc(Math.floor(next() * 3_000)));
      index.set(written);
      for (const doc of written) docs.set(doc.id, doc);
      const deleted = Array.from({ length: 150 }, () => `d${Math.floor(next() * 3_000)}`);
      index.delete(deleted);
      for (const id of deleted) docs.delete(id);
      for (let q = 0; q < 25; q++) {
        const filter = randomFilter();
        const expected = [...docs.values()]
          .filter((d) => matchesFilter(d, filter))
          .map((d) => d.id);
        expect(index.select(filter).sort()).toEqual(expected.sort());
      }
    }
  });
});
