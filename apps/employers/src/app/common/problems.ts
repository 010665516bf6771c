import { BadRequestProblem, DomainProblem, FieldError } from '@bridge/platform';

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

/** Answers 400 naming each field of `errors` (rules beyond the DTO's), when there are any. */
export function throwIfInvalid(errors: readonly FieldError[]): void {
  if (errors.length > 0) {
    throw new BadRequestProblem(
      `Invalid input: ${[...new Set(errors.map((e) => e.field))].join(', ')}`,
      [...errors],
    );
  }
}
