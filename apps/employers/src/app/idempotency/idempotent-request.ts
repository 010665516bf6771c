import { createHash } from 'node:crypto';

export const IDEMPOTENCY_KEY_HEADER = 'Idempotency-Key';
const KEY = /^[\x21-\x7e]{1,255}$/;

/** A create sent with an `Idempotency-Key`, as the interceptor hands it to the service. */
export interface IdempotentRequest {
  /** The caller (`sub` claim): keys of different callers never meet. */
  readonly principalSub: string;
  readonly key: string;
  readonly route: string;
  readonly requestHash: string;
  /** The status the route answers on success; replays answer it again. */
  readonly successStatus: number;
}

/** 1–255 visible ASCII characters (a UUID is the usual choice). */
export function isValidIdempotencyKey(value: string): boolean {
  return KEY.test(value);
}

/** SHA-256 of the body as canonical JSON (object keys sorted), so key order does not matter. */
export function requestHash(body: unknown): string {
  return createHash('sha256').update(canonicalJson(body)).digest('hex');
}

export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}
