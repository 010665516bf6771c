import { isIP } from 'node:net';
import { z } from 'zod';

/** Every setting a service reads, by its plain environment name. */
export const SETTING_NAMES = [
  'NODE_ENV',
  'HOST',
  'PORT',
  'DATABASE_URL',
  'DATA_DIR',
  'EMBEDDED_DATABASE_PASSWORD',
  'KAFKA_BROKERS',
  'KAFKA_CLIENT_ID',
  'KAFKA_TOPIC_PREFIX',
  'KAFKA_STARTUP_TIMEOUT_SECONDS',
  'SEARCH_ENGINE',
  'MEILI_URL',
  'MEILI_MASTER_KEY',
  'MEILI_TIMEOUT_MS',
  'AUTH_MODE',
  'JWT_SECRET',
  'JWT_TTL_SECONDS',
  'JWT_MAX_TTL_SECONDS',
  'JWT_ISSUER',
  'JWT_AUDIENCE',
  'DJI_NUMBER_HMAC_KEY',
  'LOG_LEVEL',
  'LOG_FORMAT',
  'OUTBOX_POLL_INTERVAL_MS',
  'TRUST_PROXY',
  'HSTS',
  'RATE_LIMIT_DEV_TOKEN',
  'RATE_LIMIT_DJI_LOOKUP',
  'RATE_LIMIT_REGISTRATION',
  'MATCH_MAX_SUGGESTIONS_PER_CANDIDATE',
  'MATCH_MIN_SCORE',
] as const;
export type SettingName = (typeof SETTING_NAMES)[number];

/** Settings whose values never appear in error messages. */
export const SECRET_SETTINGS: ReadonlySet<SettingName> = new Set<SettingName>([
  'DATABASE_URL',
  'EMBEDDED_DATABASE_PASSWORD',
  'MEILI_MASTER_KEY',
  'JWT_SECRET',
  'DJI_NUMBER_HMAC_KEY',
]);

export const MIN_SECRET_LENGTH = 32;

const wholeNumber = (min: number, max: number) =>
  z.string().transform((raw, ctx) => {
    const value = Number(raw.trim());
    if (!/^\d+$/.test(raw.trim()) || value < min || value > max) {
      ctx.addIssue({
        code: 'custom',
        message: `must be a whole number from ${min} to ${max}`,
      });
      return z.NEVER;
    }
    return value;
  });

/** A decimal such as 0.35, within [min, max]. */
const decimal = (min: number, max: number) =>
  z.string().transform((raw, ctx) => {
    const value = Number(raw.trim());
    if (!/^\d+(\.\d+)?$/.test(raw.trim()) || value < min || value > max) {
      ctx.addIssue({
        code: 'custom',
        message: `must be a number from ${min} to ${max}`,
      });
      return z.NEVER;
    }
    return value;
  });

const urlWithProtocol = (protocols: readonly string[], message: string) =>
  z.string().refine((raw) => {
    try {
      const url = new URL(raw);
      return protocols.includes(url.protocol) && url.hostname !== '';
    } catch {
      return false;
    }
  }, message);

const BROKER = /^[A-Za-z0-9.-]+:(\d{1,5})$/;

const brokerList = z.string().transform((raw, ctx) => {
  const brokers = raw
    .split(',')
    .map((b) => b.trim())
    .filter((b) => b !== '');
  const bad = brokers.filter((b) => {
    const match = BROKER.exec(b);
    return !match || Number(match[1]) < 1 || Number(match[1]) > 65535;
  });
  if (brokers.length === 0 || bad.length > 0) {
    ctx.addIssue({
      code: 'custom',
      message:
        'must be a comma-separated list of host:port' +
        (bad.length ? ` (bad: ${bad.join(', ')})` : ''),
    });
    return z.NEVER;
  }
  return brokers;
});

/** An address to listen on: an IPv4 or IPv6 literal (`0.0.0.0` opens every interface) or `localhost`. */
const listenAddress = z
  .string()
  .refine(
    (raw) => raw === 'localhost' || isIP(raw) !== 0,
    'must be an IP address (e.g. 127.0.0.1, 0.0.0.0, ::1) or localhost',
  );

