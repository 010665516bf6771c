/** The roles of the platform (docs/design.md, "Who uses it") and the scope claim each carries. */
export const ROLES = [
  'workshop-leader',
  'casemanager',
  'uwv-advisor',
  'employer',
  'education-provider',
  'admin',
] as const;
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

/** The claims of a session as a backend-for-frontend reports them; undefined when they are not claims. */
export function claimsOfSession(value: unknown): Claims | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const json = value as Partial<Record<keyof Claims, unknown>>;
  if (typeof json.sub !== 'string' || !isRole(json.role)) return undefined;
  const text = (field: unknown) => (typeof field === 'string' ? field : undefined);
  return {
    sub: json.sub,
    role: json.role,
    pi: text(json.pi),
    employerId: text(json.employerId),
    brin: text(json.brin),
    regions: Array.isArray(json.regions)
      ? json.regions.filter((r): r is string => typeof r === 'string')
      : undefined,
  };
}
