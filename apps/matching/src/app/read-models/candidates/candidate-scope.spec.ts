import { ForbiddenProblem, NotFoundProblem, Principal } from '@bridge/platform';
import {
  assertCanSeeCandidate,
  candidatesInScope,
  canSeeCandidate,
  regionsInScope,
} from './candidate-scope';

const ADMIN: Principal = { sub: 'admin-1', role: 'admin' };
const CASEMANAGER: Principal = { sub: 'cm-vught', role: 'casemanager', pi: 'PI-VUGHT' };
const OTHER_CASEMANAGER: Principal = { sub: 'cm-zwolle', role: 'casemanager', pi: 'PI-ZWOLLE' };
const WORKSHOP_LEADER: Principal = { sub: 'wl-vught', role: 'workshop-leader', pi: 'PI-VUGHT' };
const OTHER_WORKSHOP_LEADER: Principal = {
  sub: 'wl-zwolle',
  role: 'workshop-leader',
  pi: 'PI-ZWOLLE',
};
const ADVISOR: Principal = { sub: 'uwv-27', role: 'uwv-advisor', regions: ['AM26', 'AM27'] };
const OTHER_ADVISOR: Principal = { sub: 'uwv-01', role: 'uwv-advisor', regions: ['AM01'] };
const EMPLOYER: Principal = { sub: 'emp-1', role: 'employer', employerId: 'e-1' };
const SCHOOL: Principal = { sub: 'school-1', role: 'education-provider', brin: '25LX' };

/** In PI Vught, returning to Noordoost-Brabant (AM27). */
const candidate = { id: 'c-1', piCode: 'PI-VUGHT', regionCode: 'AM27' };

describe('candidate scope', () => {
  it.each([
    ['an admin', true, ADMIN],
    ['a casemanager of its PI', true, CASEMANAGER],
    ['a casemanager of another PI', false, OTHER_CASEMANAGER],
    ['a workshop leader of its PI', true, WORKSHOP_LEADER],
    ['a workshop leader of another PI', false, OTHER_WORKSHOP_LEADER],
    ['an advisor of its return region', true, ADVISOR],
    ['an advisor of other regions', false, OTHER_ADVISOR],
    ['an employer', false, EMPLOYER],
    ['an education provider', false, SCHOOL],
  ])('%s sees the candidate: %s', (_who, visible, principal) => {
    expect(canSeeCandidate(principal, candidate)).toBe(visible);
  });

  it('answers a candidate out of scope exactly as one that does not exist (404)', () => {
    const outOfScope = () => assertCanSeeCandidate(OTHER_CASEMANAGER, candidate, 'c-1');
    const missing = () => assertCanSeeCandidate(OTHER_CASEMANAGER, null, 'c-1');
    expect(outOfScope).toThrow(NotFoundProblem);
    expect(outOfScope).toThrow('candidate c-1 not found');
    expect(missing).toThrow('candidate c-1 not found');
    expect(assertCanSeeCandidate(CASEMANAGER, candidate, 'c-1')).toBe(candidate);
  });

  it.each([
    ['an admin: every candidate', ADMIN, null],
    [
      'a workshop leader: those of their PI',
      WORKSHOP_LEADER,
      { where: 'c.pi_code = :scopePi', parameters: { scopePi: 'PI-VUGHT' } },
    ],
    [
      'a casemanager: those of their PI',
      CASEMANAGER,
      { where: 'c.pi_code = :scopePi', parameters: { scopePi: 'PI-VUGHT' } },
    ],
    [
      'an advisor: those returning to their regions',
      ADVISOR,
      {
        where: 'c.region_code = ANY(:scopeRegions)',
        parameters: { scopeRegions: ['AM26', 'AM27'] },
      },
    ],
  ])('lists for %s', (_who, principal, condition) => {
    expect(candidatesInScope(principal)).toEqual(condition);
  });

  it.each([
    ['an employer', EMPLOYER],
    ['an education provider', SCHOOL],
  ])('refuses %s a candidate list (403)', (_who, principal) => {
    expect(() => candidatesInScope(principal)).toThrow(ForbiddenProblem);
  });

  it.each([
    ['an admin: all regions', ADMIN, null],
    ['an advisor: their own regions', ADVISOR, ['AM26', 'AM27']],
  ])('lists by region for %s', (_who, principal, regions) => {
    expect(regionsInScope(principal)).toEqual(regions);
  });

  it.each([
    ['a casemanager', CASEMANAGER],
    ['a workshop leader', WORKSHOP_LEADER],
    ['an employer', EMPLOYER],
    ['an education provider', SCHOOL],
  ])('refuses %s a regional list (403)', (_who, principal) => {
    expect(() => regionsInScope(principal)).toThrow(ForbiddenProblem);
  });
});
