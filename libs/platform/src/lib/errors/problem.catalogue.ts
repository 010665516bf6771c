/**
 * The problem codes of the platform and their HTTP mapping, in one place. A messaging transport
 * maps the same codes its own way.
 */
export const PROBLEM_CATALOGUE = {
  'bad-request': { status: 400, title: 'Bad request' },
  unauthorized: { status: 401, title: 'Unauthorized' },
  forbidden: { status: 403, title: 'Forbidden' },
  'not-found': { status: 404, title: 'Not found' },
  'method-not-allowed': { status: 405, title: 'Method not allowed' },
  conflict: { status: 409, title: 'Conflict' },
  'payload-too-large': { status: 413, title: 'Payload too large' },
  'unsupported-media-type': { status: 415, title: 'Unsupported media type' },
  unprocessable: { status: 422, title: 'Unprocessable content' },
  'too-many-requests': { status: 429, title: 'Too many requests' },
  internal: { status: 500, title: 'Internal server error' },
  'service-unavailable': { status: 503, title: 'Service unavailable' },
} as const satisfies Record<string, { status: number; title: string }>;

export type ProblemCode = keyof typeof PROBLEM_CATALOGUE;

/** The `type` URI of a problem code, e.g. `urn:bridge:problem:not-found`. */
export function problemType(code: ProblemCode): string {
  return `urn:bridge:problem:${code}`;
}

const CODE_BY_STATUS: ReadonlyMap<number, ProblemCode> = new Map(
  (Object.keys(PROBLEM_CATALOGUE) as ProblemCode[]).map((code) => [
    PROBLEM_CATALOGUE[code].status,
    code,
  ]),
);

/** The problem code of an HTTP status, if the platform has one. */
export function problemCodeForStatus(status: number): ProblemCode | undefined {
  return CODE_BY_STATUS.get(status);
}
