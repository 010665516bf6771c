import { addCalendarDays, BadRequestProblem, ConflictProblem } from '@bridge/platform';
import type { Suggestion } from '../../match-engine/suggestion.entity';
import type { Candidate } from '../../read-models/candidates/candidate.entity';
import type { ReviewDecision } from './dto/review-suggestion.dto';
import { MAX_SNOOZE_DAYS } from './dto/snooze-suggestion.dto';

/**
 * The status a review gives a suggestion: `suggested → accepted | rejected`, once, and not after
 * its candidate left. An acceptance shares the candidate's profile, so it also needs their consent.
 * Anything else is a 409.
 */
export function reviewedStatus(
  suggestion: Pick<Suggestion, 'id' | 'status'>,
  candidate: Pick<Candidate, 'status' | 'consent'>,
  decision: ReviewDecision,
): 'accepted' | 'rejected' {
  if (suggestion.status !== 'suggested') {
    throw new ConflictProblem(
      `suggestion ${suggestion.id} is ${suggestion.status}; only a suggested one can be reviewed`,
    );
  }
  // Until the recomputer has expired them, a left candidate's suggestions are still `suggested`.
  if (candidate.status === 'left') {
    throw new ConflictProblem(
      `the candidate has left the platform; suggestion ${suggestion.id} can no longer be reviewed`,
    );
  }
  if (decision === 'reject') return 'rejected';
  if (!candidate.consent.shareAnonymisedProfile) {
    throw new ConflictProblem(
      'the candidate has not consented to share an anonymised profile with employers and schools, so the suggestion cannot be accepted as a referral',
    );
  }
  return 'accepted';
}

/** A target as an acceptance finds it in matching's read model; `null` when it is gone. */
export interface ReferredTarget {
  status: string;
  placesLeft: number;
}

/**
 * A target that filled or closed since the suggestion was made is expired by the next recompute;
 * until then an acceptance would refer the candidate to something the owner must refuse.
 */
export function assertTakesReferral(
  suggestion: Pick<Suggestion, 'type' | 'targetId'>,
  target: ReferredTarget | null,
): void {
  if (target && target.status === 'open' && target.placesLeft > 0) return;
  const [kind, places] =
    suggestion.type === 'school-place' ? ['school place', 'seats'] : ['vacancy', 'openings'];
  throw new ConflictProblem(
    `${kind} ${suggestion.targetId} is ${target?.status ?? 'gone'}; a referral needs an open ${kind} with ${places} left`,
  );
}

/** Whether the suggestion is out of the queue today: snoozed until a later day (on the day itself it is back). */
export function isSnoozed(suggestion: Pick<Suggestion, 'snoozedUntil'>, today: string): boolean {
  return suggestion.snoozedUntil !== null && suggestion.snoozedUntil > today;
}

/**
 * A snooze parks a `suggested` suggestion of a candidate still on the platform until a day after today, at most
 * MAX_SNOOZE_DAYS ahead (a later day is a 400 naming `until`; the wrong state a 409). Snoozing a snoozed one moves
 * its day.
 */
export function assertSnoozable(
  suggestion: Pick<Suggestion, 'id' | 'status'>,
  candidate: Pick<Candidate, 'status'>,
  until: string,
  today: string,
): void {
  if (suggestion.status !== 'suggested') {
    throw new ConflictProblem(
      `suggestion ${suggestion.id} is ${suggestion.status}; only a suggested one can be snoozed`,
    );
  }
  if (candidate.status === 'left') {
    throw new ConflictProblem(
      `the candidate has left the platform; suggestion ${suggestion.id} can no longer be snoozed`,
    );
  }
  const latest = addCalendarDays(today, MAX_SNOOZE_DAYS);
  if (until <= today || until > latest) {
    const message = `until must lie after today (${today}) and at most ${MAX_SNOOZE_DAYS} days ahead (${latest})`;
    throw new BadRequestProblem(message, [{ field: 'until', message }]);
  }
}

/** Only a suggested suggestion snoozed until a later day can be woken early; anything else is a 409. */
export function assertUnsnoozable(
  suggestion: Pick<Suggestion, 'id' | 'status' | 'snoozedUntil'>,
  today: string,
): void {
  if (suggestion.status !== 'suggested' || !isSnoozed(suggestion, today)) {
    throw new ConflictProblem(`suggestion ${suggestion.id} is not snoozed`);
  }
}
