import { ForbiddenProblem, Principal } from '@bridge/platform';
import { REFERRAL_STATUSES, ReferralStatus } from './referral.entity';
import { ownedBy, referralMayBecome } from './referrals.service';

describe('a referral’s status (referralMayBecome)', () => {
  // from → the statuses it may become; every other move is refused.
  const moves: Record<ReferralStatus, ReferralStatus[]> = {
    referred: ['declined', 'withdrawn', 'placed'],
    // A placement the target's service recorded counts over a decline or withdrawal that crossed it.
    declined: ['placed'],
    withdrawn: ['placed'],
    placed: [],
  };

  it.each(
    REFERRAL_STATUSES.flatMap((from) =>
      REFERRAL_STATUSES.map((to) => [from, to, moves[from].includes(to)] as const),
    ),
  )('a %s referral may become %s: %s', (from, to, allowed) => {
    expect(referralMayBecome(from, to)).toBe(allowed);
  });
});

describe('the referrals a caller owns (ownedBy)', () => {
  it('gives an employer those to its vacancies', () => {
    expect(ownedBy({ sub: 'e', role: 'employer', employerId: 'emp-1' })).toEqual({
      type: 'vacancy',
      employerId: 'emp-1',
    });
  });

  it('gives a school those to its school places, by its BRIN', () => {
    expect(ownedBy({ sub: 's', role: 'education-provider', brin: '25LX' })).toEqual({
      type: 'school-place',
      brin: '25LX',
    });
  });

  it.each<[string, Principal]>([
    ['an admin', { sub: 'a', role: 'admin' }],
    ['a casemanager', { sub: 'c', role: 'casemanager', pi: 'PI-VUGHT' }],
    ['a workshop leader', { sub: 'w', role: 'workshop-leader', pi: 'PI-VUGHT' }],
    ['an advisor', { sub: 'u', role: 'uwv-advisor', regions: ['AM27'] }],
  ])('refuses %s, who owns no referrals (403)', (_who, principal) => {
    expect(() => ownedBy(principal)).toThrow(ForbiddenProblem);
  });
});
