import { ConfigValidationError } from './config-validation.error';
import {
  DEV_DJI_NUMBER_HMAC_KEY,
  DEV_JWT_SECRET,
  loadServiceConfig,
} from './service-config.loader';

const SECRET_A = 'a'.repeat(32);
const SECRET_B = 'b'.repeat(40);
const PROD = {
  NODE_ENV: 'production',
  JWT_SECRET: SECRET_A,
  DJI_NUMBER_HMAC_KEY: SECRET_B,
};

function failure(service: 'matching' | 'employers' | 'training', env: NodeJS.ProcessEnv) {
  try {
    loadServiceConfig(service, env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigValidationError);
    return error as ConfigValidationError;
  }
  throw new Error('expected loadServiceConfig to throw');
}

describe('loadServiceConfig', () => {
  it('gives development defaults for an empty environment', () => {
    const config = loadServiceConfig('employers', {});
    expect(config).toMatchObject({
      service: 'employers',
      nodeEnv: 'development',
      isProduction: false,
      port: 3001,
      database: { dataDir: './data' },
      search: { kind: 'embedded' },
      auth: { mode: 'dev', jwtSecret: DEV_JWT_SECRET, jwtTtlSeconds: 28800 },
      pseudonymisation: { djiNumberHmacKey: DEV_DJI_NUMBER_HMAC_KEY },
      log: { level: 'info', format: 'pretty' },
      outbox: { pollIntervalMs: 250 },
    });
    expect(config.database.url).toBeUndefined();
    expect(config.kafka).toBeUndefined();
  });

  it('listens on loopback, trusts no proxy and bounds tokens to 12 h unless told otherwise', () => {
    const config = loadServiceConfig('matching', {});
    expect(config.host).toBe('127.0.0.1');
    expect(config.http).toEqual({ trustProxy: false, hsts: false });
    expect(config.auth.jwtMaxTtlSeconds).toBe(43_200);
    expect(config.auth.issuer).toBeUndefined();
    expect(config.rateLimits).toEqual({
      devToken: 120,
      djiLookup: 60,
      registration: 60,
    });
    const open = loadServiceConfig('matching', {
      HOST: '0.0.0.0',
      TRUST_PROXY: 'loopback, 10.0.0.0/8',
      HSTS: 'true',
      JWT_ISSUER: 'https://idp.example',
      JWT_AUDIENCE: 'bridge',
      EMBEDDED_DATABASE_PASSWORD: 'p'.repeat(20),
      RATE_LIMIT_DJI_LOOKUP: '5',
    });
    expect(open.host).toBe('0.0.0.0');
    expect(open.http).toEqual({
      trustProxy: ['loopback', '10.0.0.0/8'],
      hsts: true,
    });
    expect(open.auth).toMatchObject({
      issuer: 'https://idp.example',
      audience: 'bridge',
    });
    expect(open.rateLimits.djiLookup).toBe(5);
    expect(open.database.embeddedPassword).toBe('p'.repeat(20));
    expect(JSON.stringify(open)).not.toContain('p'.repeat(20));
  });

  it('defaults the port by service', () => {
    expect(loadServiceConfig('matching', {}).port).toBe(3000);
    expect(loadServiceConfig('employers', {}).port).toBe(3001);
    expect(loadServiceConfig('training', {}).port).toBe(3002);
  });

  it('lets the service-prefixed variable win over the plain one', () => {
    const env = {
      PORT: '4000',
      MATCHING_PORT: '4100',
      DATABASE_URL: 'postgres://u:p@db:5432/shared',
      TRAINING_DATABASE_URL: 'postgresql://u:p@db:5432/training',
      KAFKA_BROKERS: 'k1:9092, k2:9092',
      EMPLOYERS_KAFKA_CLIENT_ID: 'emp-custom',
    };
    expect(loadServiceConfig('matching', env).port).toBe(4100);
    expect(loadServiceConfig('employers', env).port).toBe(4000);
    expect(loadServiceConfig('matching', env).database.url).toBe('postgres://u:p@db:5432/shared');
    expect(loadServiceConfig('training', env).database.url).toBe(
      'postgresql://u:p@db:5432/training',
    );
    expect(loadServiceConfig('employers', env).kafka).toEqual({
      brokers: ['k1:9092', 'k2:9092'],
      clientId: 'emp-custom',
      startupTimeoutMs: 300_000,
    });
    expect(
      loadServiceConfig('employers', {
        ...env,
        EMPLOYERS_KAFKA_STARTUP_TIMEOUT_SECONDS: '30',
      }).kafka?.startupTimeoutMs,
    ).toBe(30_000);
    expect(loadServiceConfig('training', env).kafka?.clientId).toBe('bridge-training');
  });

  it('treats an empty value as not set', () => {
    const config = loadServiceConfig('matching', {
      PORT: '4000',
      MATCHING_PORT: '',
      DATABASE_URL: '',
    });
    expect(config.port).toBe(4000);
    expect(config.database.url).toBeUndefined();
  });

  it('keeps the best 20 suggestions per candidate, whatever their score, unless told otherwise', () => {
    expect(loadServiceConfig('matching', {}).match).toEqual({
      maxSuggestionsPerCandidate: 20,
      minScore: 0,
    });
    expect(
      loadServiceConfig('matching', {
        MATCH_MAX_SUGGESTIONS_PER_CANDIDATE: '5',
        MATCH_MIN_SCORE: '0.35',
      }).match,
    ).toEqual({ maxSuggestionsPerCandidate: 5, minScore: 0.35 });
  });

  it.each([
    [
      { MATCH_MAX_SUGGESTIONS_PER_CANDIDATE: '0' },
      'MATCH_MAX_SUGGESTIONS_PER_CANDIDATE: must be a whole number from 1 to 1000',
    ],
    [
      { MATCH_MAX_SUGGESTIONS_PER_CANDIDATE: '2.5' },
      'MATCH_MAX_SUGGESTIONS_PER_CANDIDATE: must be a whole number from 1 to 1000',
    ],
    [{ MATCH_MIN_SCORE: '1.5' }, 'MATCH_MIN_SCORE: must be a number from 0 to 1'],
    [{ MATCH_MIN_SCORE: '-0.1' }, 'MATCH_MIN_SCORE: must be a number from 0 to 1'],
    [{ MATCH_MIN_SCORE: 'high' }, 'MATCH_MIN_SCORE: must be a number from 0 to 1'],
  ])('refuses the suggestion bound %j', (env, message) => {
    expect(() => loadServiceConfig('matching', env)).toThrow(message);
  });

  it('configures Meilisearch when MEILI_URL is set', () => {
    const config = loadServiceConfig('matching', {
      MEILI_URL: 'http://meili:7700',
      MEILI_MASTER_KEY: 'key',
    });
    expect(config.search).toEqual({
      kind: 'meilisearch',
      url: 'http://meili:7700',
      masterKey: 'key',
      requestTimeoutMs: 10_000,
    });
  });

  it('chooses the search engine: SEARCH_ENGINE, else Meilisearch with MEILI_URL, else embedded', () => {
    expect(loadServiceConfig('matching', {}).search).toEqual({ kind: 'embedded' });
    expect(loadServiceConfig('matching', { SEARCH_ENGINE: 'embedded' }).search).toEqual({
      kind: 'embedded',
    });
    expect(
      loadServiceConfig('matching', {
        SEARCH_ENGINE: 'postgres',
        DATABASE_URL: 'postgres://app@db/matching',
      }).search,
    ).toEqual({ kind: 'postgres' });
    expect(
      loadServiceConfig('matching', {
        SEARCH_ENGINE: 'meilisearch',
        MEILI_URL: 'http://meili:7700',
      }).search.kind,
    ).toBe('meilisearch');
  });

  it.each([
    [{ SEARCH_ENGINE: 'orama' }, 'SEARCH_ENGINE: must be one of embedded, postgres, meilisearch'],
    [
      { SEARCH_ENGINE: 'postgres' },
      'SEARCH_ENGINE: is "postgres" (the service\'s own database) but DATABASE_URL is not set',
    ],
    [{ SEARCH_ENGINE: 'meilisearch' }, 'SEARCH_ENGINE: is "meilisearch" but MEILI_URL is not set'],
    [
      { SEARCH_ENGINE: 'embedded', MEILI_URL: 'http://meili:7700' },
      'MEILI_URL: is set but SEARCH_ENGINE is "embedded"',
    ],
  ])('refuses the search settings %j', (env, message) => {
    expect(() => loadServiceConfig('matching', env)).toThrow(message);
  });

  it('bounds each Meilisearch request by MEILI_TIMEOUT_MS', () => {
    const config = loadServiceConfig('matching', {
      MEILI_URL: 'http://meili:7700',
      MEILI_TIMEOUT_MS: '750',
    });
    expect(config.search).toEqual({
      kind: 'meilisearch',
      url: 'http://meili:7700',
      requestTimeoutMs: 750,
    });
  });

  it('refuses a MEILI_TIMEOUT_MS out of range or without MEILI_URL', () => {
    expect(() =>
      loadServiceConfig('matching', {
        MEILI_URL: 'http://meili:7700',
        MEILI_TIMEOUT_MS: '0',
      }),
    ).toThrow(/MEILI_TIMEOUT_MS: must be a whole number from 100 to 600000/);
    expect(() => loadServiceConfig('matching', { MEILI_TIMEOUT_MS: '500' })).toThrow(
      /MEILI_TIMEOUT_MS: is set but MEILI_URL is not/,
    );
  });

  it('uses jwt auth and json logs in production', () => {
    const config = loadServiceConfig('matching', PROD);
    expect(config.auth.mode).toBe('jwt');
    expect(config.auth.jwtSecret).toBe(SECRET_A);
    expect(config.log.format).toBe('json');
  });

  it('is frozen and masks secrets when serialised', () => {
    const config = loadServiceConfig('matching', {
      ...PROD,
      DATABASE_URL: 'postgres://user:hunter2@db/x',
    });
    expect(Object.isFrozen(config.auth)).toBe(true);
    const json = JSON.stringify(config);
    expect(json).not.toContain(SECRET_A);
    expect(json).not.toContain(SECRET_B);
    expect(json).not.toContain('hunter2');
    expect(json).toContain('"service":"matching"');
  });

  describe('failures name the variable', () => {
    it.each([
      [{ NODE_ENV: 'staging' }, 'NODE_ENV', 'must be one of development, test, production'],
      [{ PORT: 'abc' }, 'PORT', 'whole number'],
      [{ MATCHING_PORT: '70000' }, 'MATCHING_PORT', 'whole number from 0 to 65535'],
      [{ DATABASE_URL: 'mysql://db/x' }, 'DATABASE_URL', 'postgres://'],
      [{ KAFKA_BROKERS: 'k1:9092,nope' }, 'KAFKA_BROKERS', 'bad: nope'],
      [{ KAFKA_BROKERS: 'k1:9092', KAFKA_CLIENT_ID: 'a b' }, 'KAFKA_CLIENT_ID', 'may hold only'],
      [
        { KAFKA_STARTUP_TIMEOUT_SECONDS: '0' },
        'KAFKA_STARTUP_TIMEOUT_SECONDS',
        'whole number from 1 to 86400',
      ],
      [{ MEILI_URL: 'meili:7700' }, 'MEILI_URL', 'http://'],
      [{ MEILI_MASTER_KEY: 'k' }, 'MEILI_MASTER_KEY', 'MEILI_URL is not'],
      [{ AUTH_MODE: 'none' }, 'AUTH_MODE', 'must be one of dev, jwt'],
      [{ JWT_SECRET: 'short' }, 'JWT_SECRET', 'at least 32 characters'],
      [{ JWT_TTL_SECONDS: '-5' }, 'JWT_TTL_SECONDS', 'whole number'],
      [{ DJI_NUMBER_HMAC_KEY: 'short' }, 'DJI_NUMBER_HMAC_KEY', 'at least 32 characters'],
      [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL', 'must be one of'],
      [{ LOG_FORMAT: 'xml' }, 'LOG_FORMAT', 'must be one of json, pretty'],
      [{ HOST: 'everywhere' }, 'HOST', 'must be an IP address'],
      [
        { EMBEDDED_DATABASE_PASSWORD: 'short' },
        'EMBEDDED_DATABASE_PASSWORD',
        '16 to 128 printable',
      ],
      [{ JWT_MAX_TTL_SECONDS: '99999999' }, 'JWT_MAX_TTL_SECONDS', 'from 60'],
      [
        { JWT_TTL_SECONDS: '7200', JWT_MAX_TTL_SECONDS: '3600' },
        'JWT_TTL_SECONDS',
        'must not exceed JWT_MAX_TTL_SECONDS',
      ],
      [{ JWT_ISSUER: 'a b' }, 'JWT_ISSUER', 'without spaces'],
      [{ JWT_AUDIENCE: 'x'.repeat(300) }, 'JWT_AUDIENCE', '1 to 256'],
      [{ TRUST_PROXY: 'loopback, proxy.local' }, 'TRUST_PROXY', 'bad: proxy.local'],
      [{ TRUST_PROXY: '10.0.0.0/40' }, 'TRUST_PROXY', 'bad: 10.0.0.0/40'],
      [{ HSTS: 'yes' }, 'HSTS', 'true or false'],
      [{ RATE_LIMIT_DEV_TOKEN: '0' }, 'RATE_LIMIT_DEV_TOKEN', 'from 1'],
      [{ RATE_LIMIT_DJI_LOOKUP: 'many' }, 'RATE_LIMIT_DJI_LOOKUP', 'whole number'],
      [{ RATE_LIMIT_REGISTRATION: '-1' }, 'RATE_LIMIT_REGISTRATION', 'whole number'],
      [{ OUTBOX_POLL_INTERVAL_MS: '1' }, 'OUTBOX_POLL_INTERVAL_MS', 'from 10 to 60000'],
    ])('%j → %s', (env, variable, why) => {
      const error = failure('matching', env);
      expect(error.issues).toEqual([expect.objectContaining({ variable })]);
      expect(error.message).toContain(`${variable}: `);
      expect(error.message).toContain(why);
    });

    it('lists every bad variable at once', () => {
      const error = failure('training', {
        PORT: 'x',
        TRAINING_LOG_LEVEL: 'loud',
        AUTH_MODE: '?',
      });
      expect(error.issues.map((i) => i.variable).sort()).toEqual([
        'AUTH_MODE',
        'PORT',
        'TRAINING_LOG_LEVEL',
      ]);
    });

    it('echoes plain values but never secrets', () => {
      expect(failure('matching', { PORT: 'abc' }).message).toContain('(got "abc")');
      const error = failure('matching', {
        JWT_SECRET: 'tiny-secret',
        DATABASE_URL: 'x://pw@h',
      });
      expect(error.message).not.toContain('tiny-secret');
      expect(error.message).not.toContain('pw@h');
    });
  });

  describe('production', () => {
    it('refuses dev auth', () => {
      const error = failure('matching', { ...PROD, MATCHING_AUTH_MODE: 'dev' });
      expect(error.issues).toEqual([
        {
          variable: 'MATCHING_AUTH_MODE',
          message: expect.stringContaining('refused'),
        },
      ]);
    });

    it('requires both secrets', () => {
      const error = failure('employers', { NODE_ENV: 'production' });
      expect(error.issues.map((i) => i.variable)).toEqual([
        'JWT_SECRET (or EMPLOYERS_JWT_SECRET)',
        'DJI_NUMBER_HMAC_KEY (or EMPLOYERS_DJI_NUMBER_HMAC_KEY)',
      ]);
      expect(error.message).toContain('required when NODE_ENV=production');
    });

    it('refuses the development defaults and a shared secret', () => {
      expect(failure('matching', { ...PROD, JWT_SECRET: DEV_JWT_SECRET }).issues[0].variable).toBe(
        'JWT_SECRET',
      );
      expect(
        failure('matching', {
          ...PROD,
          DJI_NUMBER_HMAC_KEY: DEV_DJI_NUMBER_HMAC_KEY,
        }).issues[0].variable,
      ).toBe('DJI_NUMBER_HMAC_KEY');
      expect(
        failure('matching', { ...PROD, DJI_NUMBER_HMAC_KEY: SECRET_A }).issues[0].message,
      ).toContain('must differ from JWT_SECRET');
    });

    it('requires a Meilisearch key with MEILI_URL', () => {
      const error = failure('matching', {
        ...PROD,
        MEILI_URL: 'https://meili:7700',
      });
      expect(error.issues[0].variable).toBe('MEILI_MASTER_KEY (or MATCHING_MEILI_MASTER_KEY)');
    });
  });
});