/** Express `trust proxy`: `false`, or addresses, subnets and the names loopback, linklocal, uniquelocal. */
const proxyList = z.string().transform((raw, ctx) => {
  if (raw.trim() === 'false') return false as const;
  const entries = raw
    .split(',')
    .map((e) => e.trim())
    .filter((e) => e !== '');
  const named = ['loopback', 'linklocal', 'uniquelocal'];
  const bad = entries.filter((e) => {
    const [address, bits, extra] = e.split('/');
    if (extra !== undefined) return true;
    if (named.includes(e)) return false;
    const family = isIP(address);
    return (
      family === 0 ||
      (bits !== undefined && !(/^\d{1,3}$/.test(bits) && Number(bits) <= (family === 4 ? 32 : 128)))
    );
  });
  if (entries.length === 0 || bad.length > 0) {
    ctx.addIssue({
      code: 'custom',
      message:
        'must be false or a comma-separated list of addresses, subnets (10.0.0.0/8) or loopback, linklocal, uniquelocal' +
        (bad.length ? ` (bad: ${bad.join(', ')})` : ''),
    });
    return z.NEVER;
  }
  return entries;
});

const bool = z
  .enum(['true', 'false'], { error: 'must be true or false' })
  .transform((raw) => raw === 'true');

/** Issuer and audience are compared as given: printable, no spaces. */
const claimValue = z.string().regex(/^[\x21-\x7E]{1,256}$/, {
  error: 'must be 1 to 256 printable characters without spaces',
});

const secret = z.string().min(MIN_SECRET_LENGTH, {
  error: `must be at least ${MIN_SECRET_LENGTH} characters long`,
});

const oneOf = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: `must be one of ${values.join(', ')}` });

/**
 * Field-level rules for the (already prefix-resolved) environment. Rules that relate several
 * settings (production refuses dev auth, secrets required in production, ...) live in the loader,
 * so that every bad variable is reported in one go.
 */
export const settingsSchema = z.object({
  NODE_ENV: oneOf(['development', 'test', 'production']).default('development'),
  HOST: listenAddress.default('127.0.0.1'),
  PORT: wholeNumber(0, 65535).optional(),
  DATABASE_URL: urlWithProtocol(
    ['postgres:', 'postgresql:'],
    'must be a postgres:// or postgresql:// URL with a host',
  ).optional(),
  DATA_DIR: z.string().default('./data'),
  EMBEDDED_DATABASE_PASSWORD: z
    .string()
    .regex(/^[\x21-\x7E]{16,128}$/, {
      error: 'must be 16 to 128 printable characters without spaces',
    })
    .optional(),
  KAFKA_BROKERS: brokerList.optional(),
  KAFKA_CLIENT_ID: z
    .string()
    .regex(/^[A-Za-z0-9._-]{1,249}$/, {
      error: 'may hold only letters, digits, ".", "_" and "-"',
    })
    .optional(),
  KAFKA_TOPIC_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9._-]{1,100}$/, {
      error: 'may hold only letters, digits, ".", "_" and "-"',
    })
    .optional(),
  KAFKA_STARTUP_TIMEOUT_SECONDS: wholeNumber(1, 24 * 3600).optional(),
  SEARCH_ENGINE: oneOf(['embedded', 'postgres', 'meilisearch']).optional(),
  MEILI_URL: urlWithProtocol(['http:', 'https:'], 'must be an http:// or https:// URL').optional(),
  MEILI_MASTER_KEY: z.string().optional(),
  MEILI_TIMEOUT_MS: wholeNumber(100, 600_000).optional(),
  AUTH_MODE: oneOf(['dev', 'jwt']).optional(),
  JWT_SECRET: secret.optional(),
  JWT_TTL_SECONDS: wholeNumber(60, 7 * 24 * 3600).optional(),
  JWT_MAX_TTL_SECONDS: wholeNumber(60, 7 * 24 * 3600).optional(),
  JWT_ISSUER: claimValue.optional(),
  JWT_AUDIENCE: claimValue.optional(),
  DJI_NUMBER_HMAC_KEY: secret.optional(),
  LOG_LEVEL: oneOf(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  LOG_FORMAT: oneOf(['json', 'pretty']).optional(),
  OUTBOX_POLL_INTERVAL_MS: wholeNumber(10, 60_000).optional(),
  TRUST_PROXY: proxyList.optional(),
  HSTS: bool.optional(),
  RATE_LIMIT_DEV_TOKEN: wholeNumber(1, 100_000).optional(),
  RATE_LIMIT_DJI_LOOKUP: wholeNumber(1, 100_000).optional(),
  RATE_LIMIT_REGISTRATION: wholeNumber(1, 100_000).optional(),
  MATCH_MAX_SUGGESTIONS_PER_CANDIDATE: wholeNumber(1, 1000).optional(),
  MATCH_MIN_SCORE: decimal(0, 1).optional(),
});
export type ParsedSettings = z.output<typeof settingsSchema>;
