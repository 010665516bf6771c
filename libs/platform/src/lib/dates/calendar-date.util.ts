/** The time zone whose calendar decides what "today" is (the platform serves Dutch institutions). */
export const BUSINESS_TIME_ZONE = 'Europe/Amsterdam';

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for an existing calendar date written `YYYY-MM-DD` (no time, no offset; `2025-02-29` is not one). */
export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = DATE_ONLY.exec(value);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

// en-CA formats as YYYY-MM-DD.
const DATE_IN_NETHERLANDS = new Intl.DateTimeFormat('en-CA', {
  timeZone: BUSINESS_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar date (`YYYY-MM-DD`) of an instant in the Netherlands; by default today's. */
export function calendarDateInNetherlands(instant: Date = new Date()): string {
  return DATE_IN_NETHERLANDS.format(instant);
}

const OFFSET_IN_NETHERLANDS = new Intl.DateTimeFormat('en-US', {
  timeZone: BUSINESS_TIME_ZONE,
  timeZoneName: 'longOffset',
});

/** The Netherlands' offset from UTC at an instant, in milliseconds (+1 h in winter, +2 h in summer). */
function offsetInNetherlands(instant: number): number {
  const name = OFFSET_IN_NETHERLANDS.formatToParts(instant).find(
    (part) => part.type === 'timeZoneName',
  )?.value;
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name ?? '');
  if (!match) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return (match[1] === '-' ? -minutes : minutes) * 60_000;
}

/** The first instant of a calendar date in the Netherlands (its midnight in Europe/Amsterdam). */
export function startOfDayInNetherlands(date: string): Date {
  const midnightUtc = Date.parse(`${date}T00:00:00.000Z`);
  // The offset at the guess settles it: Dutch clocks change at 01:00 UTC, never near midnight.
  return new Date(
    midnightUtc - offsetInNetherlands(midnightUtc - offsetInNetherlands(midnightUtc)),
  );
}

/** The date `days` calendar days after `date` (before it when negative); DST does not enter into it. */
export function addCalendarDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00.000Z`) + days * 86_400_000)
    .toISOString()
    .slice(0, 10);
}

/**
 * The date `months` calendar months after `date`: the same day of the month, or the month's last
 * day when it has no such day (31 August + 3 months = 30 November; 29 February + 12 = 28 February).
 */
export function addCalendarMonths(date: string, months: number): string {
  const [year, month, day] = date.split('-').map(Number);
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(
    Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0),
  ).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target.toISOString().slice(0, 10);
}

/** Whether `date` lies in the closed range [from, to]; `YYYY-MM-DD` strings compare as dates. */
export function isWithin(date: string, from: string, to: string): boolean {
  return from <= date && date <= to;
}
