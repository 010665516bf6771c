/**
 * Search benchmark: loads N vacancies and times the match engine's query shapes.
 *
 *   npx ts-node --transpile-only -P libs/search/tsconfig.lib.json libs/search/bench/search.bench.ts
 *
 * Environment: BENCH_DOCS (default 20000), BENCH_QUERIES (default 300), BENCH_SEED (default 42),
 * BENCH_ENGINE=embedded|postgres|meilisearch (default embedded; postgres needs DATABASE_URL, a database the
 * index table is created in and emptied after; meilisearch needs MEILI_URL, MEILI_MASTER_KEY),
 * BENCH_SEARCH_REPORT (a file to write the figures to as JSON, for the report of `npm run bench`).
 * Not part of the tests.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Municipality, VacancyDocument } from '../src/lib/conformance/vacancy-fixtures';
import {
  FIRST_START_DAY,
  QUALIFICATIONS,
  makeVacancies,
  vacancySchema,
} from '../src/lib/conformance/vacancy-fixtures';
import { matchesFilter } from '../src/lib/core/query';
import { loadMeilisearchClient } from '../src/lib/meilisearch/meilisearch-search-engine';
import { createSearchEngine } from '../src/lib/search.module';
import type {
  IndexSchema,
  SearchEngine,
  SearchFilter,
  SearchQuery,
} from '../src/lib/search-engine.port';

const DOCS = Number(process.env['BENCH_DOCS'] ?? 20_000);
const QUERIES = Number(process.env['BENCH_QUERIES'] ?? 300);
const SEED = Number(process.env['BENCH_SEED'] ?? 42);
const ENGINE = process.env['BENCH_ENGINE'] ?? 'embedded';
const KM_45 = 45_000;

function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (n: number) => Math.floor(next() * n),
    pick: <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)],
  };
}

/** 342 synthetic municipalities over the Netherlands' bounding box, each in the nearest of 35 regions. */
function syntheticMunicipalities(rnd: ReturnType<typeof random>): Municipality[] {
  const point = () => ({ lat: 50.8 + rnd.next() * 2.6, lng: 3.6 + rnd.next() * 3.5 });
  const regions = Array.from({ length: 35 }, (_, i) => ({
    code: `AM${String(i + 1).padStart(2, '0')}`,
    ...point(),
  }));
  return Array.from({ length: 342 }, (_, i) => {
    const p = point();
    const region = regions.reduce((best, r) =>
      (r.lat - p.lat) ** 2 + (r.lng - p.lng) ** 2 <
      (best.lat - p.lat) ** 2 + (best.lng - p.lng) ** 2
        ? r
        : best,
    );
    return {
      code: `GM${String(i + 1).padStart(4, '0')}`,
      name: `Gemeente ${i + 1}`,
      regionCode: region.code,
      lat: p.lat,
      lng: p.lng,
    };
  });
}

/**
 * The match engine's candidate → vacancies filter as `MatchTargets` builds it (apps/matching match-targets.ts):
 * open AND places left AND start window AND (home region OR 45 km) [AND no VOG needed, for a candidate whose VOG
 * is unlikely]. No qualifications: the engine narrows those in SQL after the search.
 */
function engineFilter(
  rnd: ReturnType<typeof random>,
  municipalities: Municipality[],
): SearchFilter {
  const home = rnd.pick(municipalities);
  const release = FIRST_START_DAY + rnd.int(120);
  const vog: SearchFilter[] =
    rnd.next() < 0.2 ? [{ op: 'eq', field: 'requiresVog', value: false }] : [];
  return {
    op: 'and',
    filters: [
      { op: 'eq', field: 'status', value: 'open' },
      { op: 'gte', field: 'openingsLeft', value: 1 },
      { op: 'gte', field: 'startDay', value: release - 14 },
      { op: 'lte', field: 'startDay', value: release + 90 },
      {
        op: 'or',
        filters: [
          { op: 'eq', field: 'regionCode', value: home.regionCode },
          { op: 'geoRadius', lat: home.lat, lng: home.lng, radiusMeters: KM_45 },
        ],
      },
      ...vog,
    ],
  };
}

/** The fixture vacancies with the places left that the matching service indexes; one in nine has none left. */
function withOpenings(docs: VacancyDocument[]): BenchVacancy[] {
  return docs.map((d, i) => ({ ...d, openingsLeft: i % 9 === 4 ? 0 : 1 + (i % 3) }));
}

type BenchVacancy = VacancyDocument & { openingsLeft: number };

