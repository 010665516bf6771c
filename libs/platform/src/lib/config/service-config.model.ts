import { SERVICES, type ServiceName } from '@bridge/contracts';

/** The services, as named once in the event contracts. */
export const SERVICE_NAMES = SERVICES;
export type { ServiceName };

export const DEFAULT_PORTS: Readonly<Record<ServiceName, number>> = {
  matching: 3000,
  employers: 3001,
  training: 3002,
};

export type NodeEnv = 'development' | 'test' | 'production';
export type AuthMode = 'dev' | 'jwt';
export type LogFormat = 'json' | 'pretty';
export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

/**
 * Where the search port points (SEARCH_ENGINE): a Meilisearch server, tables in the service's own
 * Postgres database (DATABASE_URL), or the in-process engine (Postgres search on a PGlite of its own).
 */
export type SearchConfig =
  | {
      readonly kind: 'meilisearch';
      readonly url: string;
      readonly masterKey?: string;
      /** How long one HTTP request to Meilisearch may take: a server that hangs fails it, never blocks forever. */
      readonly requestTimeoutMs: number;
    }
  | { readonly kind: 'postgres' }
  | { readonly kind: 'embedded' };

export interface ServiceConfigValues {
  readonly service: ServiceName;
  readonly nodeEnv: NodeEnv;
  readonly isProduction: boolean;
  /** The address HTTP listens on: loopback unless HOST opens it (e.g. 0.0.0.0 in a container). */
  readonly host: string;
  readonly port: number;
  /**
   * `url` absent: the embedded database, kept under `dataDir` (in memory when null: DATA_DIR=:memory:),
   * reachable only with `embeddedPassword` (generated per data folder when not configured).
   */
  readonly database: {
    readonly url?: string;
    readonly dataDir: string | null;
    readonly embeddedPassword?: string;
  };
  /** Absent: the in-process event bus. */
  readonly kafka?: {
    readonly brokers: readonly string[];
    readonly clientId: string;
    /** Prefixed to topics and groups, so environments can share a cluster. */
    readonly topicPrefix?: string;
    /** How long start-up waits for an unreachable or settling cluster before the service gives up. */
    readonly startupTimeoutMs: number;
  };
  readonly search: SearchConfig;
  readonly auth: {
    readonly mode: AuthMode;
    readonly jwtSecret: string;
    /** Lifetime of the dev tokens this service issues. */
    readonly jwtTtlSeconds: number;
    /** The longest lifetime (exp − iat) of a token this service accepts; tokens without exp are refused. */
    readonly jwtMaxTtlSeconds: number;
    /** When set, tokens must carry this `iss` (and dev tokens are issued with it). */
    readonly issuer?: string;
    /** When set, tokens must carry this `aud` (and dev tokens are issued with it). */
    readonly audience?: string;
  };
  readonly http: {
    /** Express `trust proxy`: which proxies' x-forwarded-* headers are believed (false: none). */
    readonly trustProxy: false | readonly string[];
    /** Send Strict-Transport-Security on every answer (else only on requests that came over TLS). */
    readonly hsts: boolean;
  };
  /** Requests per minute and principal (or address, before sign-in) of the limited routes. */
  readonly rateLimits: {
    readonly devToken: number;
    readonly djiLookup: number;
    readonly registration: number;
  };
  readonly pseudonymisation: { readonly djiNumberHmacKey: string };
  readonly log: { readonly level: LogLevel; readonly format: LogFormat };
  readonly outbox: { readonly pollIntervalMs: number };
  /** What the match engine keeps per candidate (matching only). */
  readonly match: {
    /** The open suggestions a candidate keeps: the best this many by score; reviewed ones are kept besides. */
    readonly maxSuggestionsPerCandidate: number;
    /** A target scoring below this is not suggested (0..1; 0: every target that passes the hard rules). */
    readonly minScore: number;
  };
}

const MASK = '[REDACTED]';

/**
 * The validated, typed configuration of one service. It is also the Nest injection token:
 * `constructor(private readonly config: ServiceConfig)`. Build it with `loadServiceConfig()`.
 * Deeply frozen; `JSON.stringify` masks the secrets.
 */
export class ServiceConfig implements ServiceConfigValues {
  declare readonly service: ServiceName;
  declare readonly nodeEnv: NodeEnv;
  declare readonly isProduction: boolean;
  declare readonly host: string;
  declare readonly port: number;
  declare readonly database: ServiceConfigValues['database'];
  declare readonly kafka?: ServiceConfigValues['kafka'];
  declare readonly search: SearchConfig;
  declare readonly auth: ServiceConfigValues['auth'];
  declare readonly http: ServiceConfigValues['http'];
  declare readonly rateLimits: ServiceConfigValues['rateLimits'];
  declare readonly pseudonymisation: ServiceConfigValues['pseudonymisation'];
  declare readonly log: ServiceConfigValues['log'];
  declare readonly outbox: ServiceConfigValues['outbox'];
  declare readonly match: ServiceConfigValues['match'];

  constructor(values: ServiceConfigValues) {
    Object.assign(this, values);
    deepFreeze(this);
  }

  toJSON(): object {
    return {
      ...this,
      database: {
        ...this.database,
        url: this.database.url && maskUrlPassword(this.database.url),
        embeddedPassword: this.database.embeddedPassword && MASK,
      },
      search:
        this.search.kind === 'meilisearch' ? { ...this.search, masterKey: MASK } : this.search,
      auth: { ...this.auth, jwtSecret: MASK },
      pseudonymisation: { djiNumberHmacKey: MASK },
    };
  }
}

function maskUrlPassword(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = MASK;
    return parsed.toString();
  } catch {
    return MASK;
  }
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
