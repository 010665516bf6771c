import { hostname } from 'node:os';
import pino, { DestinationStream, Logger, LoggerOptions } from 'pino';
import type { ServiceConfig } from '../config/service-config.model';

/**
 * Never logged: credentials in headers (the access line masks every credential-like header
 * itself; these catch headers logged any other way) and the values a failed query carried — a
 * TypeORM QueryFailedError holds its `parameters`, Postgres' `detail` and `where` quote the row.
 * (Bodies are never logged at all.)
 */
export const REDACTED_LOG_PATHS = [
  'req.headers.authorization',
  'req.headers["proxy-authorization"]',
  'req.headers.cookie',
  'req.headers["x-api-key"]',
  'res.headers["set-cookie"]',
  'err.parameters',
  'err.detail',
  'err.where',
  'err.driverError.parameters',
  'err.driverError.detail',
  'err.driverError.where',
];

/**
 * The service's root pino logger: JSON lines (level as label, ISO time) or pino-pretty, each line
 * with `service`. `destination` overrides the output (tests).
 */
export function createRootLogger(config: ServiceConfig, destination?: DestinationStream): Logger {
  const options: LoggerOptions = {
    level: config.log.level,
    base: { service: config.service, pid: process.pid, hostname: hostname() },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: { paths: REDACTED_LOG_PATHS, censor: '[REDACTED]' },
  };
  if (destination) {
    return pino({ ...options, formatters: { level: (label) => ({ level: label }) } }, destination);
  }
  if (config.log.format === 'pretty' && config.log.level !== 'silent') {
    return pino({
      ...options,
      transport: {
        target: 'pino-pretty',
        options: {
          singleLine: true,
          translateTime: 'SYS:HH:MM:ss.l',
          ignore: 'pid,hostname',
        },
      },
    });
  }
  return pino({
    ...options,
    formatters: { level: (label) => ({ level: label }) },
  });
}
