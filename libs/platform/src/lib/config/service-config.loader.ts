import { ConfigIssue, ConfigValidationError } from './config-validation.error';
import { DEFAULT_PORTS, SERVICE_NAMES, ServiceConfig, ServiceName } from './service-config.model';
import {
  ParsedSettings,
  SECRET_SETTINGS,
  SETTING_NAMES,
  SettingName,
  settingsSchema,
} from './service-config.schema';

/** Used outside production when JWT_SECRET is not set; refused in production. */
export const DEV_JWT_SECRET = 'bridge-dev-only-jwt-secret-NOT-FOR-PRODUCTION';
/** Used outside production when DJI_NUMBER_HMAC_KEY is not set; refused in production. */
export const DEV_DJI_NUMBER_HMAC_KEY = 'bridge-dev-only-dji-number-hmac-key-NOT-FOR-PRODUCTION';

/** Generous for a healthy Meilisearch (writes wait for their task by polling, each poll is one request). */
export const DEFAULT_MEILI_TIMEOUT_MS = 10_000;

interface ResolvedEnv {
  values: Partial<Record<SettingName, string>>;
  /** The variable each value came from (`MATCHING_PORT` or `PORT`). */
  sources: Record<SettingName, string>;
}

/**
 * Reads and validates the configuration of one service. A service-prefixed variable
 * (`MATCHING_DATABASE_URL`) wins over the plain one (`DATABASE_URL`); an empty value counts as
 * not set. Throws a `ConfigValidationError` naming every bad variable.
 */
export function loadServiceConfig(
  service: ServiceName,
  env: NodeJS.ProcessEnv = process.env,
): ServiceConfig {
  if (!SERVICE_NAMES.includes(service)) {
    throw new Error(`Unknown service "${service}"; expected one of ${SERVICE_NAMES.join(', ')}`);
  }
  const { values, sources } = resolveEnv(service, env);
  const issues: ConfigIssue[] = [];

  const parsed = settingsSchema.safeParse(values);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const key = issue.path[0] as SettingName;
      const got = SECRET_SETTINGS.has(key) ? '' : ` (got "${truncate(values[key] ?? '')}")`;
      issues.push({ variable: sources[key], message: issue.message + got });
    }
  }
  issues.push(...crossSettingIssues(service, values, sources));

  if (issues.length > 0 || !parsed.success) {
    throw new ConfigValidationError(service, issues);
  }
  return build(service, parsed.data);
}

function resolveEnv(service: ServiceName, env: NodeJS.ProcessEnv): ResolvedEnv {
  const prefix = `${service.toUpperCase()}_`;
  const values: Partial<Record<SettingName, string>> = {};
  const sources = {} as Record<SettingName, string>;
  for (const name of SETTING_NAMES) {
    const prefixed = env[prefix + name];
    const plain = env[name];
    if (prefixed !== undefined && prefixed !== '') {
      values[name] = prefixed;
      sources[name] = prefix + name;
    } else {
      if (plain !== undefined && plain !== '') values[name] = plain;
      sources[name] = name;
    }
  }
  return { values, sources };
}

function crossSettingIssues(
  service: ServiceName,
  values: Partial<Record<SettingName, string>>,
  sources: Record<SettingName, string>,
): ConfigIssue[] {
  const issues: ConfigIssue[] = [];
  const missing = (name: SettingName) => `${name} (or ${service.toUpperCase()}_${name})`;
  const production = values.NODE_ENV === 'production';

  if (production && values.AUTH_MODE === 'dev') {
    issues.push({
      variable: sources.AUTH_MODE,
      message: 'dev tokens are refused when NODE_ENV=production; use AUTH_MODE=jwt',
    });
  }
  for (const name of ['MEILI_MASTER_KEY', 'MEILI_TIMEOUT_MS'] as const) {
    if (values[name] !== undefined && values.MEILI_URL === undefined) {
      issues.push({
        variable: sources[name],
        message: 'is set but MEILI_URL is not',
      });
    }
  }
  if (values.SEARCH_ENGINE === 'meilisearch' && values.MEILI_URL === undefined) {
    issues.push({
      variable: sources.SEARCH_ENGINE,
      message: 'is "meilisearch" but MEILI_URL is not set',
    });
  }
  if (
    values.SEARCH_ENGINE !== undefined &&
    values.SEARCH_ENGINE !== 'meilisearch' &&
    values.MEILI_URL !== undefined
  ) {
    issues.push({
      variable: sources.MEILI_URL,
      message: `is set but SEARCH_ENGINE is "${values.SEARCH_ENGINE}"`,
    });
  }
  if (values.SEARCH_ENGINE === 'postgres' && values.DATABASE_URL === undefined) {
    issues.push({
      variable: sources.SEARCH_ENGINE,
      message: 'is "postgres" (the service\'s own database) but DATABASE_URL is not set',
    });
  }
  const ttl = Number(values.JWT_TTL_SECONDS ?? 28_800);
  const maxTtl = Number(values.JWT_MAX_TTL_SECONDS ?? DEFAULT_JWT_MAX_TTL_SECONDS);
  if (ttl > maxTtl) {
    issues.push({
      variable: sources.JWT_TTL_SECONDS,
      message: `must not exceed JWT_MAX_TTL_SECONDS (${maxTtl}): the issued tokens would be refused`,
    });
  }
  if (!production) return issues;

  if (values.MEILI_URL !== undefined && values.MEILI_MASTER_KEY === undefined) {
    issues.push({
      variable: missing('MEILI_MASTER_KEY'),
      message: 'is required when MEILI_URL is set and NODE_ENV=production',
    });
  }
  const secrets: [SettingName, string][] = [
    ['JWT_SECRET', DEV_JWT_SECRET],
    ['DJI_NUMBER_HMAC_KEY', DEV_DJI_NUMBER_HMAC_KEY],
  ];
  for (const [name, devDefault] of secrets) {
    if (values[name] === undefined) {
      issues.push({
        variable: missing(name),
        message: 'is required when NODE_ENV=production (at least 32 characters)',
      });
    } else if (values[name] === devDefault) {
      issues.push({
        variable: sources[name],
        message: 'must not be the development default in production',
      });
    }
  }
  if (values.JWT_SECRET !== undefined && values.JWT_SECRET === values.DJI_NUMBER_HMAC_KEY) {
    issues.push({
      variable: sources.DJI_NUMBER_HMAC_KEY,
      message: 'must differ from JWT_SECRET',
    });
  }
  return issues;
}

