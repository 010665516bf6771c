/** The media type of every error response (RFC 9457). */
export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/** One bad input field, named by its dotted path (`preferences.sectors`, `requiredQualifications.0`). */
export interface FieldError {
  readonly field: string;
  readonly message: string;
}

/** The body of every error response. */
export interface ProblemDocument {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail: string;
  readonly errors?: readonly FieldError[];
  /** The id of the request (also in the `x-request-id` header and in every log line of it). */
  readonly requestId: string;
}
