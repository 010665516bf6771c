/** One field error of an `application/problem+json` answer (RFC 9457), as the services send it. */
export interface FieldError {
  field: string;
  message: string;
}

export interface ProblemDetails {
  type?: string;
  title?: string;
  status: number;
  detail?: string;
  errors?: FieldError[];
}

/** A service said no: the status, its problem details, and the field errors by field name. */
export class ProblemError extends Error {
  readonly status: number;
  readonly problem: ProblemDetails;

  constructor(problem: ProblemDetails) {
    super(problem.detail ?? problem.title ?? `HTTP ${problem.status}`);
    this.name = 'ProblemError';
    this.status = problem.status;
    this.problem = problem;
  }

  /** The messages per field; nested fields keep the services' dotted names (`consent.shareAnonymisedProfile`). */
  fieldErrors(): Record<string, string> {
    const byField: Record<string, string> = {};
    for (const { field, message } of this.problem.errors ?? []) byField[field] ??= message;
    return byField;
  }
}

function isProblem(body: unknown): body is Partial<ProblemDetails> {
  return typeof body === 'object' && body !== null;
}

/** Builds the error of a failed response from its body, whatever shape the body has. */
export function toProblemError(response: Response, body: unknown): ProblemError {
  const problem = isProblem(body) ? body : {};
  return new ProblemError({
    type: typeof problem.type === 'string' ? problem.type : undefined,
    title: typeof problem.title === 'string' ? problem.title : response.statusText,
    status: response.status,
    detail: typeof problem.detail === 'string' ? problem.detail : undefined,
    errors: Array.isArray(problem.errors)
      ? problem.errors.filter(
          (error): error is FieldError =>
            typeof error?.field === 'string' && typeof error?.message === 'string',
        )
      : undefined,
  });
}
