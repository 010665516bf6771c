import { ForbiddenProblem, NotFoundProblem, Principal } from '@bridge/platform';
import { Candidate } from './candidate.entity';

/**
 * Whether a caller may see this candidate: PI staff of its PI, UWV advisors of its return
 * region, admins. Anyone else is told it does not exist (404), so scope reveals nothing.
 */
export function canSeeCandidate(
  principal: Principal,
  candidate: Pick<Candidate, 'piCode' | 'regionCode'>,
): boolean {
  switch (principal.role) {
    case 'admin':
      return true;
    case 'casemanager':
    case 'workshop-leader':
      return principal.pi === candidate.piCode;
    case 'uwv-advisor':
      return principal.regions.includes(candidate.regionCode);
    default:
      return false;
  }
}

export function assertCanSeeCandidate<C extends Pick<Candidate, 'id' | 'piCode' | 'regionCode'>>(
  principal: Principal,
  candidate: C | null,
  id: string,
): C {
  if (!candidate || !canSeeCandidate(principal, candidate))
    throw new NotFoundProblem(`candidate ${id} not found`);
  return candidate;
}

/**
 * Which candidates a caller may list, as a condition on the candidates alias `c` (the same scope as
 * `canSeeCandidate`): PI staff those of their PI, advisors those returning to their regions, admins
 * all (`null`: no condition). Roles that never see candidates are refused by the route.
 */
export function candidatesInScope(
  principal: Principal,
): { where: string; parameters: Record<string, unknown> } | null {
  switch (principal.role) {
    case 'admin':
      return null;
    case 'casemanager':
    case 'workshop-leader':
      return { where: 'c.pi_code = :scopePi', parameters: { scopePi: principal.pi } };
    case 'uwv-advisor':
      return {
        where: 'c.region_code = ANY(:scopeRegions)',
        parameters: { scopeRegions: principal.regions },
      };
    default:
      throw new ForbiddenProblem('only PI staff, UWV advisors and admins see candidates');
  }
}

/**
 * The return regions whose candidates a caller may see in a regional list (the advisor's queue,
 * the insights): an advisor's own regions; `null` for an admin, who sees all.
 */
export function regionsInScope(principal: Principal): readonly string[] | null {
  switch (principal.role) {
    case 'admin':
      return null;
    case 'uwv-advisor':
      return principal.regions;
    default:
      throw new ForbiddenProblem('only UWV advisors and admins see candidates by region');
  }
}
