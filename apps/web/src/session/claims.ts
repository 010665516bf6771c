/** The roles of the platform (DESIGN.md) and the scope claim each carries. */
export const ROLES = ['workshop-leader', 'casemanager', 'uwv-advisor', 'employer', 'education-provider', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export interface Claims {
  sub: string;
  role: Role;
  /** workshop-leader, casemanager */
  pi?: string;
  /** employer */
  employerId?: string;
  /** education-provider */
  brin?: string;
  /** uwv-advisor: labour market region codes */
  regions?: string[];
}

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** The claims in a JWT's payload, read without verifying (the services verify every request). */
export function claimsOfToken(token: string): Claims | undefined {
  const payload = token.split('.')[1];
  if (!payload) return undefined;
  try {
    const json = JSON.parse(atob(payload.replace(/-/g, '+').replace(/_/g, '/'))) as Partial<Claims>;
    if (typeof json.sub !== 'string' || !isRole(json.role)) return undefined;
    return {
      sub: json.sub,
      role: json.role,
      pi: json.pi,
      employerId: json.employerId,
      brin: json.brin,
      regions: Array.isArray(json.regions) ? json.regions : undefined,
    };
  } catch {
    return undefined;
  }
}