function benchSchema(name: string): IndexSchema {
  const schema = vacancySchema(name);
  return {
    ...schema,
    fields: { ...schema.fields, openingsLeft: 'number' },
    filterable: [...schema.filterable, 'openingsLeft'],
  };
}

/** The former bench shape (a `search` page): open AND (home region OR 45 km) AND start window AND qualifications. */
function matchingFilter(
  rnd: ReturnType<typeof random>,
  municipalities: Municipality[],
): SearchFilter {
  const home = rnd.pick(municipalities);
  const release = FIRST_START_DAY + rnd.int(120);
  const quals = Object.values(QUALIFICATIONS);
  const required = rnd.next() < 0.5 ? [rnd.pick(quals)] : [quals[0], quals[1]];
  return {
    op: 'and',
    filters: [
      { op: 'eq', field: 'status', value: 'open' },
      {
        op: 'or',
        filters: [
          { op: 'eq', field: 'regionCode', value: home.regionCode },
          { op: 'geoRadius', lat: home.lat, lng: home.lng, radiusMeters: KM_45 },
        ],
      },
      { op: 'gte', field: 'startDay', value: release - 14 },
      { op: 'lte', field: 'startDay', value: release + 90 },
      { op: 'containsAll', field: 'requiredQualifications', values: required },
    ],
  };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

interface Timing {
  p50: number;
  p95: number;
  max: number;
}

async function time<Q>(
  label: string,
  queries: Q[],
  run: (q: Q) => Promise<number>,
): Promise<Timing> {
  for (const q of queries.slice(0, 20)) await run(q); // warm-up
  const durations: number[] = [];
  let totals = 0;
  for (const q of queries) {
    const start = performance.now();
    totals += await run(q);
    durations.push(performance.now() - start);
  }
  durations.sort((a, b) => a - b);
  const fmt = (n: number) => n.toFixed(2).padStart(7);
  const timing = {
    p50: percentile(durations, 50),
    p95: percentile(durations, 95),
    max: durations[durations.length - 1],
  };
  console.log(
    `${label.padEnd(44)} p50 ${fmt(timing.p50)} ms  p95 ${fmt(timing.p95)} ms  max ${fmt(timing.max)} ms  avg total ${(totals / queries.length).toFixed(0)}`,
  );
  const round2 = (n: number) => Math.round(n * 100) / 100;
  return { p50: round2(timing.p50), p95: round2(timing.p95), max: round2(timing.max) };
}

/** The engine the services would run (the embedded default, or Meilisearch), made by the search module's factory. */
async function makeEngine(): Promise<{ engine: SearchEngine; cleanup: () => Promise<void> }> {
  const close = async (engine: SearchEngine) =>
    (engine as Partial<{ close(): Promise<void> }>).close?.();
  if (ENGINE === 'embedded') {
    // In files, as the matching service keeps it when its database is on disk (`npm start`).
    const scratchDir = mkdtempSync(join(tmpdir(), 'search-bench-'));
    const engine = await createSearchEngine({ kind: 'embedded', scratchDir });
    return {
      engine,
      cleanup: async () => (
        await close(engine),
        rmSync(scratchDir, { recursive: true, force: true })
      ),
    };
  }
  const databaseUrl = process.env['DATABASE_URL'];
  if (ENGINE === 'postgres' && databaseUrl) {
    const engine = await createSearchEngine({ kind: 'postgres', url: databaseUrl });
    return { engine, cleanup: async () => (await engine.clear(INDEX), close(engine)) };
  }
  const url = process.env['MEILI_URL'];
  if (ENGINE !== 'meilisearch' || !url)
    throw new Error('BENCH_ENGINE must be "embedded" or "meilisearch" (with MEILI_URL set)');
  const apiKey = process.env['MEILI_MASTER_KEY'];
  const engine = await createSearchEngine({
    kind: 'meilisearch',
    url,
    apiKey,
    waitTimeoutMs: 600_000,
    maxTotalHits: DOCS,
  });
  const cleanup = async () => {
    const { Meilisearch } = loadMeilisearchClient();
    await new Meilisearch({ host: url, apiKey }).deleteIndex(INDEX).waitTask({ timeout: 60_000 });
    await close(engine);
  };
  return { engine, cleanup };
}

const INDEX = `bench_${Date.now().toString(36)}`;

async function main(): Promise<void> {
  const rnd = random(SEED);
  const municipalities = syntheticMunicipalities(rnd);
  const docs = withOpenings(makeVacancies(DOCS, municipalities));
  const { engine, cleanup } = await makeEngine();
  const rssBefore = process.memoryUsage().rss;

  const loadStart = performance.now();
  await engine.ensureIndex(benchSchema(INDEX));
  for (let i = 0; i < docs.length; i += 5_000) await engine.upsert(INDEX, docs.slice(i, i + 5_000));
  const loadMs = performance.now() - loadStart;
  // What the first search after a bulk load pays (the in-process Postgres analyzes and orders its table then).
  const firstStart = performance.now();
  await engine.search(INDEX, { filter: { op: 'eq', field: 'status', value: 'open' }, limit: 1 });
  const firstSearchMs = performance.now() - firstStart;
  global.gc?.();
  const memory = process.memoryUsage();

  console.log(
    `engine ${ENGINE}, ${DOCS} vacancies over ${municipalities.length} municipalities, ${QUERIES} queries (seed ${SEED}), Node ${process.version}`,
  );
  console.log(
    `load: ${(loadMs / 1000).toFixed(2)} s, then the first search ${(firstSearchMs / 1000).toFixed(2)} s; RSS ${(memory.rss / 2 ** 20).toFixed(0)} MiB (+${((memory.rss - rssBefore) / 2 ** 20).toFixed(0)} MiB for the index), heap used ${(memory.heapUsed / 2 ** 20).toFixed(0)} MiB`,
  );

  const filters = Array.from({ length: QUERIES }, () => matchingFilter(rnd, municipalities));
  const shape: SearchQuery[] = filters.map((filter) => ({ filter, limit: 100 }));
  const byDistance: SearchQuery[] = filters.map((filter) => {
    const geo = ((filter as { filters: SearchFilter[] }).filters[1] as { filters: SearchFilter[] })
      .filters[1] as { lat: number; lng: number };
    return {
      filter,
      limit: 100,
      sort: [{ geoPoint: { lat: geo.lat, lng: geo.lng }, direction: 'asc' }],
    };
  });
  const withText: SearchQuery[] = filters.map((filter, i) => ({
    filter,
    limit: 100,
    text: i % 2 ? 'lasser' : 'medewerker',
  }));

  const rows = docs as unknown as Record<string, unknown>[];
  // What the match engine asks for each candidate: the id of every hit of its filter (searchAll), next to the same
  // predicate as a plain scan over an array (what the engine's indexes must beat).
  const engineFilters = Array.from({ length: QUERIES }, () => engineFilter(rnd, municipalities));
  const shapeTiming = await time('engine shape: searchAll, ids', engineFilters, async (filter) => {
    let hits = 0;
    for await (const page of engine.searchAll<{ id: string }>(INDEX, { filter, fields: ['id'] }))
      hits += page.map((d) => d.id).length;
    return hits;
  });
  const scanTiming = await time(
    'baseline: plain array scan (matchesFilter)',
    engineFilters,
    async (filter) => rows.filter((d) => matchesFilter(d, filter)).map((d) => d['id']).length,
  );
  console.log(
    `ratio: the plain scan takes ${(scanTiming.p50 / shapeTiming.p50).toFixed(1)}x the engine's shape (p50)`,
  );

  const page100Timing = await time(
    '+ qualifications, search limit 100',
    shape,
    async (q) => (await engine.search(INDEX, q)).total,
  );
  const byDistanceTiming = await time(
    '+ qualifications, sort by distance',
    byDistance,
    async (q) => (await engine.search(INDEX, q)).total,
  );
  const textTiming = await time(
    '+ qualifications, text',
    withText,
    async (q) => (await engine.search(INDEX, q)).total,
  );
  const allTiming = await time('+ qualifications, every document (searchAll)', shape, async (q) => {
    let hits = 0;
    for await (const page of engine.searchAll(INDEX, { filter: q.filter })) hits += page.length;
    return hits;
  });

  const report = process.env['BENCH_SEARCH_REPORT'];
  if (report) {
    mkdirSync(dirname(report), { recursive: true });
    const figures = {
      docs: DOCS,
      queries: QUERIES,
      engine: ENGINE,
      loadMs: Math.round(loadMs),
      firstSearchMs: Math.round(firstSearchMs),
      indexMiB: Math.round((memory.rss - rssBefore) / 2 ** 20),
      shape: shapeTiming,
      scan: scanTiming,
      page100: page100Timing,
      byDistance: byDistanceTiming,
      text: textTiming,
      searchAll: allTiming,
    };
    writeFileSync(report, `${JSON.stringify(figures, null, 2)}\n`);
  }

  await cleanup();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
