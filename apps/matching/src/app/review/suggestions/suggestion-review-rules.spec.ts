import { BadRequestProblem, ConflictProblem } from '@bridge/platform';
import { SUGGESTION_STATUSES } from '../../match-engine/suggestion.entity';
import { REVIEW_DECISIONS } from './dto/review-suggestion.dto';
import {
  assertSnoozable,
  assertTakesReferral,
  assertUnsnoozable,
  isSnoozed,
  reviewedStatus,
} from './suggestion-review-rules';

const consenting = { status: 'active' as const, consent: { shareAnonymisedProfile: true } };
const unconsenting = { status: 'active' as const, consent: { shareAnonymisedProfile: false } };
const left = { status: 'left' as const, consent: { shareAnonymisedProfile: true } };

describe('the review of a suggestion (reviewedStatus)', () => {
  it.each([
    ['accept', 'accepted'],
    ['reject', 'rejected'],
  ] as const)('moves a suggested one on %s to %s', (decision, status) => {
    expect(reviewedStatus({ id: 's-1', status: 'suggested' }, consenting, decision)).toBe(status);
  });

  const reviewedOrExpired = SUGGESTION_STATUSES.filter((status) => status !== 'suggested');
  it.each(reviewedOrExpired.flatMap((status) => REVIEW_DECISIONS.map((d) => [status, d] as const)))(
    'refuses to review a suggestion that is %s (%s): 409, it is reviewed once',
    (status, decision) => {
      const review = () => reviewedStatus({ id: 's-1', status }, consenting, decision);
      expect(review).toThrow(ConflictProblem);
      expect(review).toThrow(`suggestion s-1 is ${status}; only a suggested one can be reviewed`);
    },
  );

  it.each(REVIEW_DECISIONS)(
    'refuses to %s a suggestion of a candidate who left: 409',
    (decision) => {
      expect(() => reviewedStatus({ id: 's-1', status: 'suggested' }, left, decision)).toThrow(
        'the candidate has left the platform; suggestion s-1 can no longer be reviewed',
      );
    },
  );

  it('accepts only with the candidate’s consent to share a profile, but rejects without it', () => {
    expect(() =>
      reviewedStatus({ id: 's-1', status: 'suggested' }, unconsenting, 'accept'),
    ).toThrow(/has not consented to share an anonymised profile/);
    expect(reviewedStatus({ id: 's-1', status: 'suggested' }, unconsenting, 'reject')).toBe(
      'rejected',
    );
  });
});

describe('an accepted suggestion’s target (assertTakesReferral)', () => {
  const vacancy = { type: 'vacancy' as const, targetId: 'v-1' };
  const schoolPlace = { type: 'school-place' as const, targetId: 'sp-1' };

  it('takes a referral while open with a place left', () => {
    expect(() => assertTakesReferral(vacancy, { status: 'open', placesLeft: 1 })).not.toThrow();
    expect(() => assertTakesReferral(schoolPlace, { status: 'open', placesLeft: 3 })).not.toThrow();
  });

  it.each([
    [
      'an open vacancy with no openings left',
      vacancy,
      { status: 'open', placesLeft: 0 },
      'vacancy v-1 is open; a referral needs an open vacancy with openings left',
    ],
    [
      'a filled vacancy',
      vacancy,
      { status: 'filled', placesLeft: 0 },
      'vacancy v-1 is filled; a referral needs an open vacancy with openings left',
    ],
    [
      'a closed vacancy, places or not',
      vacancy,
      { status: 'closed', placesLeft: 2 },
      'vacancy v-1 is closed; a referral needs an open vacancy with openings left',
    ],
    [
      'a vacancy matching no longer holds',
      vacancy,
      null,
      'vacancy v-1 is gone; a referral needs an open vacancy with openings left',
    ],
    [
      'an open school place with no seats left',
      schoolPlace,
      { status: 'open', placesLeft: 0 },
      'school place sp-1 is open; a referral needs an open school place with seats left',
    ],
    [
      'a full school place',
      schoolPlace,
      { status: 'full', placesLeft: 0 },
      'school place sp-1 is full; a referral needs an open school place with seats left',
    ],
    [
      'a withdrawn school place, seats or not',
      schoolPlace,
      { status: 'withdrawn', placesLeft: 4 },
      'school place sp-1 is withdrawn; a referral needs an open school place with seats left',
    ],
    [
      'a school place matching no longer holds',
      schoolPlace,
      null,
      'school place sp-1 is gone; a referral needs an open school place with seats left',
    ],
  ])('refuses a referral to %s: 409', (_case, suggestion, target, detail) => {
    const accept = () => assertTakesReferral(suggestion, target);
    expect(accept).toThrow(ConflictProblem);
    expect(accept).toThrow(detail);
  });
});

describe('snoozing a suggestion (assertSnoozable, assertUnsnoozable, isSnoozed)', () => {
  const today = '2026-12-08';
  const open = { id: 's-1', status: 'suggested' as const };

  it.each(['2026-12-09', '2027-03-01', '2027-06-06'])('parks a suggested one until %s', (until) => {
    expect(() => assertSnoozable(open, consenting, until, today)).not.toThrow();
  });

  it.each([
    ['today', '2026-12-08'],
    ['yesterday', '2026-12-07'],
    ['181 days ahead', '2027-06-07'],
  ])('refuses a snooze until %s with 400 naming until', (_case, until) => {
    const snooze = () => assertSnoozable(open, consenting, until, today);
    expect(snooze).toThrow(BadRequestProblem);
    try {
      snooze();
    } catch (error) {
      expect((error as BadRequestProblem).errors?.map((e) => e.field)).toEqual(['until']);
      expect((error as BadRequestProblem).detail).toBe(
        'until must lie after today (2026-12-08) and at most 180 days ahead (2027-06-06)',
      );
    }
  });

  it.each(SUGGESTION_STATUSES.filter((status) => status !== 'suggested'))(
    'refuses to snooze a suggestion that is %s: 409',
    (status) => {
      expect(() => assertSnoozable({ id: 's-1', status }, consenting, '2027-01-01', today)).toThrow(
        new ConflictProblem(`suggestion s-1 is ${status}; only a suggested one can be snoozed`),
      );
    },
  );

  it('refuses to snooze a suggestion of a candidate who left: 409', () => {
    expect(() => assertSnoozable(open, left, '2027-01-01', today)).toThrow(ConflictProblem);
  });

  it('counts a suggestion snoozed until its day; on the day itself it is back', () => {
    expect(isSnoozed({ snoozedUntil: '2026-12-09' }, today)).toBe(true);
    expect(isSnoozed({ snoozedUntil: today }, today)).toBe(false);
    expect(isSnoozed({ snoozedUntil: null }, today)).toBe(false);
  });

  it('wakes only a suggested one snoozed until a later day; anything else is a 409', () => {
    expect(() => assertUnsnoozable({ ...open, snoozedUntil: '2026-12-09' }, today)).not.toThrow();
    for (const suggestion of [
      { ...open, snoozedUntil: null },
      { ...open, snoozedUntil: today },
      { id: 's-1', status: 'accepted' as const, snoozedUntil: '2026-12-09' },
    ])
      expect(() => assertUnsnoozable(suggestion, today)).toThrow(
        new ConflictProblem('suggestion s-1 is not snoozed'),
      );
  });
});
