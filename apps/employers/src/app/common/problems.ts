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
