import { releaseIsNear } from './model';

interface QueueItemLike {
  candidate: { expectedReleaseDate: string; hasAcceptedSuggestion: boolean };
}

/**
 * Whether a suggestion is urgent: the candidate's release is within 30 days (or passed) and nothing of
 * theirs is accepted yet. The queue and the single read say the latter of every item
 * (`candidate.hasAcceptedSuggestion`), so no further request is needed.
 */
export function isUrgent(item: QueueItemLike, today = new Date()): boolean {
  return (
    releaseIsNear(item.candidate.expectedReleaseDate, today) &&
    !item.candidate.hasAcceptedSuggestion
  );
}
