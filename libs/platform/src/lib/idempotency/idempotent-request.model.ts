import type { Principal } from '../auth/role.model';

export const IDEMPOTENCY_KEY_HEADER = 'Idempotency-Key';
/** Set (to `true`) on an answer that is a replay of a key's first answer. */
export const IDEMPOTENT_REPLAYED_HEADER = 'Idempotent-Replayed';
/** How long a key is remembered; after that it may be used afresh, for any request. */
export const IDEMPOTENCY_KEY_TTL_SECONDS = 24 * 60 * 60;

const KEY_FORMAT = /^[\x21-\x7e]{1,255}$/;

/** A create sent with an `Idempotency-Key`, as the interceptor hands it to the handler. */
export interface IdempotentRequest {
  /** Who sent it (`callerOf`): keys of different callers never meet. */
  readonly caller: string;
  readonly key: string;
  /** `POST /vacancies`: a key belongs to one route. */
  readonly route: string;
  /** `requestHash` of the body: a key belongs to one request. */
  readonly requestHash: string;
  /** The status the route answers on success; replays answer it again. */
  readonly successStatus: number;
}

/** 1–255 visible ASCII characters (a UUID is the usual choice). */
export function isValidIdempotencyKey(value: string): boolean {
  return KEY_FORMAT.test(value);
}

/**
 * The caller a key belongs to: the token's subject, role and scope claim, so one user acting in
 * another role or scope never gets the answer given to the other.
 */
export function callerOf(principal: Principal): string {
  switch (principal.role) {
    case 'workshop-leader':
    case 'casemanager':
      return `${principal.role}:${principal.sub}:${principal.pi}`;
    case 'employer':
      return `${principal.role}:${principal.sub}:${principal.employerId}`;
    case 'education-provider':
      return `${principal.role}:${principal.sub}:${principal.brin}`;
    case 'uwv-advisor':
      return `${principal.role}:${principal.sub}:${[...principal.regions].sort().join(',')}`;
    case 'admin':
      return `${principal.role}:${principal.sub}`;
  }
}
