import type { DynamicModule, OnApplicationShutdown } from '@nestjs/common';
import { Injectable, Module } from '@nestjs/common';
import { MeilisearchSearchEngine } from './meilisearch/meilisearch-search-engine';
import { PostgresSearchEngine } from './postgres/postgres-search-engine';
import { SearchEngine, SearchEngineError } from './search-engine.port';

export type SearchModuleOptions =
  /**
   * Postgres search on an in-process PGlite of its own, empty at each start: its files in `scratchDir` (emptied
   * first; far less memory at national size), in memory without it.
   */
  | { kind: 'embedded'; scratchDir?: string }
  /** Postgres search in tables of a Postgres server (the service's own database). */
  | { kind: 'postgres'; url: string }
  | {
      kind: 'meilisearch';
      url: string;
      apiKey?: string;
      requestTimeoutMs?: number;
      waitTimeoutMs?: number;
      maxTotalHits?: number;
    };

/**
 * The search options the environment asks for: Meilisearch when `MEILI_URL` is set (with
 * `MEILI_MASTER_KEY` as API key), the embedded engine otherwise. Fails fast on a malformed URL.
 */
export function searchOptionsFromEnv(
  env: Record<string, string | undefined> = process.env,
): SearchModuleOptions {
  const url = env['MEILI_URL']?.trim();
  if (!url) return { kind: 'embedded' };
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new SearchEngineError(
      'engine_error',
      `MEILI_URL is not a valid URL: ${JSON.stringify(url)}`,
    );
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new SearchEngineError(
      'engine_error',
      `MEILI_URL must be an http(s) URL, got ${JSON.stringify(url)}`,
    );
  }
  const apiKey = env['MEILI_MASTER_KEY']?.trim();
  return { kind: 'meilisearch', url, ...(apiKey ? { apiKey } : {}) };
}

export async function createSearchEngine(options: SearchModuleOptions): Promise<SearchEngine> {
  switch (options.kind) {
    case 'embedded':
      return PostgresSearchEngine.embedded({ scratchDir: options.scratchDir });
    case 'postgres':
      return PostgresSearchEngine.connect(options.url);
    case 'meilisearch':
      return new MeilisearchSearchEngine({
        url: options.url,
        apiKey: options.apiKey,
        requestTimeoutMs: options.requestTimeoutMs,
        waitTimeoutMs: options.waitTimeoutMs,
        maxTotalHits: options.maxTotalHits,
      });
    default:
      throw new SearchEngineError(
        'engine_error',
        `Unknown search engine kind ${JSON.stringify((options as { kind?: unknown }).kind)}`,
      );
  }
}

/** The search part of GET /health (same shape as the database's contributor). */
@Injectable()
export class SearchHealthContributor {
  readonly name = 'search';

  constructor(private readonly engine: SearchEngine) {}

  async check(): Promise<{ up: boolean; details?: Record<string, unknown> }> {
    const up = await this.engine.isHealthy();
    return up ? { up } : { up, details: { error: 'search engine is not available' } };
  }
}

/**
 * Provides the `SearchEngine` port everywhere (global module):
 * `SearchModule.forRoot(searchOptionsFromEnv())` once in the app module, then
 * `constructor(private readonly search: SearchEngine) {}` in any provider.
 */
@Module({})
export class SearchModule implements OnApplicationShutdown {
  constructor(private readonly engine: SearchEngine) {}

  async onApplicationShutdown(): Promise<void> {
    await this.engine.close();
  }

  static forRoot(options: SearchModuleOptions): DynamicModule {
    return {
      module: SearchModule,
      global: true,
      providers: [
        { provide: SearchEngine, useFactory: () => createSearchEngine(options) },
        SearchHealthContributor,
      ],
      exports: [SearchEngine, SearchHealthContributor],
    };
  }
}
