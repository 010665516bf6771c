import { registerDecorator, ValidationOptions } from 'class-validator';
import { isCalendarDate } from '@bridge/platform';

/** Validates a `YYYY-MM-DD` calendar date (the only date format of the API). */
export function IsCalendarDate(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isCalendarDate',
      target: target.constructor,
      propertyName: propertyName as string,
      options: { message: 'must be a date written YYYY-MM-DD', ...options },
      validator: { validate: (value: unknown) => isCalendarDate(value) },
    });
}

/** Whether `date` lies in the closed range [from, to]; `YYYY-MM-DD` strings compare as dates. */
export function isWithin(date: string, from: string, to: string): boolean {
  return from <= date && date <= to;
}
