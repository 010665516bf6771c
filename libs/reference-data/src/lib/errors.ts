/** The kinds of reference data an identifier can point at. */
export type ReferenceKind =
  | 'municipality'
  | 'labour-market-region'
  | 'penitentiary-institution'
  | 'qualification'
  | 'workshop-type'
  | 'sector';

/**
 * Thrown by the `require*` lookups when a code is not in the reference data. Services map it once
 * to their transport (HTTP 422 "refers to something that does not exist").
 */
export class UnknownReferenceError extends Error {
  /** Stable error code, for mapping to transport errors. */
  readonly errorCode = 'UNKNOWN_REFERENCE' as const;

  constructor(
    readonly kind: ReferenceKind,
    /** The code as it was given (not normalised). */
    readonly code: string,
  ) {
    super(`Unknown ${kind}: ${JSON.stringify(code)}`);
    this.name = 'UnknownReferenceError';
  }
}

export function isUnknownReferenceError(error: unknown): error is UnknownReferenceError {
  return error instanceof UnknownReferenceError;
}
