/** Groups of fewer people than this show no figures, so nobody can be singled out. */
export const SUPPRESSION_THRESHOLD = 10;

/** A group of one dimension as suppression judges it: its code and how many it counts. */
export interface SizedGroup {
  code: string;
  size: number;
}

/**
 * The codes of the groups of one dimension whose figures are withheld. Primary: every group of fewer
 * than {@link SUPPRESSION_THRESHOLD}. Secondary: when exactly one group is withheld, the figures of the
 * others and the total beside them would give it away by subtraction, so the smallest shown group
 * (the lowest code among equals) is withheld too; with two or more withheld only their sum can be
 * recovered.
 */
export function suppressedCodes(groups: readonly SizedGroup[]): Set<string> {
  const suppressed = new Set(
    groups.filter((group) => group.size < SUPPRESSION_THRESHOLD).map((group) => group.code),
  );
  if (suppressed.size === 1) {
    const [nextSmallest] = groups
      .filter((group) => !suppressed.has(group.code))
      .sort((a, b) => a.size - b.size || a.code.localeCompare(b.code));
    if (nextSmallest) suppressed.add(nextSmallest.code);
  }
  return suppressed;
}

/** `part / whole` as a fraction rounded to 4 decimals; `null` when there is no whole. */
export function shareOf(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((part / whole) * 10_000) / 10_000;
}

/** A median of days as Postgres returns it (`numeric` arrives as a string), or `null` when there was none. */
export function daysOf(median: string | number | null): number | null {
  return median === null ? null : Number(median);
}
