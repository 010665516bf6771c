import { makeVacancies, vacancySchema } from '../conformance/vacancy-fixtures';
import { SearchEngineError } from '../search-engine.port';
import { MeilisearchSearchEngine } from './meilisearch-search-engine';
import type { RecordedRequest } from './testing/fake-meilisearch-server';
import { FakeMeilisearchServer } from './testing/fake-meilisearch-server';

const API_KEY = 'test-master-key';

describe('MeilisearchSearchEngine (against a fake Meilisearch HTTP server)', () => {
  let server: FakeMeilisearchServer;
  let engine: MeilisearchSearchEngine;

  beforeEach(async () => {
    server = await new FakeMeilisearchServer().start();
    engine = new MeilisearchSearchEngine({
      url: server.url,
      apiKey: API_KEY,
      waitIntervalMs: 1,
      waitTimeoutMs: 2_000,
    });
  });

  afterEach(async () => {
    await server.stop();
  });

  const summary = (requests: RecordedRequest[]) => requests.map((r) => `${r.method} ${r.path}`);

  async function caught(promise: Promise<unknown>): Promise<SearchEngineError> {
    const error = await promise.then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(SearchEngineError);
    return error as SearchEngineError;
  }

  describe('ensureIndex', () => {
    it('creates the index with primary key "id", then sets filterable/sortable/searchable attributes incl. _geo and puts "sort" first', async () => {
      await engine.ensureIndex(vacancySchema('vacancies'));

      expect(summary(server.calls())).toEqual([
        'POST /indexes',
        'GET /indexes/vacancies/settings/ranking-rules',
        'PATCH /indexes/vacancies/settings',
      ]);
      const [create, , settings] = server.calls();
      expect(create.body).toEqual({ uid: 'vacancies', primaryKey: 'id' });
      expect(settings.body).toEqual({
        searchableAttributes: ['title', 'description'],
        filterableAttributes: [
          'status',
          'regionCode',
          'municipalityCode',
          'startDay',
          'hoursPerWeek',
          'requiredQualifications',
          'requiresVog',
          '_geo',
        ],
        sortableAttributes: ['startDay', 'hoursPerWeek', 'title', '_geo'],
        rankingRules: [
          'sort',
          'words',
          'typo',
          'proximity',
          'attributeRank',
          'wordPosition',
          'exactness',
        ],
      });
    });

    it('waits for each task to succeed before the next step', async () => {
      await engine.ensureIndex(vacancySchema('vacancies'));
      const log = summary(server.requests);
      // task 0 (index creation) is polled until it succeeds, and only then the settings are read and written
      expect(log.slice(0, 4)).toEqual([
        'POST /indexes',
        'GET /tasks/0',
        'GET /tasks/0',
        'GET /indexes/vacancies/settings/ranking-rules',
      ]);
      expect(log.slice(-3)).toEqual([
        'PATCH /indexes/vacancies/settings',
        'GET /tasks/1',
        'GET /tasks/1',
      ]);
      expect(server.tasks.get(1)?.status).toBe('succeeded');
    });

    it('sends the API key as a bearer token on every request, task polling included', async () => {
      await engine.ensureIndex(vacancySchema('vacancies'));
      expect(server.requests.length).toBeGreaterThan(3);
      for (const request of server.requests) {
        expect(request.headers['authorization']).toBe(`Bearer ${API_KEY}`);
      }
      expect(server.calls()[0].headers['content-type']).toBe('application/json');
    });

    it('is idempotent: an existing index (task fails with index_already_exists) is fine', async () => {
      server.taskOutcome = (_request, type) =>
        type === 'indexCreation'
          ? {
              status: 'failed',
              code: 'index_already_exists',
              message: 'Index `vacancies` already exists.',
            }
          : { status: 'succeeded' };
      server.rankingRules = [
        'sort',
        'words',
        'typo',
        'proximity',
        'attribute',
        'exactness',
        'startDay:asc',
      ];
      await engine.ensureIndex(vacancySchema('vacancies'));
      const settings = server.calls().find((r) => r.method === 'PATCH');
      // the existing rules (whatever their names in this Meilisearch version) are kept, "sort" stays first
      expect((settings?.body as { rankingRules: string[] }).rankingRules).toEqual([
        'sort',
        'words',
        'typo',
        'proximity',
        'attribute',
        'exactness',
        'startDay:asc',
      ]);
    });

    it('throws task_failed when a settings task fails', async () => {
      server.taskOutcome = (_request, type) =>
        type === 'settingsUpdate'
          ? {
              status: 'failed',
              code: 'invalid_settings_filterable_attributes',
              message: 'bad filterable',
            }
          : { status: 'succeeded' };
      const error = await caught(engine.ensureIndex(vacancySchema('vacancies')));
      expect(error.code).toBe('task_failed');
      expect(error.message).toContain('invalid_settings_filterable_attributes: bad filterable');
    });

    it('writes pagination.maxTotalHits when configured', async () => {
      engine = new MeilisearchSearchEngine({
        url: server.url,
        apiKey: API_KEY,
        waitIntervalMs: 1,
        maxTotalHits: 50_000,
      });
      await engine.ensureIndex(vacancySchema('vacancies'));
      expect(server.calls().find((r) => r.method === 'PATCH')?.body).toMatchObject({
        pagination: { maxTotalHits: 50_000 },
      });
    });

    it('rejects an invalid schema before sending anything', async () => {
      const schema = { ...vacancySchema('vacancies'), filterable: ['salary'] };
      expect((await caught(engine.ensureIndex(schema))).code).toBe('invalid_schema');
      expect(server.requests).toEqual([]);
    });
  });

  describe('writes', () => {
    const doc = {
      id: 'vac-1',
      title: 'Lasser',
      status: 'open',
      startDay: 20000,
      requiredQualifications: ['25096'],
      _geo: { lat: 52.09, lng: 5.12 },
    };

    it('upsert adds or replaces whole documents and waits for the task', async () => {
      await engine.upsert('vacancies', [doc]);
      expect(summary(server.requests)).toEqual([
        'POST /indexes/vacancies/documents?primaryKey=id',
        'GET /tasks/0',
        'GET /tasks/0',
      ]);
      expect(server.requests[0].body).toEqual([doc]);
      expect(server.tasks.get(0)?.status).toBe('succeeded');
    });

    it('upsert throws task_failed when Meilisearch rejects the documents', async () => {
      server.taskOutcome = () => ({
        status: 'failed',
        code: 'invalid_document_geo_field',
        message: 'The `_geo` field is invalid.',
      });
      const error = await caught(engine.upsert('vacancies', [doc]));
      expect(error.code).toBe('task_failed');
      expect(error.message).toContain('invalid_document_geo_field');
    });

    it('upsert validates documents against a known schema before sending them', async () => {
      await engine.ensureIndex(vacancySchema('vacancies'));
      const before = server.requests.length;
      const error = await caught(engine.upsert('vacancies', [{ ...doc, startDay: '2025-01-01' }]));
      expect(error.code).toBe('invalid_document');
      expect(error.message).toContain('startDay');
      expect(server.requests.length).toBe(before);
    });

    it('delete sends the ids to delete-batch and waits; clear deletes all documents', async () => {
      await engine.delete('vacancies', ['vac-1', 'vac-2']);
      await engine.clear('vacancies');
      expect(summary(server.calls())).toEqual([
        'POST /indexes/vacancies/documents/delete-batch',
        'DELETE /indexes/vacancies/documents',
      ]);
      expect(server.calls()[0].body).toEqual(['vac-1', 'vac-2']);
      expect([...server.tasks.values()].map((t) => t.status)).toEqual(['succeeded', 'succeeded']);
    });

    it('sends nothing for empty batches', async () => {
      await engine.upsert('vacancies', []);
      await engine.delete('vacancies', []);
      expect(server.requests).toEqual([]);
    });

    it('fails with timeout when a task does not finish in time', async () => {
      server.processingPolls = Number.MAX_SAFE_INTEGER;
      engine = new MeilisearchSearchEngine({
        url: server.url,
        apiKey: API_KEY,
        waitIntervalMs: 5,
        waitTimeoutMs: 100,
      });
      expect((await caught(engine.clear('vacancies'))).code).toBe('timeout');
    });
  });

  describe('search', () => {
    beforeEach(async () => {
      await engine.ensureIndex(vacancySchema('vacancies'));
      server.requests.length = 0;
    });

    it('sends text, the translated filter and sort, paging and matchingStrategy "all"', async () => {
      await engine.search('vacancies', {
        text: 'lasser',
        filter: {
          op: 'and',
          filters: [
            { op: 'eq', field: 'status', value: 'open' },
            {
              op: 'or',
              filters: [
                { op: 'eq', field: 'regionCode', value: 'AM13' },
                { op: 'geoRadius', lat: 52.09, lng: 5.12, radiusMeters: 45000 },
              ],
            },
            { op: 'gte', field: 'startDay', value: 20000 },
            { op: 'lte', field: 'startDay', value: 20090 },
            { op: 'containsAll', field: 'requiredQualifications', values: ['25096', '25118'] },
          ],
        },
        sort: [
          { geoPoint: { lat: 52.09, lng: 5.12 }, direction: 'asc' },
          { field: 'startDay', direction: 'desc' },
        ],
        limit: 5,
        offset: 10,
      });
      expect(summary(server.requests)).toEqual(['POST /indexes/vacancies/search']);
      expect(server.requests[0].body).toEqual({
        q: 'lasser',
        filter:
          'status = "open" AND (regionCode = "AM13" OR _geoRadius(52.09, 5.12, 45000)) AND startDay >= 20000 AND startDay <= 20090' +
          ' AND (requiredQualifications = "25096" AND requiredQualifications = "25118")',
        sort: ['_geoPoint(52.09, 5.12):asc', 'startDay:desc'],
        limit: 5,
        offset: 10,
        matchingStrategy: 'all',
      });
      expect(server.requests[0].headers['authorization']).toBe(`Bearer ${API_KEY}`);
    });

    it('sends no q, filter or sort when the query has none, and defaults limit 20, offset 0', async () => {
      await engine.search('vacancies', { text: '   ' });
      expect(server.requests[0].body).toEqual({ limit: 20, offset: 0, matchingStrategy: 'all' });
    });

    it('maps hits, _geoDistance (with a geo sort) and estimatedTotalHits', async () => {
      server.onSearch = () => ({
        hits: [
          { id: 'vac-2', title: 'Bakker', _geo: { lat: 52.1, lng: 5.1 }, _geoDistance: 1523 },
          { id: 'vac-9', title: 'Kok', _geo: { lat: 52.37, lng: 4.89 }, _geoDistance: 34713 },
        ],
        query: '',
        processingTimeMs: 1,
        limit: 2,
        offset: 0,
        estimatedTotalHits: 17,
      });
      const page = await engine.search('vacancies', {
        sort: [{ geoPoint: { lat: 52.09, lng: 5.12 }, direction: 'asc' }],
        limit: 2,
      });
      expect(page).toEqual({
        hits: [
          {
            document: { id: 'vac-2', title: 'Bakker', _geo: { lat: 52.1, lng: 5.1 } },
            geoDistanceMeters: 1523,
          },
          {
            document: { id: 'vac-9', title: 'Kok', _geo: { lat: 52.37, lng: 4.89 } },
            geoDistanceMeters: 34713,
          },
        ],
        total: 17,
        limit: 2,
        offset: 0,
      });
    });

    it('leaves geoDistanceMeters out without a geo sort (Meilisearch may still send _geoDistance for _geoRadius)', async () => {
      server.onSearch = () => ({
        hits: [{ id: 'vac-2', _geoDistance: 1523 }],
        query: '',
        processingTimeMs: 1,
        limit: 20,
        offset: 0,
        estimatedTotalHits: 1,
      });
      const page = await engine.search('vacancies', {
        filter: { op: 'geoRadius', lat: 52.09, lng: 5.12, radiusMeters: 45000 },
      });
      expect(page.hits).toEqual([{ document: { id: 'vac-2' } }]);
    });

    it('answers a filter that can match nothing without asking Meilisearch', async () => {
      const page = await engine.search('vacancies', {
        filter: {
          op: 'and',
          filters: [
            { op: 'eq', field: 'status', value: 'open' },
            { op: 'in', field: 'regionCode', values: [] },
          ],
        },
      });
      expect(page).toEqual({ hits: [], total: 0, limit: 20, offset: 0 });
      expect(server.requests).toEqual([]);
    });

    it('rejects filters and sorts on undeclared fields before sending anything', async () => {
      expect(
        (
          await caught(
            engine.search('vacancies', { filter: { op: 'eq', field: 'salary', value: 1 } }),
          )
        ).code,
      ).toBe('invalid_query');
      const error = await caught(
        engine.search('vacancies', { sort: [{ field: 'regionCode', direction: 'asc' }] }),
      );
      expect(error.code).toBe('invalid_query');
      expect(error.message).toContain('not declared sortable');
      expect(server.requests).toEqual([]);
    });

    it("maps Meilisearch's own rejection (index this process did not ensure) to invalid_query", async () => {
      server.onSearch = () => ({
        status: 400,
        error: { code: 'invalid_search_filter', message: 'Attribute `salary` is not filterable.' },
      });
      const error = await caught(
        engine.search('other_index', { filter: { op: 'eq', field: 'salary', value: 1 } }),
      );
      expect(error.code).toBe('invalid_query');
      expect(error.message).toContain('Attribute `salary` is not filterable.');
      expect(server.requests[0].body).toMatchObject({ filter: 'salary = 1' });
    });

    it('maps index_not_found', async () => {
      server.onSearch = () => ({
        status: 404,
        error: { code: 'index_not_found', message: 'Index `nope` not found.' },
      });
      expect((await caught(engine.search('nope', {}))).code).toBe('index_not_found');
    });
  });

  describe('searchAll', () => {
    beforeEach(async () => {
      await engine.ensureIndex(vacancySchema('vacancies'));
      await engine.upsert('vacancies', makeVacancies(2_500));
      server.requests.length = 0;
    });

    async function pagesOf(
      query: Parameters<MeilisearchSearchEngine['searchAll']>[1],
      pageSize?: number,
    ): Promise<string[][]> {
      const pages: string[][] = [];
      for await (const page of engine.searchAll<{ id: string }>(
        'vacancies',
        query,
        pageSize === undefined ? {} : { pageSize },
      ))
        pages.push(page.map((d) => d.id));
      return pages;
    }

    it('pages through the documents route (not capped by maxTotalHits) with the translated filter until a short page', async () => {
      const pages = await pagesOf({ filter: { op: 'eq', field: 'status', value: 'open' } });
      expect(pages.map((p) => p.length)).toEqual([1_000, 1_000, 500]);
      expect(new Set(pages.flat()).size).toBe(2_500);
      expect(summary(server.calls())).toEqual(
        Array(3).fill('POST /indexes/vacancies/documents/fetch'),
      );
      expect(server.calls().map((r) => r.body)).toEqual(
        [0, 1_000, 2_000].map((offset) => ({ filter: 'status = "open"', limit: 1_000, offset })),
      );
    });

    it('asks once more after a full last page, and sends no filter without one', async () => {
      const pages = await pagesOf({}, 500);
      expect(pages).toHaveLength(5);
      // Without a filter the client reads GET /documents, which is not capped either.
      expect(summary(server.calls())).toEqual(
        [0, 500, 1_000, 1_500, 2_000, 2_500].map(
          (offset) => `GET /indexes/vacancies/documents?limit=500&offset=${offset}`,
        ),
      );
    });

    it('asks for the fields wanted, id first and once, in the fetch body and in the query string', async () => {
      const pages = await pagesOf(
        { filter: { op: 'eq', field: 'status', value: 'open' }, fields: ['title', 'id', 'title'] },
        2_000,
      );
      expect(pages.map((p) => p.length)).toEqual([2_000, 500]);
      expect(server.calls().map((r) => r.body)).toEqual(
        [0, 2_000].map((offset) => ({
          filter: 'status = "open"',
          fields: ['id', 'title'],
          limit: 2_000,
          offset,
        })),
      );
      server.requests.length = 0;
      await pagesOf({ fields: [] }, 2_500);
      expect(summary(server.calls())).toEqual(
        [0, 2_500].map(
          (offset) => `GET /indexes/vacancies/documents?fields=id&limit=2500&offset=${offset}`,
        ),
      );
    });

    it('asks nothing for a filter that matches nothing, and rejects a bad page size or an undeclared field', async () => {
      expect(await pagesOf({ filter: { op: 'in', field: 'status', values: [] } })).toEqual([]);
      expect(server.calls()).toEqual([]);
      expect((await caught(pagesOf({}, 0))).code).toBe('invalid_query');
      expect(
        (await caught(pagesOf({ filter: { op: 'eq', field: 'salary', value: 1 } }))).code,
      ).toBe('invalid_query');
    });
  });

  describe('isHealthy', () => {
    it('is true when /health answers "available"', async () => {
      expect(await engine.isHealthy()).toBe(true);
      expect(summary(server.requests)).toEqual(['GET /health']);
    });

    it('is false when Meilisearch cannot be reached, and writes fail with unavailable', async () => {
      const url = server.url;
      await server.stop();
      engine = new MeilisearchSearchEngine({ url, apiKey: API_KEY });
      expect(await engine.isHealthy()).toBe(false);
      expect((await caught(engine.clear('vacancies'))).code).toBe('unavailable');
      server = await new FakeMeilisearchServer().start(); // for afterEach
    });
  });

  describe('outages', () => {
    it('a server that accepts and never answers fails each request after requestTimeoutMs with timeout, health false', async () => {
      engine = new MeilisearchSearchEngine({
        url: server.url,
        apiKey: API_KEY,
        requestTimeoutMs: 200,
        waitIntervalMs: 1,
      });
      await server.setMode('hanging');
      const started = Date.now();
      expect(await engine.isHealthy()).toBe(false);
      expect((await caught(engine.upsert('vacancies', [{ id: 'v1' }]))).code).toBe('timeout');
      expect(Date.now() - started).toBeLessThan(2_000);
      expect(summary(server.requests)).toEqual([
        'GET /health',
        'POST /indexes/vacancies/documents?primaryKey=id',
      ]);
    });

    it('a server answering 503 is unhealthy and its writes fail; refused connections too; both recover on the same url', async () => {
      await server.setMode('failing');
      expect(await engine.isHealthy()).toBe(false);
      expect((await caught(engine.upsert('vacancies', [{ id: 'v1' }]))).code).toBe('engine_error');
      await server.setMode('refusing');
      expect(await engine.isHealthy()).toBe(false);
      expect((await caught(engine.upsert('vacancies', [{ id: 'v1' }]))).code).toBe('unavailable');
      await server.setMode('healthy');
      expect(await engine.isHealthy()).toBe(true);
      await engine.upsert('vacancies', [{ id: 'v1', title: 'a' }, { id: 'v2' }]);
      await engine.upsert('vacancies', [{ id: 'v1', title: 'b' }]);
      await engine.delete('vacancies', ['v2']);
      expect([...server.documentsOf('vacancies').values()]).toEqual([{ id: 'v1', title: 'b' }]);
    });
  });
});
