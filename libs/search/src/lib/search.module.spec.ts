import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Injectable, Module } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { MeilisearchSearchEngine } from './meilisearch/meilisearch-search-engine';
import { PostgresSearchEngine } from './postgres/postgres-search-engine';
import { SearchEngine, SearchEngineError } from './search-engine.port';
import {
  createSearchEngine,
  SearchHealthContributor,
  SearchModule,
  searchOptionsFromEnv,
} from './search.module';

@Injectable()
class VacancySearch {
  constructor(readonly engine: SearchEngine) {}
}

/** A feature module that does not import SearchModule: the port comes from the global module. */
@Module({ providers: [VacancySearch] })
class FeatureModule {}

describe('SearchModule', () => {
  it('provides the embedded engine (Postgres search on an in-process PGlite) globally, as the SearchEngine port, and closes it with the app', async () => {
    const moduleRef = await Test.createTestingModule({
      imports: [SearchModule.forRoot({ kind: 'embedded' }), FeatureModule],
    }).compile();
    const engine = moduleRef.get(SearchEngine);
    expect(engine).toBeInstanceOf(PostgresSearchEngine);
    expect(moduleRef.get(VacancySearch).engine).toBe(engine);
    expect(await moduleRef.get(SearchHealthContributor).check()).toEqual({ up: true });
    await moduleRef.close();
    expect(await engine.isHealthy()).toBe(false);
  });

  it('keeps the embedded engine in the files of its scratch folder, emptied at each start', async () => {
    const parent = mkdtempSync(join(tmpdir(), 'search-scratch-'));
    const scratchDir = join(parent, 'search');
    try {
      mkdirSync(scratchDir);
      writeFileSync(join(scratchDir, 'left-over'), 'from an earlier start');
      const schema = {
        name: 'places',
        fields: { city: 'string' as const },
        searchable: ['city'],
        filterable: ['city'],
        sortable: [],
      };
      const first = await createSearchEngine({ kind: 'embedded', scratchDir });
      await first.ensureIndex(schema);
      await first.upsert('places', [{ id: 'p1', city: 'Zwolle' }]);
      expect((await first.search('places', { text: 'zwolle' })).total).toBe(1);
      await first.close();
      expect(existsSync(join(scratchDir, 'left-over'))).toBe(false);
      expect(readdirSync(scratchDir)).toContain('PG_VERSION');

      const second = await createSearchEngine({ kind: 'embedded', scratchDir });
      const error = await second.search('places', { text: 'zwolle' }).catch((e: unknown) => e);
      expect((error as SearchEngineError).code).toBe('index_not_found');
      await second.close();
    } finally {
      rmSync(parent, { recursive: true, force: true });
    }
  }, 60_000);

  it('provides the Meilisearch adapter without connecting at startup; health reports it down when unreachable', async () => {
    const moduleRef = await Test.createTestingModule({
      imports: [
        SearchModule.forRoot({ kind: 'meilisearch', url: 'http://127.0.0.1:9', apiKey: 'key' }),
      ],
    }).compile();
    const engine = moduleRef.get(SearchEngine);
    expect(engine).toBeInstanceOf(MeilisearchSearchEngine);
    const health = await moduleRef.get(SearchHealthContributor).check();
    expect(health.up).toBe(false);
    // down because nothing listens there (the client itself loaded fine)
    const error = await engine.clear('vacancies').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SearchEngineError);
    expect((error as SearchEngineError).code).toBe('unavailable');
    await moduleRef.close();
  });
});

describe('searchOptionsFromEnv', () => {
  it('chooses the embedded engine when MEILI_URL is not set', () => {
    expect(searchOptionsFromEnv({})).toEqual({ kind: 'embedded' });
    expect(searchOptionsFromEnv({ MEILI_URL: '  ' })).toEqual({ kind: 'embedded' });
  });

  it('chooses Meilisearch with MEILI_MASTER_KEY as API key', () => {
    expect(
      searchOptionsFromEnv({ MEILI_URL: 'http://meili:7700', MEILI_MASTER_KEY: 'secret' }),
    ).toEqual({ kind: 'meilisearch', url: 'http://meili:7700', apiKey: 'secret' });
    expect(searchOptionsFromEnv({ MEILI_URL: 'http://meili:7700' })).toEqual({
      kind: 'meilisearch',
      url: 'http://meili:7700',
    });
  });

  it('fails fast on a malformed MEILI_URL, naming the variable', () => {
    expect(() => searchOptionsFromEnv({ MEILI_URL: 'meili:7700 ' })).toThrow(SearchEngineError);
    expect(() => searchOptionsFromEnv({ MEILI_URL: 'not a url' })).toThrow(/MEILI_URL/);
    expect(() => searchOptionsFromEnv({ MEILI_URL: 'ftp://meili' })).toThrow(
      /MEILI_URL must be an http\(s\) URL/,
    );
  });
});
