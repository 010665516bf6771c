import type { DynamicModule } from '@nestjs/common';
import { Injectable, Module } from '@nestjs/common';
import { EmbeddedSearchEngine } from './embedded/embedded-search-engine';
import { MeilisearchSearchEngine } from './meilisearch/meilisearch-search-engine';
import { SearchEngine, SearchEngineError } from './search-engine.port';

export type SearchModuleOptions =
  | { kind: 'embedded' }
  | { kind: 'meilisearch'; url: string; apiKey?: string; requestTimeoutMs?: number; waitTimeoutMs?: number; maxTotalHits?: number };

/**
 * The search options the environment asks for: Meilisearch when `MEILI_URL` is set (with
 * `MEILI_MASTER_KEY` as API key), the embedded engine otherwise. Fails fast on a malformed URL.
 */
export function searchOptionsFromEnv(env: Record<string, string | undefined> = process.env): SearchModuleOptions {
  const url = env['MEILI_URL']?.trim();
  if (!url) return { kind: 'embedded' };
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new SearchEngineError('engine_error', `MEILI_URL is not a valid URL: ${JSON.stringify(url)}`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new SearchEngineError('engine_error', `MEILI_URL must be an http(s) URL, got ${JSON.stringify(url)}`);
  }
  const apiKey = env['MEILI_MASTER_KEY']?.trim();
  return { kind: 'meilisearch', url, ...(apiKey ? { apiKey } : {}) };
}

export function createSearchEngine(options: SearchModuleOptions): SearchEngine {
  switch (options.kind) {
    case 'embedded':
      return new EmbeddedSearchEngine();
    case 'meilisearch':
      return new MeilisearchSearchEngine({
        url: options.url,
        apiKey: options.apiKey,
        requestTimeoutMs: options.requestTimeoutMs,
        waitTimeoutMs: options.waitTimeoutMs,
        maxTotalHits: options.maxTotalHits,
      });
    default:
      throw new SearchEngineError('engine_error', `Unknown search engine kind ${JSON.stringify((options as { kind?: unknown }).kind)}`);
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
export class SearchModule {
  static forRoot(options: SearchModuleOptions): DynamicModule {
    return {
      module: SearchModule,
      global: true,
      providers: [{ provide: SearchEngine, useFactory: () => createSearchEngine(options) }, SearchHealthContributor],
      exports: [SearchEngine, SearchHealthContributor],
    };
  }
}
