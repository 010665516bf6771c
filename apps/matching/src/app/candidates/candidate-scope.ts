import { NotFoundProblem, Principal } from '@bridge/platform';
import { Candidate } from './candidate.entity';

/**
 * Whether a caller may see this candidate: PI staff of its PI, UWV advisors of its return
 * region, admins. Anyone else is told it does not exist (404), so scope reveals nothing.
 */
export function canSeeCandidate(principal: Principal, candidate: Pick<Candidate, 'piCode' | 'regionCode'>): boolean {
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
  if (!candidate || !canSeeCandidate(principal, candidate)) throw new NotFoundProblem(`candidate ${id} not found`);
  return candidate;
}
