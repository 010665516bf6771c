/** The tunable parts of the matching rules (docs/design.md, "Hard rules" and "Score"). */
export interface MatchSettings {
  /** Rule 2: a target outside the return region may lie at most this far away (great-circle). */
  maxKm: number;
  /** Rule 3: the start date lies within [release − daysBefore, release + daysAfter]. */
  startWindow: { daysBefore: number; daysAfter: number };
  /** Rule 6: release within this many days ahead ... */
  horizonDays: number;
  /** ... and not more than this many days past. */
  daysPastRelease: number;
}

export const DEFAULT_MATCH_SETTINGS: MatchSettings = {
  maxKm: 45,
  startWindow: { daysBefore: 14, daysAfter: 90 },
  horizonDays: 180,
  daysPastRelease: 90,
};

/**
 * How many suggestions a candidate keeps open (the best by score; MATCH_MAX_SUGGESTIONS_PER_CANDIDATE) and the
 * lowest score suggested (MATCH_MIN_SCORE): the service's configuration (`ServiceConfig.match`) gives them.
 */
export interface SuggestionBound {
  maxSuggestionsPerCandidate: number;
  minScore: number;
}

/**
 * Raise when the hard rules or the score change in code (not through the values above): a start with a new
 * value re-matches every candidate (see `MatchSettingsChange`). 2: a placed candidate is not eligible (rule 6).
 */
export const MATCH_RULES_VERSION = 2;

/** Score weights; they add up to 1 so the score stays within 0..1. */
export const WEIGHTS = {
  qualifications: 0.35,
  distance: 0.25,
  timing: 0.2,
  covenantPi: 0.1,
  preferences: 0.1,
} as const;
