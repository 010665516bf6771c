import type { FieldError } from '../errors/problem.model';
import { isRole, Principal, ROLES, SCOPE_CLAIM_OF_ROLE, ScopeClaim } from './role.model';

const CLAIM_KEYS = ['sub', 'role', 'pi', 'employerId', 'brin', 'regions'] as const;
const SCOPE_CLAIMS: readonly ScopeClaim[] = ['pi', 'employerId', 'brin', 'regions'];

const SUB = /^[^\s\p{Cc}]{1,128}$/u;
const PI_CODE = /^[A-Z0-9][A-Z0-9-]{0,63}$/;
const EMPLOYER_ID = /^[^\s\p{Cc}]{1,64}$/u;
const BRIN = /^\d{2}[A-Z]{2}$/;
const REGION = /^AM\d{2}$/;

const SCOPE_RULES: Record<ScopeClaim, { check: (v: unknown) => boolean; expected: string }> = {
  pi: {
    check: (v) => typeof v === 'string' && PI_CODE.test(v),
    expected: 'a PI code such as "PI-VUGHT"',
  },
  employerId: {
    check: (v) => typeof v === 'string' && EMPLOYER_ID.test(v),
    expected: 'a non-empty employer id',
  },
  brin: {
    check: (v) => typeof v === 'string' && BRIN.test(v),
    expected: 'a BRIN code: 2 digits and 2 capital letters, e.g. "25LX"',
  },
  regions: {
    check: (v) =>
      Array.isArray(v) &&
      v.length > 0 &&
      v.every((r) => typeof r === 'string' && REGION.test(r)) &&
      new Set(v).size === v.length,
    expected: 'a non-empty list of distinct labour market region codes such as ["AM18"]',
  },
};

export type ClaimsResult =
  | { readonly ok: true; readonly principal: Principal }
  | { readonly ok: false; readonly errors: readonly FieldError[] };

/**
 * Checks claims (a dev-token request body, or a verified JWT payload) and builds the principal.
 * `strict` (dev tokens): unknown fields and scope claims of another role are errors. Otherwise
 * (JWTs) other fields such as `iat`/`exp` are ignored and only the role's own scope claim is kept.
 */
export function parsePrincipalClaims(
  input: unknown,
  { strict }: { strict: boolean },
): ClaimsResult {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    return {
      ok: false,
      errors: [{ field: '(body)', message: 'must be a JSON object of claims' }],
    };
  }
  const claims = input as Record<string, unknown>;
  const errors: FieldError[] = [];
  if (strict) {
    for (const key of Object.keys(claims)) {
      if (!(CLAIM_KEYS as readonly string[]).includes(key)) {
        errors.push({ field: key, message: 'is not a known field' });
      }
    }
  }
  if (typeof claims['sub'] !== 'string' || !SUB.test(claims['sub'])) {
    errors.push({
      field: 'sub',
      message: 'must be a non-empty string of at most 128 characters without spaces',
    });
  }
  const role = claims['role'];
  if (!isRole(role)) {
    errors.push({
      field: 'role',
      message: `must be one of ${ROLES.join(', ')}`,
    });
    return { ok: false, errors };
  }
  const scope = SCOPE_CLAIM_OF_ROLE[role];
  if (scope && claims[scope] === undefined) {
    errors.push({ field: scope, message: `is required for role ${role}` });
  } else if (scope && !SCOPE_RULES[scope].check(claims[scope])) {
    errors.push({
      field: scope,
      message: `must be ${SCOPE_RULES[scope].expected}`,
    });
  }
  if (strict) {
    for (const other of SCOPE_CLAIMS) {
      if (other !== scope && claims[other] !== undefined) {
        errors.push({
          field: other,
          message: `is not a claim of role ${role}`,
        });
      }
    }
  }
  if (errors.length > 0) return { ok: false, errors };
  const sub = claims['sub'] as string;
  const principal = (
    scope === null
      ? { sub, role }
      : {
          sub,
          role,
          [scope]: scope === 'regions' ? [...(claims[scope] as string[])] : claims[scope],
        }
  ) as Principal;
  return { ok: true, principal };
}
