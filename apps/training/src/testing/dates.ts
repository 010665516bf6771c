/** The UTC calendar date `days` from today, `YYYY-MM-DD` (negative: in the past). */
export function daysFromToday(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}
