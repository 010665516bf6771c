import type { SearchEngine, SearchFilter, SearchPage, SearchQuery } from '../search-engine.port';
import { SearchEngineError } from '../search-engine.port';
import type { VacancyDocument } from './vacancy-fixtures';
import {
  FIRST_START_DAY,
  FIXTURE_MUNICIPALITIES,
  QUALIFICATIONS,
  makeVacancies,
  vacancySchema,
} from './vacancy-fixtures';

export interface ConformanceOptions {
  /** Called once after the suite with every index name it created (e.g. to drop them from a real server). */
  cleanup?: (indexNames: string[]) => Promise<void>;
  /** Per-test timeout; a real server needs more than Jest's default 5 s. Default 30 s. */
  timeoutMs?: number;
}

const { utrecht, amsterdam, rotterdam, groningen, nieuwegein } = FIXTURE_MUNICIPALITIES;
const UTRECHT = { lat: utrecht.lat, lng: utrecht.lng };
const KM_45 = 45_000;

/**
 * The behaviour every `SearchEngine` adapter must show. Expected results are computed here from the
 * fixtures with plain code, independently of the library's own filter semantics.
 *
 * Each test uses its own index (unique per run), so the suite can run against a shared Meilisearch.
 */
export function describeSearchEngineConformance(
  name: string,
  makeEngine: () => Promise<SearchEngine>,
  options: ConformanceOptions = {},
): void {
  describe(`SearchEngine conformance: ${name}`, () => {
    const timeout = options.timeoutMs ?? 30_000;
    const runId = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
    const created: string[] = [];
    let engine: SearchEngine;
    const docs = makeVacancies(50);

    beforeAll(async () => {
      engine = await makeEngine();
    }, timeout);

    afterAll(async () => {
      if (options.cleanup && created.length > 0) await options.cleanup(created);
      await engine?.close();
    }, timeout);

    /** A fresh index with the 50 fixture vacancies. */
    async function freshIndex(documents: VacancyDocument[] = docs): Promise<string> {
      const index = `conformance_${runId}_${created.length + 1}`;
      created.push(index);
      await engine.ensureIndex(vacancySchema(index));
      if (documents.length > 0) await engine.upsert(index, documents);
      return index;
    }

    async function searchAll(
      index: string,
      query: SearchQuery = {},
    ): Promise<SearchPage<VacancyDocument>> {
      return engine.search<VacancyDocument>(index, { limit: 1000, ...query });
    }

    async function expectMatches(
      index: string,
      filter: SearchFilter | undefined,
      predicate: (d: VacancyDocument) => boolean,
      text?: string,
    ) {
      const page = await searchAll(index, { filter, text });
      const expected = docs
        .filter(predicate)
        .map((d) => d.id)
        .sort();
      expect(expected.length).toBeGreaterThan(0); // a test that expects nothing proves little
      expect(ids(page).sort()).toEqual(expected);
      expect(page.total).toBe(expected.length);
      return page;
    }

    const test = (title: string, fn: () => Promise<void>) => it(title, fn, timeout);

    test('reports healthy', async () => {
      expect(await engine.isHealthy()).toBe(true);
    });

    test('ensureIndex is idempotent and keeps the documents', async () => {
      const index = await freshIndex();
      await engine.ensureIndex(vacancySchema(index));
      const page = await searchAll(index);
      expect(page.total).toBe(50);
      expect(page.hits[0].document).toEqual(docs.find((d) => d.id === page.hits[0].document.id));
    });

    test('eq, neq and in on status and region', async () => {
      const index = await freshIndex();
      await expectMatches(
        index,
        { op: 'eq', field: 'status', value: 'open' },
        (d) => d.status === 'open',
      );
      await expectMatches(
        index,
        { op: 'neq', field: 'status', value: 'closed' },
        (d) => d.status !== 'closed',
      );
      await expectMatches(index, { op: 'in', field: 'regionCode', values: ['AM13', 'AM22'] }, (d) =>
        ['AM13', 'AM22'].includes(d.regionCode),
      );
      await expectMatches(
        index,
        { op: 'in', field: 'status', values: ['filled', 'closed'] },
        (d) => d.status !== 'open',
      );
    });

    test('string equality is case-insensitive (Meilisearch semantics)', async () => {
      const index = await freshIndex();
      await expectMatches(
        index,
        { op: 'eq', field: 'regionCode', value: 'am13' },
        (d) => d.regionCode === 'AM13',
      );
      await expectMatches(
        index,
        { op: 'in', field: 'status', values: ['OPEN'] },
        (d) => d.status === 'open',
      );
    });

    test('eq on number and boolean fields', async () => {
      const index = await freshIndex();
      await expectMatches(
        index,
        { op: 'eq', field: 'hoursPerWeek', value: 32 },
        (d) => d.hoursPerWeek === 32,
      );
      await expectMatches(index, { op: 'in', field: 'hoursPerWeek', values: [24, 40] }, (d) =>
        [24, 40].includes(d.hoursPerWeek),
      );
      await expectMatches(
        index,
        { op: 'eq', field: 'requiresVog', value: false },
        (d) => !d.requiresVog,
      );
      await expectMatches(
        index,
        { op: 'neq', field: 'requiresVog', value: false },
        (d) => d.requiresVog,
      );
    });

    test('numeric ranges on startDay (inclusive and exclusive bounds)', async () => {
      const index = await freshIndex();
      const from = FIRST_START_DAY + 14;
      const to = FIRST_START_DAY + 70;
      await expectMatches(
        index,
        {
          op: 'and',
          filters: [
            { op: 'gte', field: 'startDay', value: from },
            { op: 'lte', field: 'startDay', value: to },
          ],
        },
        (d) => d.startDay >= from && d.startDay <= to,
      );
      await expectMatches(
        index,
        {
          op: 'and',
          filters: [
            { op: 'gt', field: 'startDay', value: from },
            { op: 'lt', field: 'startDay', value: to },
          ],
        },
        (d) => d.startDay > from && d.startDay < to,
      );
      // The bounds are fixture values, so inclusive and exclusive really differ.
      expect(docs.some((d) => d.startDay === from) && docs.some((d) => d.startDay === to)).toBe(
        true,
      );
    });

    test('containsAll and containsAny on qualifications', async () => {
      const index = await freshIndex();
      const both = [QUALIFICATIONS.straatmaker, QUALIFICATIONS.timmerman];
      await expectMatches(
        index,
        { op: 'containsAll', field: 'requiredQualifications', values: both },
        (d) => both.every((q) => d.requiredQualifications.includes(q)),
      );
      await expectMatches(
        index,
        {
          op: 'containsAny',
          field: 'requiredQualifications',
          values: [QUALIFICATIONS.schilder, QUALIFICATIONS.timmerman],
        },
        (d) =>
          d.requiredQualifications.some(
            (q) => q === QUALIFICATIONS.schilder || q === QUALIFICATIONS.timmerman,
          ),
      );
      await expectMatches(
        index,
        { op: 'containsAll', field: 'requiredQualifications', values: [QUALIFICATIONS.schilder] },
        (d) => d.requiredQualifications.includes(QUALIFICATIONS.schilder),
      );
    });

    test('geo radius: 45 km around Utrecht includes Amsterdam, excludes Rotterdam and Groningen', async () => {
      const index = await freshIndex();
      const page = await expectMatches(
        index,
        { op: 'geoRadius', ...UTRECHT, radiusMeters: KM_45 },
        (d) => distanceMeters(UTRECHT, d._geo) <= KM_45,
      );
      const municipalities = new Set(page.hits.map((h) => h.document.municipalityCode));
      expect(municipalities).toEqual(new Set([utrecht.code, nieuwegein.code, amsterdam.code]));
      expect(municipalities.has(rotterdam.code) || municipalities.has(groningen.code)).toBe(false);
    });

    test('OR of a region and a geo radius', async () => {
      const index = await freshIndex();
      const filter: SearchFilter = {
        op: 'or',
        filters: [
          { op: 'eq', field: 'regionCode', value: groningen.regionCode },
          { op: 'geoRadius', ...UTRECHT, radiusMeters: KM_45 },
        ],
      };
      await expectMatches(
        index,
        filter,
        (d) => d.regionCode === groningen.regionCode || distanceMeters(UTRECHT, d._geo) <= KM_45,
      );
    });

    test('the matching shape: open AND (region OR 45 km) AND start window AND all required qualifications', async () => {
      const index = await freshIndex();
      const from = FIRST_START_DAY;
      const to = FIRST_START_DAY + 90;
      const filter: SearchFilter = {
        op: 'and',
        filters: [
          { op: 'eq', field: 'status', value: 'open' },
          {
            op: 'or',
            filters: [
              { op: 'eq', field: 'regionCode', value: rotterdam.regionCode },
              { op: 'geoRadius', ...UTRECHT, radiusMeters: KM_45 },
            ],
          },
          { op: 'gte', field: 'startDay', value: from },
          { op: 'lte', field: 'startDay', value: to },
          {
            op: 'containsAll',
            field: 'requiredQualifications',
            values: [QUALIFICATIONS.straatmaker],
          },
        ],
      };
      await expectMatches(
        index,
        filter,
        (d) =>
          d.status === 'open' &&
          (d.regionCode === rotterdam.regionCode || distanceMeters(UTRECHT, d._geo) <= KM_45) &&
          d.startDay >= from &&
          d.startDay <= to &&
          d.requiredQualifications.includes(QUALIFICATIONS.straatmaker),
      );
    });

    test('nested and/or with neq', async () => {
      const index = await freshIndex();
      const filter: SearchFilter = {
        op: 'or',
        filters: [
          {
            op: 'and',
            filters: [
              { op: 'eq', field: 'regionCode', value: 'AM18' },
              { op: 'neq', field: 'status', value: 'open' },
            ],
          },
          {
            op: 'and',
            filters: [
              { op: 'eq', field: 'requiresVog', value: true },
              { op: 'lt', field: 'hoursPerWeek', value: 36 },
            ],
          },
        ],
      };
      await expectMatches(
        index,
        filter,
        (d) =>
          (d.regionCode === 'AM18' && d.status !== 'open') ||
          (d.requiresVog && d.hoursPerWeek < 36),
      );
    });

    test('empty value lists: in/containsAny/or match nothing, containsAll/and match everything', async () => {
      const index = await freshIndex();
      expect(
        (await searchAll(index, { filter: { op: 'in', field: 'status', values: [] } })).total,
      ).toBe(0);
      expect(
        (
          await searchAll(index, {
            filter: { op: 'containsAny', field: 'requiredQualifications', values: [] },
          })
        ).total,
      ).toBe(0);
      expect((await searchAll(index, { filter: { op: 'or', filters: [] } })).total).toBe(0);
      expect(
        (
          await searchAll(index, {
            filter: { op: 'containsAll', field: 'requiredQualifications', values: [] },
          })
        ).total,
      ).toBe(50);
      await expectMatches(
        index,
        {
          op: 'and',
          filters: [
            { op: 'and', filters: [] },
            { op: 'eq', field: 'status', value: 'filled' },
          ],
        },
        (d) => d.status === 'filled',
      );
    });

    test('text query on Dutch words in the title', async () => {
      const index = await freshIndex();
      await expectMatches(index, undefined, (d) => d.title.startsWith('Lasser'), 'lasser');
      // "bakker" also finds "bakkerij" (the last query word matches as a prefix in both engines).
      await expectMatches(index, undefined, (d) => /\bbakker/i.test(d.title), 'bakker');
      expect((await searchAll(index, { text: 'zwembadmeester' })).total).toBe(0);
    });

    test('text query: every word must match', async () => {
      const index = await freshIndex();
      // Lasser vacancies exist outside Amsterdam and Amsterdam has other vacancies: only both words count.
      await expectMatches(
        index,
        undefined,
        (d) => d.title.startsWith('Lasser') && d.municipalityCode === amsterdam.code,
        'lasser amsterdam',
      );
    });

    test('text query combined with a filter', async () => {
      const index = await freshIndex();
      await expectMatches(
        index,
        { op: 'eq', field: 'regionCode', value: utrecht.regionCode },
        (d) => /\bbakker/i.test(d.title) && d.regionCode === utrecht.regionCode,
        'bakker',
      );
    });

    test('sort by a field, ascending and descending', async () => {
      const index = await freshIndex();
      const filter: SearchFilter = { op: 'eq', field: 'status', value: 'open' };
      const open = docs.filter((d) => d.status === 'open');
      const asc = await searchAll(index, {
        filter,
        sort: [{ field: 'startDay', direction: 'asc' }],
      });
      expect(ids(asc)).toEqual([...open].sort((a, b) => a.startDay - b.startDay).map((d) => d.id));
      const desc = await searchAll(index, {
        filter,
        sort: [{ field: 'startDay', direction: 'desc' }],
      });
      expect(ids(desc)).toEqual([...open].sort((a, b) => b.startDay - a.startDay).map((d) => d.id));
    });

    test('sort by two fields', async () => {
      const index = await freshIndex();
      const page = await searchAll(index, {
        sort: [
          { field: 'hoursPerWeek', direction: 'desc' },
          { field: 'startDay', direction: 'asc' },
        ],
      });
      const expected = [...docs]
        .sort((a, b) => b.hoursPerWeek - a.hoursPerWeek || a.startDay - b.startDay)
        .map((d) => d.id);
      expect(ids(page)).toEqual(expected);
    });

    test('sort by geo distance, with the distance on each hit', async () => {
      const index = await freshIndex();
      const filter: SearchFilter = { op: 'geoRadius', ...UTRECHT, radiusMeters: KM_45 };
      const asc = await searchAll(index, {
        filter,
        sort: [{ geoPoint: UTRECHT, direction: 'asc' }],
      });
      const expected = docs
        .filter((d) => distanceMeters(UTRECHT, d._geo) <= KM_45)
        .sort((a, b) => distanceMeters(UTRECHT, a._geo) - distanceMeters(UTRECHT, b._geo));
      expect(ids(asc)).toEqual(expected.map((d) => d.id));
      for (const hit of asc.hits) {
        expect(hit.geoDistanceMeters).toBeDefined();
        expect(
          Math.abs((hit.geoDistanceMeters ?? NaN) - distanceMeters(UTRECHT, hit.document._geo)),
        ).toBeLessThanOrEqual(2);
      }
      const desc = await searchAll(index, {
        filter,
        sort: [{ geoPoint: UTRECHT, direction: 'desc' }],
      });
      expect(ids(desc)).toEqual([...expected].reverse().map((d) => d.id));
      // Without a geo sort there is no distance.
      const unsorted = await searchAll(index, { filter });
      expect(unsorted.hits.every((h) => h.geoDistanceMeters === undefined)).toBe(true);
    });

    test('paging: offset and limit, the same total on every page, no overlap', async () => {
      const index = await freshIndex();
      const sort = [{ field: 'startDay', direction: 'asc' as const }];
      const filter: SearchFilter = { op: 'neq', field: 'status', value: 'closed' };
      const expected = docs
        .filter((d) => d.status !== 'closed')
        .sort((a, b) => a.startDay - b.startDay)
        .map((d) => d.id);
      const seen: string[] = [];
      for (let offset = 0; offset < expected.length; offset += 7) {
        const page = await engine.search<VacancyDocument>(index, {
          filter,
          sort,
          offset,
          limit: 7,
        });
        expect(page).toMatchObject({ total: expected.length, offset, limit: 7 });
        expect(ids(page)).toEqual(expected.slice(offset, offset + 7));
        seen.push(...ids(page));
      }
      expect(new Set(seen).size).toBe(seen.length);
      expect(seen).toEqual(expected);
      const beyond = await engine.search(index, {
        filter,
        sort,
        offset: expected.length,
        limit: 7,
      });
      expect(beyond.hits).toEqual([]);
      const defaults = await engine.search(index, {});
      expect(defaults).toMatchObject({ limit: 20, offset: 0, total: 50 });
      expect(defaults.hits).toHaveLength(20);
    });

    /** Every page `searchAll` yields, as ids. */
    async function allPages(
      index: string,
      filter: SearchFilter | undefined,
      pageSize?: number,
    ): Promise<string[][]> {
      const pages: string[][] = [];
      for await (const page of engine.searchAll<VacancyDocument>(
        index,
        { filter },
        pageSize === undefined ? {} : { pageSize },
      ))
        pages.push(page.map((d) => d.id));
      return pages;
    }

    test('searchAll: every match of a filter exactly once, over several pages', async () => {
      const index = await freshIndex();
      const filter: SearchFilter = {
        op: 'and',
        filters: [
          { op: 'neq', field: 'status', value: 'closed' },
          { op: 'gte', field: 'hoursPerWeek', value: 32 },
        ],
      };
      const expected = docs
        .filter((d) => d.status !== 'closed' && d.hoursPerWeek >= 32)
        .map((d) => d.id)
        .sort();
      expect(expected.length).toBeGreaterThan(14);
      const pages = await allPages(index, filter, 7);
      expect(pages.length).toBe(Math.ceil(expected.length / 7));
      expect(pages.every((page) => page.length >= 1 && page.length <= 7)).toBe(true);
      const seen = pages.flat();
      expect(new Set(seen).size).toBe(seen.length);
      expect([...seen].sort()).toEqual(expected);
    });

    test('searchAll: more matches than search can page (Meilisearch stops at 1,000 by default), none left out', async () => {
      const many = makeVacancies(1_500);
      const index = await freshIndex(many);
      const expected = many
        .filter((d) => d.status === 'open')
        .map((d) => d.id)
        .sort();
      expect(expected.length).toBeGreaterThan(1_000);
      const seen = (await allPages(index, { op: 'eq', field: 'status', value: 'open' })).flat();
      expect(seen.length).toBe(expected.length);
      expect([...seen].sort()).toEqual(expected);
      expect((await allPages(index, undefined, 500)).flat()).toHaveLength(1_500);
    });

    test('searchAll: a filter that matches nothing yields no page; a bad page size is rejected', async () => {
      const index = await freshIndex();
      expect(await allPages(index, { op: 'or', filters: [] })).toEqual([]);
      expect(await allPages(index, { op: 'eq', field: 'regionCode', value: 'AM99' })).toEqual([]);
      await expectInvalidQuery(allPages(index, undefined, 0));
      await expectInvalidQuery(allPages(index, { op: 'eq', field: 'salary', value: 1 }));
    });

    test('searchAll with fields: ids always, only the fields asked for, a missing field stays absent', async () => {
      const index = await freshIndex();
      const withoutHours: Partial<VacancyDocument> = { ...docs[1] };
      delete withoutHours.hoursPerWeek;
      await engine.upsert(index, [withoutHours as VacancyDocument]);
      const filter: SearchFilter = { op: 'eq', field: 'status', value: 'open' };
      const open = docs.filter((d) => d.status === 'open');
      expect(open.map((d) => d.id)).toContain(docs[1].id);
      const fetched = async (fields: string[], pageSize?: number) => {
        const all: Record<string, unknown>[] = [];
        for await (const page of engine.searchAll<Record<string, unknown>>(
          index,
          { filter, fields },
          pageSize === undefined ? {} : { pageSize },
        ))
          all.push(...page);
        return all.sort((a, b) => String(a['id']).localeCompare(String(b['id'])));
      };
      expect(await fetched(['id'], 7)).toEqual(open.map((d) => ({ id: d.id })));
      expect(await fetched([])).toEqual(open.map((d) => ({ id: d.id })));
      expect(await fetched(['title', 'hoursPerWeek', '_geo'])).toEqual(
        open.map((d) =>
          d.id === docs[1].id
            ? { id: d.id, title: d.title, _geo: d._geo }
            : { id: d.id, title: d.title, hoursPerWeek: d.hoursPerWeek, _geo: d._geo },
        ),
      );
      await expectInvalidQuery(fetched(['title', 3 as unknown as string]));
    });

    test('delete removes documents; unknown ids are ignored', async () => {
      const index = await freshIndex();
      const gone = ['vac-00001', 'vac-00007', 'vac-00013'];
      await engine.delete(index, [...gone, 'vac-99999']);
      const page = await searchAll(index);
      expect(page.total).toBe(47);
      expect(ids(page).filter((id) => gone.includes(id))).toEqual([]);
      // ... also from filtered and geo searches right away (read-your-write)
      const nearUtrecht = await searchAll(index, {
        filter: { op: 'geoRadius', ...UTRECHT, radiusMeters: KM_45 },
      });
      expect(ids(nearUtrecht).filter((id) => gone.includes(id))).toEqual([]);
      expect(nearUtrecht.total).toBe(
        docs.filter((d) => !gone.includes(d.id) && distanceMeters(UTRECHT, d._geo) <= KM_45).length,
      );
      await engine.delete(index, []);
    });

    test('upsert replaces a document (no duplicate) and the new values are searchable at once', async () => {
      const index = await freshIndex();
      const original = docs[0];
      const changed: VacancyDocument = {
        ...original,
        title: 'Fietsenmaker',
        status: 'closed',
        regionCode: groningen.regionCode,
        _geo: { lat: groningen.lat, lng: groningen.lng },
      };
      await engine.upsert(index, [changed]);
      const all = await searchAll(index);
      expect(all.total).toBe(50);
      expect(all.hits.filter((h) => h.document.id === original.id).map((h) => h.document)).toEqual([
        changed,
      ]);
      const closedInGroningen = await searchAll(index, {
        filter: {
          op: 'and',
          filters: [
            { op: 'eq', field: 'status', value: 'closed' },
            { op: 'geoRadius', lat: groningen.lat, lng: groningen.lng, radiusMeters: 1000 },
          ],
        },
      });
      expect(ids(closedInGroningen)).toContain(original.id);
      const lasser = await searchAll(index, { text: 'lasser' });
      expect(ids(lasser)).not.toContain(original.id);
      const nearUtrecht = await searchAll(index, {
        filter: { op: 'geoRadius', ...UTRECHT, radiusMeters: KM_45 },
      });
      expect(ids(nearUtrecht)).not.toContain(original.id);
    });

    test('neq also matches documents without the field; eq does not', async () => {
      const index = await freshIndex();
      const { hoursPerWeek, ...withoutHours } = docs[1];
      await engine.upsert(index, [withoutHours as VacancyDocument]);
      // The value the document used to have: only its missing field can make it match now.
      const neq = await searchAll(index, {
        filter: { op: 'neq', field: 'hoursPerWeek', value: hoursPerWeek },
      });
      expect(ids(neq)).toContain(docs[1].id);
      expect(neq.total).toBe(
        docs.filter((d) => d.id === docs[1].id || d.hoursPerWeek !== hoursPerWeek).length,
      );
      const eq = await searchAll(index, {
        filter: { op: 'eq', field: 'hoursPerWeek', value: hoursPerWeek },
      });
      expect(ids(eq)).not.toContain(docs[1].id);
      const range = await searchAll(index, {
        filter: { op: 'gte', field: 'hoursPerWeek', value: 0 },
      });
      expect(ids(range)).not.toContain(docs[1].id);
      expect(range.total).toBe(49);
    });

    test('clear deletes all documents and keeps the settings', async () => {
      const index = await freshIndex();
      await engine.clear(index);
      expect((await searchAll(index)).total).toBe(0);
      await engine.upsert(index, docs.slice(0, 10));
      const page = await searchAll(index, {
        filter: { op: 'eq', field: 'status', value: 'open' },
        sort: [{ field: 'startDay', direction: 'desc' }],
      });
      const expected = docs
        .slice(0, 10)
        .filter((d) => d.status === 'open')
        .sort((a, b) => b.startDay - a.startDay)
        .map((d) => d.id);
      expect(ids(page)).toEqual(expected);
    });

    test('a filter or sort on an undeclared field is rejected', async () => {
      const index = await freshIndex();
      await expectInvalidQuery(
        engine.search(index, { filter: { op: 'eq', field: 'salary', value: 3000 } }),
      );
      await expectInvalidQuery(
        engine.search(index, { filter: { op: 'eq', field: 'title', value: 'Kok' } }),
      ); // declared, not filterable
      await expectInvalidQuery(
        engine.search(index, { sort: [{ field: 'regionCode', direction: 'asc' }] }),
      ); // filterable, not sortable
      await expectInvalidQuery(
        engine.search(index, {
          filter: { op: 'eq', field: 'requiredQualifications', value: '25096' },
        }),
      );
      await expectInvalidQuery(
        engine.search(index, {
          filter: { op: 'gte', field: 'startDay', value: '2025-01-01' as unknown as number },
        }),
      );
    });
  });
}

async function expectInvalidQuery(promise: Promise<unknown>): Promise<void> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(SearchEngineError);
  expect((error as SearchEngineError).code).toBe('invalid_query');
}

function ids(page: SearchPage<VacancyDocument>): string[] {
  return page.hits.map((h) => h.document.id);
}

/** Plain haversine (radius 6371 km), written out here so the tests do not trust the library's geo code. */
function distanceMeters(a: { lat: number; lng: number }, b: { lat: number; lng: number }): number {
  const toRad = (deg: number) => (deg * Math.PI) / 180;
  const dLat = toRad(b.lat - a.lat);
  const dLng = toRad(b.lng - a.lng);
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(toRad(a.lat)) * Math.cos(toRad(b.lat)) * Math.sin(dLng / 2) ** 2;
  return 2 * 6371e3 * Math.atan2(Math.sqrt(h), Math.sqrt(1 - h));
}
