/**
 * The day the match engine applies its rules on: the UTC date, as the recomputer counts it, so an
 * explanation of a missing suggestion judges the same day the suggestions were made on.
 */
export function matchDay(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}
