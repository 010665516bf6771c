import { registerDecorator, ValidationArguments, ValidationOptions } from 'class-validator';
import { calendarDateInNetherlands, isCalendarDate } from '../dates/calendar-date.util';

const NOT_A_CALENDAR_DATE = 'must be a date written YYYY-MM-DD';

/** Why a date is not a valid past date on or after `earliest`, or undefined when it is. */
export function pastDateProblem(
  value: unknown,
  earliest: string,
  now: Date = new Date(),
): string | undefined {
  if (!isCalendarDate(value)) return NOT_A_CALENDAR_DATE;
  if (value < earliest) return `must not be before ${earliest}`;
  if (value > calendarDateInNetherlands(now)) return 'must not be in the future';
  return undefined;
}

/** A real `YYYY-MM-DD` calendar date, the only date format of the APIs. */
export function IsCalendarDate(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) => {
    registerDecorator({
      name: 'isCalendarDate',
      target: target.constructor,
      propertyName: String(propertyName),
      options,
      validator: {
        validate: (value: unknown) => isCalendarDate(value),
        defaultMessage: (args?: ValidationArguments) =>
          `${args?.property ?? 'date'} ${NOT_A_CALENDAR_DATE}`,
      },
    });
  };
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
        validate: (value: unknown) => pastDateProblem(value, earliest) === undefined,
        defaultMessage: (args?: ValidationArguments) =>
          `${args?.property ?? 'date'} ${pastDateProblem(args?.value, earliest) ?? 'is invalid'}`,
      },
    });
  };
}
