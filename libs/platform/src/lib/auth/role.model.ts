/** The roles of the platform (docs/design.md, "Who uses it"). */
export const ROLES = [
  'workshop-leader',
  'casemanager',
  'employer',
  'education-provider',
  'uwv-advisor',
  'admin',
] as const;
export type Role = (typeof ROLES)[number];

export type ScopeClaim = 'pi' | 'employerId' | 'brin' | 'regions';

/** The claim that scopes what each role may see; `null` for admin. */
export const SCOPE_CLAIM_OF_ROLE: Readonly<Record<Role, ScopeClaim | null>> = {
  'workshop-leader': 'pi',
  casemanager: 'pi',
  employer: 'employerId',
  'education-provider': 'brin',
  'uwv-advisor': 'regions',
  admin: null,
};

interface PrincipalBase {
  /** The user's id at the identity provider. */
  readonly sub: string;
}

/** The authenticated caller, from the bearer token. Narrow on `role` to reach the scope claim. */
export type Principal =
  | (PrincipalBase & { readonly role: 'workshop-leader'; readonly pi: string })
  | (PrincipalBase & { readonly role: 'casemanager'; readonly pi: string })
  | (PrincipalBase & { readonly role: 'employer'; readonly employerId: string })
  | (PrincipalBase & {
      readonly role: 'education-provider';
      readonly brin: string;
    })
  | (PrincipalBase & {
      readonly role: 'uwv-advisor';
      readonly regions: readonly string[];
    })
  | (PrincipalBase & { readonly role: 'admin' });

/** The principal of one role, e.g. `PrincipalOf<'employer'>`. */
export type PrincipalOf<R extends Role> = Extract<Principal, { role: R }>;

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
