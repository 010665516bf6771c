import { isDeepStrictEqual } from 'node:util';
import {
  bestFirst,
  bestMatches,
  Factor,
  RankedMatch,
  TargetProfile,
} from '../match-rules/match-rules';
import { SuggestionBound } from '../match-rules/match-settings';
import type { ExpiryReason, Suggestion, SuggestionTarget } from './suggestion.entity';

/**
 * A target that passes the hard rules for the candidate: scored, with the summary its suggestion shows, and its
 * explanation on demand (only the few kept need one).
 */
export interface JudgedMatch extends RankedMatch {
  type: TargetProfile['type'];
  explain(): Factor[];
  target: SuggestionTarget;
}

/** An open suggestion to write: a kept match with its explanation. */
export type SuggestionWrite = Omit<JudgedMatch, 'explain'> & { explanation: Factor[] };

/** A stored suggestion, as far as the plan needs it. */
export type StoredSuggestion = Pick<
  Suggestion,
  'id' | 'targetId' | 'status' | 'score' | 'explanation' | 'target'
>;

export interface SuggestionPlan {
  /** Open suggestions to write: new, reopened (expired before) or rescored. */
  write: SuggestionWrite[];
  /** Open suggestions that leave the candidate's list, and why. */
  expire: { id: string; reason: ExpiryReason }[];
}

/**
 * What to store of a candidate's judged matches: the best `maxSuggestionsPerCandidate` of the targets that pass
 * the hard rules and score at least `minScore` are open (`suggested`); every other open suggestion expires. Reviewed
 * suggestions (accepted, rejected) are the advisor's: never written, never expired, and they take no open slot.
 *
 * `judged` absent: `matches` are every target in the candidate's reach that passes the rules (a full recompute).
 * Present: only those targets were judged; the others keep the standing they had. That is exact while no slot opens:
 * a target that is neither judged nor open ranked below every open one (or there was none, if fewer than the bound
 * were open). When an open suggestion of a judged target leaves or falls below what was the last open one, such a
 * target might move up: the plan is then `null`, and only a full recompute is exact.
 */
export function planSuggestions(
  stored: StoredSuggestion[],
  matches: JudgedMatch[],
  bound: SuggestionBound,
): SuggestionPlan;
export function planSuggestions(
  stored: StoredSuggestion[],
  matches: JudgedMatch[],
  bound: SuggestionBound,
  judged: ReadonlySet<string> | undefined,
): SuggestionPlan | null;
export function planSuggestions(
  stored: StoredSuggestion[],
  matches: JudgedMatch[],
  bound: SuggestionBound,
  judged?: ReadonlySet<string>,
): SuggestionPlan | null {
  const byTarget = new Map(stored.map((s) => [s.targetId, s]));
  const open = stored.filter((s) => s.status === 'suggested');
  const reviewed = (targetId: string) =>
    ['accepted', 'rejected'].includes(byTarget.get(targetId)?.status ?? '');
  const contenders: RankedMatch[] = matches.filter((match) => !reviewed(match.targetId));
  if (judged) {
    for (const s of open) {
      if (!judged.has(s.targetId))
        contenders.push({ targetId: s.targetId, score: s.score, startDate: s.target.startDate });
    }
  }
  const kept = bestMatches(contenders, bound);
  if (judged && open.length >= bound.maxSuggestionsPerCandidate) {
    const lastOpen = open.map(ranked).sort(bestFirst)[open.length - 1];
    const lastKept = kept[bound.maxSuggestionsPerCandidate - 1];
    if (!lastKept || bestFirst(lastKept, lastOpen) > 0) return null;
  }

  const keptIds = new Set(kept.map((match) => match.targetId));
  const matchOf = new Map(matches.map((match) => [match.targetId, match]));
  const write = matches
    .filter((match) => keptIds.has(match.targetId))
    .map(({ explain, ...match }): SuggestionWrite => ({ ...match, explanation: explain() }))
    .filter((match) => changes(byTarget.get(match.targetId), match));
  const expire = open
    .filter((s) => !keptIds.has(s.targetId))
    .map((s) => {
      const wasJudged = !judged || judged.has(s.targetId);
      const match = matchOf.get(s.targetId);
      const reason: ExpiryReason =
        wasJudged && !match
          ? 'no-longer-matches'
          : wasJudged && match && match.score < bound.minScore
            ? 'below-min-score'
            : 'outranked';
      return { id: s.id, reason };
    });
  return { write: write.sort(bestFirst), expire };
}

function ranked(s: StoredSuggestion): RankedMatch {
  return { targetId: s.targetId, score: s.score, startDate: s.target.startDate };
}

/** Whether storing the match changes the suggestion: none yet, not open, or another score, explanation or summary. */
function changes(current: StoredSuggestion | undefined, match: SuggestionWrite): boolean {
  return (
    !current ||
    current.status !== 'suggested' ||
    current.score !== match.score ||
    !isDeepStrictEqual(current.explanation, match.explanation) ||
    !isDeepStrictEqual(current.target, match.target)
  );
}
