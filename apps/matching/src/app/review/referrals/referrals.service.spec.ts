import { ForbiddenProblem, Principal } from '@bridge/platform';
import { REFERRAL_STATUSES, ReferralStatus } from './referral.entity';
import {
  ownedBy,
  referralMayBecome,
  supersedesPlacement,
  withdrawnByPlacementElsewhere,
} from './referrals.service';

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

describe('the candidate’s latest placement (supersedesPlacement)', () => {
  const placement = (placedAt: string, referralId = 'r-1') => ({ placedAt, referralId });

  it('takes the first placement of a candidate', () => {
    expect(supersedesPlacement(null, placement('2027-02-10T09:00:00.000Z'))).toBe(true);
  });

  it('takes a placement recorded later, and not one recorded earlier (a late delivery)', () => {
    const current = placement('2027-02-10T09:00:00.000Z', 'r-1');
    expect(supersedesPlacement(current, placement('2027-02-10T09:00:01.000Z', 'r-2'))).toBe(true);
    expect(supersedesPlacement(current, placement('2027-02-10T08:59:59.000Z', 'r-2'))).toBe(false);
  });

  it('changes nothing for the same placement delivered again', () => {
    const current = placement('2027-02-10T09:00:00.000Z', 'r-1');
    expect(supersedesPlacement(current, { ...current })).toBe(false);
  });

  it('orders two placements of the same instant by referral id, so either arrival order ends alike', () => {
    const [a, b] = [
      placement('2027-02-10T09:00:00Z', 'r-1'),
      placement('2027-02-10T09:00:00Z', 'r-2'),
    ];
    expect(supersedesPlacement(a, b)).toBe(true);
    expect(supersedesPlacement(b, a)).toBe(false);
  });
});

describe('what a placement elsewhere withdraws (withdrawnByPlacementElsewhere)', () => {
  it('withdraws a standing referral', () => {
    expect(withdrawnByPlacementElsewhere({ status: 'referred', keptStandingBy: null })).toBe(true);
  });

  it('keeps a standing referral an advisor chose to keep standing', () => {
    expect(withdrawnByPlacementElsewhere({ status: 'referred', keptStandingBy: 'uwv-27' })).toBe(
      false,
    );
  });

  it.each(['placed', 'declined', 'withdrawn'] as const)(
    'leaves a %s referral as it is',
    (status) => {
      expect(withdrawnByPlacementElsewhere({ status, keptStandingBy: null })).toBe(false);
    },
  );
});
