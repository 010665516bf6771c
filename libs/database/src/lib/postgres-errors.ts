import { QueryFailedError } from 'typeorm';

/** Postgres SQLSTATE 23505: a unique constraint or index refused the row (`constraint`, when given). */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const driverError = error.driverError as { code?: string; constraint?: string };
  return (
    driverError.code === '23505' &&
    (constraint === undefined || driverError.constraint === constraint)
  );
}

/** Socket errors of a server that is gone, refuses, or cannot be reached. */
const UNREACHABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);
/** SQLSTATE 57P01–57P03: the server is shutting down, crashed, or not accepting connections yet. */
const UNAVAILABLE_SQLSTATES = new Set(['57P01', '57P02', '57P03']);
/** What node-postgres says when a connection dies or cannot be had in time (no code). */
const UNAVAILABLE_MESSAGE =
  /^(Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error)/;

/**
 * Whether an error says the database is unavailable (stopped, restarting, unreachable) rather
 * than that the query was wrong: the caller may retry the same request later. Covers what
 * TypeORM throws from a query (QueryFailedError around the driver's error) and what the pool
 * throws when it cannot connect; SQLSTATE class 08 is a connection exception.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  const cause: unknown = error instanceof QueryFailedError ? error.driverError : error;
  // Duck-typed: socket errors may come from another realm (a VM context), where instanceof fails.
  if (typeof cause !== 'object' || cause === null) return false;
  const { code, message } = cause as { code?: unknown; message?: unknown };
  if (
    typeof code === 'string' &&
    (UNREACHABLE_CODES.has(code) || UNAVAILABLE_SQLSTATES.has(code) || code.startsWith('08'))
  )
    return true;
  return typeof message === 'string' && UNAVAILABLE_MESSAGE.test(message);
}
