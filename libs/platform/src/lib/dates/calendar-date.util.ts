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

/** Whether `date` lies in the closed range [from, to]; `YYYY-MM-DD` strings compare as dates. */
export function isWithin(date: string, from: string, to: string): boolean {
  return from <= date && date <= to;
}
