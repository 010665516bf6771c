/** The tunable parts of DESIGN.md's matching rules. */
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

/** Score weights; they add up to 1 so the score stays within 0..1. */
export const WEIGHTS = {
  qualifications: 0.35,
  distance: 0.25,
  timing: 0.2,
  covenantPi: 0.1,
  preferences: 0.1,
} as const;
