import { CandidateProfile, matchJudge, TargetProfile } from '../match-rules/match-rules';
import { DEFAULT_MATCH_SETTINGS, MatchSettings } from '../match-rules/match-settings';
import type { ExplanationFactor } from './suggestion.entity';

/**
 * The rules version of a suggestion made before versions were recorded: MATCH_RULES_VERSION was 1 until then.
 */
export const RULES_VERSION_BEFORE_RECORDING = 1;

/** What the rules make of a pair today: a score and its explanation, or the hard rule that excludes it. */
export interface ReplayOutcome {
  score: number | null;
  explanation: ExplanationFactor[];
  excludedBy: string | null;
}

/** One number that differs between the recorded and the replayed result. */
export interface ReplayDifference {
  /** `score`, a factor (its value), or `<factor>.weight`. */
  factor: string;
  recorded: number | null;
  replayed: number | null;
}

/** Judges the stored inputs again, for the stored day, with the rules and settings of the running code. */
export function replayMatch(
  candidate: CandidateProfile,
  target: TargetProfile,
  asOf: string,
  settings: MatchSettings = DEFAULT_MATCH_SETTINGS,
): ReplayOutcome {
  const verdict = matchJudge(candidate, asOf, settings)(target);
  if (!verdict.eligible) return { score: null, explanation: [], excludedBy: verdict.rule };
  return { score: verdict.score, explanation: verdict.explain(), excludedBy: null };
}

/**
 * Where a replay differs from what was recorded: the score, each factor's value and weight (a factor only one side
 * has counts as null on the other, its weight then left out). The reasons' wording is not compared: it follows from the numbers.
 */
export function replayDifferences(
  recorded: { score: number; explanation: ExplanationFactor[] },
  replayed: ReplayOutcome,
): ReplayDifference[] {
  const differences: ReplayDifference[] = [];
  if (recorded.score !== replayed.score)
    differences.push({ factor: 'score', recorded: recorded.score, replayed: replayed.score });
  const before = new Map(recorded.explanation.map((f) => [f.factor, f]));
  const after = new Map(replayed.explanation.map((f) => [f.factor, f]));
  for (const name of new Set([...before.keys(), ...after.keys()])) {
    const [was, is] = [before.get(name), after.get(name)];
    if (was?.value !== is?.value)
      differences.push({ factor: name, recorded: was?.value ?? null, replayed: is?.value ?? null });
    if (was && is && was.weight !== is.weight)
      differences.push({ factor: `${name}.weight`, recorded: was.weight, replayed: is.weight });
  }
  return differences;
}