/** Tokens live at most this long unless JWT_MAX_TTL_SECONDS says otherwise (a working day plus margin). */
export const DEFAULT_JWT_MAX_TTL_SECONDS = 12 * 3600;

/** An advisor reviews a short list: the best 20 of every target that passes the hard rules, however low. */
export const DEFAULT_MATCH = {
  maxSuggestionsPerCandidate: 20,
  minScore: 0,
} as const;

/** Requests per minute and principal when the RATE_LIMIT_* settings are not given. */
export const DEFAULT_RATE_LIMITS = {
  devToken: 120,
  djiLookup: 60,
  registration: 60,
} as const;

function build(service: ServiceName, s: ParsedSettings): ServiceConfig {
  const isProduction = s.NODE_ENV === 'production';
  return new ServiceConfig({
    service,
    nodeEnv: s.NODE_ENV,
    isProduction,
    host: s.HOST,
    port: s.PORT ?? DEFAULT_PORTS[service],
    database: {
      ...(s.DATABASE_URL && { url: s.DATABASE_URL }),
      dataDir: s.DATA_DIR === ':memory:' ? null : s.DATA_DIR,
      ...(s.EMBEDDED_DATABASE_PASSWORD && {
        embeddedPassword: s.EMBEDDED_DATABASE_PASSWORD,
      }),
    },
    ...(s.KAFKA_BROKERS && {
      kafka: {
        brokers: s.KAFKA_BROKERS,
        clientId: s.KAFKA_CLIENT_ID ?? `bridge-${service}`,
        ...(s.KAFKA_TOPIC_PREFIX && { topicPrefix: s.KAFKA_TOPIC_PREFIX }),
        startupTimeoutMs: (s.KAFKA_STARTUP_TIMEOUT_SECONDS ?? 300) * 1000,
      },
    }),
    search: s.MEILI_URL
      ? {
          kind: 'meilisearch',
          url: s.MEILI_URL,
          ...(s.MEILI_MASTER_KEY && { masterKey: s.MEILI_MASTER_KEY }),
          requestTimeoutMs: s.MEILI_TIMEOUT_MS ?? DEFAULT_MEILI_TIMEOUT_MS,
        }
      : { kind: s.SEARCH_ENGINE === 'postgres' ? 'postgres' : 'embedded' },
    auth: {
      mode: s.AUTH_MODE ?? (isProduction ? 'jwt' : 'dev'),
      jwtSecret: s.JWT_SECRET ?? DEV_JWT_SECRET,
      jwtTtlSeconds: s.JWT_TTL_SECONDS ?? 28_800,
      jwtMaxTtlSeconds: s.JWT_MAX_TTL_SECONDS ?? DEFAULT_JWT_MAX_TTL_SECONDS,
      ...(s.JWT_ISSUER && { issuer: s.JWT_ISSUER }),
      ...(s.JWT_AUDIENCE && { audience: s.JWT_AUDIENCE }),
    },
    http: { trustProxy: s.TRUST_PROXY ?? false, hsts: s.HSTS ?? false },
    rateLimits: {
      devToken: s.RATE_LIMIT_DEV_TOKEN ?? DEFAULT_RATE_LIMITS.devToken,
      djiLookup: s.RATE_LIMIT_DJI_LOOKUP ?? DEFAULT_RATE_LIMITS.djiLookup,
      registration: s.RATE_LIMIT_REGISTRATION ?? DEFAULT_RATE_LIMITS.registration,
    },
    pseudonymisation: {
      djiNumberHmacKey: s.DJI_NUMBER_HMAC_KEY ?? DEV_DJI_NUMBER_HMAC_KEY,
    },
    log: {
      level: s.LOG_LEVEL,
      format: s.LOG_FORMAT ?? (isProduction ? 'json' : 'pretty'),
    },
    outbox: { pollIntervalMs: s.OUTBOX_POLL_INTERVAL_MS ?? 250 },
    match: {
      maxSuggestionsPerCandidate:
        s.MATCH_MAX_SUGGESTIONS_PER_CANDIDATE ?? DEFAULT_MATCH.maxSuggestionsPerCandidate,
      minScore: s.MATCH_MIN_SCORE ?? DEFAULT_MATCH.minScore,
    },
  });
}

function truncate(value: string): string {
  return value.length > 60 ? `${value.slice(0, 57)}...` : value;
}
