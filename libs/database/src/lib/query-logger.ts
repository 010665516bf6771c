import type { Logger as TypeOrmLogger } from 'typeorm';

/** The structured logger the service writes through (a pino logger). */
export interface StructuredLogger {
  error(fields: object, message: string): void;
  warn(fields: object, message: string): void;
  info(fields: object, message: string): void;
  debug(fields: object, message: string): void;
}

/** Queries slower than this are logged (as a warning, without their values). */
export const SLOW_QUERY_MS = 1_000;

/** Postgres quotes a rejected input value at the end of its message: `… for type uuid: "…"`. */
const QUOTED_VALUE = /: ".*"$/s;

/** The SQLSTATE fields that name what failed but never carry a value (unlike `detail` or `where`). */
const SAFE_ERROR_FIELDS = ['code', 'table', 'column', 'constraint', 'routine'] as const;

function describeError(error: string | Error): Record<string, unknown> {
  const source = (typeof error === 'string' ? { message: error } : error) as Record<
    string,
    unknown
  >;
  const fields: Record<string, unknown> = {
    message: String(source['message'] ?? '').replace(QUOTED_VALUE, ': [REDACTED]'),
  };
  for (const name of SAFE_ERROR_FIELDS) {
    if (typeof source[name] === 'string') fields[name] = source[name];
  }
  return fields;
}

/**
 * TypeORM's logger for the services: failed and slow queries go to the service's structured
 * logger as one JSON line each, with the SQL text (parameterised) but never the parameter values
 * or Postgres' `detail` (which quotes the offending row): request values stay out of the logs.
 * `logger()` is asked on every call, so a line written during a request carries its requestId.
 */
export class QueryLogger implements TypeOrmLogger {
  constructor(private readonly logger: () => StructuredLogger) {}

  logQuery(): void {
    // Successful queries are not logged: too many, and nothing to act on.
  }

  logQueryError(error: string | Error, query: string): void {
    this.logger().error({ query, dbError: describeError(error) }, 'database query failed');
  }

  logQuerySlow(time: number, query: string): void {
    this.logger().warn({ query, durationMs: time }, 'slow database query');
  }

  logSchemaBuild(message: string): void {
    this.logger().debug({ context: 'TypeORM' }, message);
  }

  logMigration(message: string): void {
    this.logger().info({ context: 'TypeORM' }, message);
  }

  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    const text = String(message);
    if (level === 'warn') this.logger().warn({ context: 'TypeORM' }, text);
    else this.logger().debug({ context: 'TypeORM' }, text);
  }
}
