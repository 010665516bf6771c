import {
  registerDecorator,
  ValidationArguments,
  ValidationOptions,
} from 'class-validator';

/** The time zone whose calendar decides "today" for dates such as an issue date. */
export const BUSINESS_TIME_ZONE = 'Europe/Amsterdam';

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for an existing calendar date written `YYYY-MM-DD` (no time, no offset). */
export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = DATE_ONLY.exec(value);
  if (!match) return false;
  const [year, month, day] = [
    Number(match[1]),
    Number(match[2]),
    Number(match[3]),
  ];
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day
  );
}

/** Today's date in the Netherlands, `YYYY-MM-DD`. */
export function todayInNetherlands(now: Date = new Date()): string {
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: BUSINESS_TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

/** Why a date is not a valid past date on or after `earliest`, or undefined when it is. */
export function pastDateProblem(
  value: unknown,
  earliest: string,
  now: Date = new Date(),
): string | undefined {
  if (!isCalendarDate(value)) return 'must be a date written YYYY-MM-DD';
  if (value < earliest) return `must not be before ${earliest}`;
  if (value > todayInNetherlands(now)) return 'must not be in the future';
  return undefined;
}

/**
 * A `YYYY-MM-DD` date between `earliest` and today (Dutch calendar), both inclusive; the message
 * says which rule failed.
 */
export function IsPastCalendarDate(
  earliest: string,
  options?: ValidationOptions,
): PropertyDecorator {
  return (target, propertyName) => {
    registerDecorator({
      name: 'isPastCalendarDate',
      target: target.constructor,
      propertyName: String(propertyName),
      constraints: [earliest],
      options,
      validator: {
        validate: (value: unknown) =>
          pastDateProblem(value, earliest) === undefined,
        defaultMessage: (args?: ValidationArguments) =>
          `${args?.property ?? 'date'} ${pastDateProblem(args?.value, earliest) ?? 'is invalid'}`,
      },
    });
  };
}
