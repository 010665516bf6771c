import type { VacancyDocument } from '../conformance/vacancy-fixtures';
import {
  FIXTURE_MUNICIPALITIES,
  QUALIFICATIONS,
  TRADES,
  vacancySchema,
} from '../conformance/vacancy-fixtures';
import { haversineMeters } from '../core/geo';
import { matchesFilter } from '../core/query';
import type { SearchFilter, SearchQuery, SearchSort } from '../search-engine.port';
import { PostgresSearchEngine } from './postgres-search-engine';

/** Deterministic pseudo-random numbers (mulberry32). */
function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)];
  const subset = <T>(items: readonly T[]): T[] => items.filter(() => next() < 0.4);
  return { next, int, pick, subset };
}

type Doc = Partial<VacancyDocument> & { id: string };
const MUNICIPALITIES = Object.values(FIXTURE_MUNICIPALITIES);
const QUALS = Object.values(QUALIFICATIONS);

/**
 * Exactness of the Postgres adapter under churn: random documents (some lacking fields), upserts,
 * replacements and deletes, and random nested filters and sorts, checked against the reference
 * semantics (`matchesFilter`) and the insertion order; `searchAll` against the same oracle.
 */
describe('PostgresSearchEngine: exactness under churn (randomised, against the reference semantics)', () => {
  let engine: PostgresSearchEngine;
  const rnd = random(20240601);

  beforeAll(async () => {
    engine = await PostgresSearchEngine.embedded();
  }, 60_000);

  afterAll(async () => {
    await engine.close();
  });

  function randomDoc(i: number): Doc {
    const m = rnd.pick(MUNICIPALITIES);
    const trade = rnd.pick(TRADES);
    const doc: Doc = {
      id: `d${i}`,
      title: trade.title,
      description: `${trade.description} Locatie: ${m.name}.`,
      status: rnd.pick(['open', 'open', 'filled', 'closed'] as const),
      regionCode: m.regionCode,
      municipalityCode: m.code,
      startDay: 20_000 + rnd.int(60),
      hoursPerWeek: rnd.pick([24, 32, 36, 40]),
      requiredQualifications: rnd.subset(QUALS),
      requiresVog: rnd.next() < 0.3,
      _geo: {
        lat: m.lat + (rnd.next() - 0.5) * 0.2,
        lng: m.lng + (rnd.next() - 0.5) * 0.2,
      },
    };
    // Some documents lack a field: that is where Meilisearch's `!=` differs from a naive `nin`.
    for (const field of [
      'status',
      'hoursPerWeek',
      'requiredQualifications',
      '_geo',
      'requiresVog',
    ] as const) {
      if (rnd.next() < 0.04) delete doc[field];
    }
    return doc;
  }

  function randomLeaf(): SearchFilter {
    const m = rnd.pick(MUNICIPALITIES);
    switch (rnd.int(11)) {
      case 0:
        return {
          op: rnd.pick(['eq', 'neq'] as const),
          field: 'status',
          value: rnd.pick(['open', 'OPEN', 'closed', 'filled']),
        };
      case 1:
        return {
          op: 'in',
          field: 'regionCode',
          values: rnd.subset(MUNICIPALITIES.map((x) => x.regionCode)),
        };
      case 2:
        return {
          op: rnd.pick(['eq', 'neq'] as const),
          field: 'hoursPerWeek',
          value: rnd.pick([24, 32, 36, 40, 38]),
        };
      case 3:
        return {
          op: 'in',
          field: 'hoursPerWeek',
          values: rnd.subset([24, 32, 36, 40]),
        };
      case 4:
        return {
          op: rnd.pick(['eq', 'neq'] as const),
          field: 'requiresVog',
          value: rnd.next() < 0.5,
        };
      case 5:
      case 6:
        return {
          op: rnd.pick(['gt', 'gte', 'lt', 'lte'] as const),
          field: 'startDay',
          value: 20_000 + rnd.int(60),
        };
      case 7:
        return {
          op: rnd.pick(['containsAll', 'containsAny'] as const),
          field: 'requiredQualifications',
          values: rnd.subset(QUALS),
        };
      case 8:
        return { op: 'eq', field: 'municipalityCode', value: m.code };
      default:
        return {
          op: 'geoRadius',
          lat: m.lat,
          lng: m.lng,
          radiusMeters: rnd.pick([3_000, 20_000, 45_000, 120_000]),
        };
    }
  }

  function randomFilter(depth = 0): SearchFilter {
    if (depth >= 3 || rnd.next() < 0.45) return randomLeaf();
    return {
      op: rnd.pick(['and', 'or'] as const),
      filters: Array.from({ length: rnd.int(4) }, () => randomFilter(depth + 1)),
    };
  }

  function randomSort(): SearchSort[] {
    const m = rnd.pick(MUNICIPALITIES);
    return rnd.pick<SearchSort[]>([
      [],
      [{ field: 'startDay', direction: 'asc' }],
      [
        { field: 'hoursPerWeek', direction: 'desc' },
        { field: 'startDay', direction: 'asc' },
      ],
      [
        {
          geoPoint: { lat: m.lat, lng: m.lng },
          direction: rnd.pick(['asc', 'desc'] as const),
        },
      ],
      [
        { field: 'title', direction: 'asc' },
        { geoPoint: { lat: m.lat, lng: m.lng }, direction: 'asc' },
      ],
    ]);
  }

  /** The expected order: stable sort by the keys (missing last) over the documents in insertion order. */
  function expectedIds(live: Map<string, Doc>, query: SearchQuery): string[] {
    const docs = [...live.values()].filter(
      (d) => query.filter === undefined || matchesFilter(d, query.filter),
    );
    const key = (d: Doc, s: SearchSort): string | number | boolean | undefined => {
      if ('geoPoint' in s) return d._geo ? haversineMeters(s.geoPoint, d._geo) : undefined;
      const v = d[s.field as keyof Doc];
      return typeof v === 'string' ? v.toLowerCase() : (v as number | boolean | undefined);
    };
    const sort = query.sort ?? [];
    return docs
      .sort((a, b) => {
        for (const s of sort) {
          const [x, y] = [key(a, s), key(b, s)];
          if (x === y) continue;
          if (x === undefined) return 1;
          if (y === undefined) return -1;
          return (x < y ? -1 : 1) * (s.direction === 'asc' ? 1 : -1);
        }
        return 0;
      })
      .map((d) => d.id);
  }

  it('returns exactly what the reference semantics select, in the same order, after many upserts and deletes; searchAll every match once', async () => {
    await engine.ensureIndex(vacancySchema('churn'));
    const live = new Map<string, Doc>();
    let queries = 0;
    for (let round = 0; round < 12; round++) {
      // a batch of inserts and replacements (with a duplicate id: the last one wins) ...
      const batch = Array.from({ length: round === 0 ? 300 : 60 }, () => randomDoc(rnd.int(360)));
      await engine.upsert('churn', batch as VacancyDocument[]);
      for (const doc of batch) live.set(doc.id, doc);
      // ... and deletes, some of unknown ids
      const gone = Array.from({ length: 40 }, () => `d${rnd.int(380)}`);
      await engine.delete('churn', gone);
      for (const id of gone) live.delete(id);

      for (let q = 0; q < 40; q++) {
        const query: SearchQuery = {
          filter: randomFilter(),
          sort: randomSort(),
          limit: 1000,
        };
        const page = await engine.search<Doc>('churn', query);
        const expected = expectedIds(live, query);
        expect({
          round,
          q,
          filter: query.filter,
          ids: page.hits.map((h) => h.document.id),
        }).toEqual({ round, q, filter: query.filter, ids: expected });
        expect(page.total).toBe(expected.length);
        const all: string[] = [];
        for await (const chunk of engine.searchAll<Doc>(
          'churn',
          { filter: query.filter },
          { pageSize: 50 },
        ))
          all.push(...chunk.map((d) => d.id));
        expect({ round, q, all: [...all].sort() }).toEqual({
          round,
          q,
          all: [...expected].sort(),
        });
        queries++;
      }
    }
    expect(queries).toBe(480);
  }, 120_000);
});
