import { FieldError } from './problem.model';
import { ProblemCode } from './problem.catalogue';

/**
 * Base of the exceptions that services throw for expected failures. Each carries a problem code;
 * the global filter maps the code to HTTP once (see `PROBLEM_CATALOGUE`). `detail` is shown to
 * the caller, so it must not hold secrets or a DJI number.
 */
export abstract class DomainProblem extends Error {
  abstract readonly code: ProblemCode;

  constructor(
    readonly detail: string,
    readonly errors?: readonly FieldError[],
  ) {
    super(detail);
    this.name = new.target.name;
  }
}

/** 400: malformed or invalid input; `errors` name the fields. */
export class BadRequestProblem extends DomainProblem {
  readonly code = 'bad-request';

  constructor(detail: string, errors?: readonly FieldError[]) {
    super(detail, errors?.length ? errors : undefined);
  }
}

/** 401: no or invalid credentials. */
export class UnauthorizedProblem extends DomainProblem {
  readonly code = 'unauthorized';
}

/** 403: the caller's role may never do this (out-of-scope reads are 404, not 403). */
export class ForbiddenProblem extends DomainProblem {
  readonly code = 'forbidden';
}

/** 404: not found, or outside the caller's scope. */
export class NotFoundProblem extends DomainProblem {
  readonly code = 'not-found';
}

/** 409: duplicate, or the resource is in the wrong state. */
export class ConflictProblem extends DomainProblem {
  readonly code = 'conflict';
}

/** 413: the request body is too large. */
export class PayloadTooLargeProblem extends DomainProblem {
  readonly code = 'payload-too-large';
}

/** 422: the input refers to something that does not exist (municipality, crebo, covenant, ...). */
export class UnprocessableProblem extends DomainProblem {
  readonly code = 'unprocessable';

  constructor(detail: string, field?: string) {
    super(detail, field ? [{ field, message: detail }] : undefined);
  }
}
