import { QueryFailedError } from 'typeorm';

/** Postgres SQLSTATE 23505: a unique constraint or index refused the row (`constraint`, when given). */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const driverError = error.driverError as { code?: string; constraint?: string };
  return driverError.code === '23505' && (constraint === undefined || driverError.constraint === constraint);
}
