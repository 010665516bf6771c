import { QueryFailedError } from 'typeorm';
import { DomainProblem, FieldError } from '@bridge/platform';

/**
 * 422 naming every field that refers to something unknown at once (`UnprocessableProblem` of the
 * platform names one field; a request can name several unknown codes).
 */
export class UnknownReferencesProblem extends DomainProblem {
  readonly code = 'unprocessable';

  constructor(errors: readonly FieldError[]) {
    super(`Unknown references: ${[...new Set(errors.map((e) => e.field))].join(', ')}`, errors);
  }
}

/** Whether a database error is a unique violation (of `constraint`, when given). */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const driverError = error.driverError as { code?: string; constraint?: string };
  return driverError.code === '23505' && (constraint === undefined || driverError.constraint === constraint);
}
