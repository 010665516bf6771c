import 'reflect-metadata';
import { plainToInstance } from 'class-transformer';
import { IsOptional, validateSync } from 'class-validator';
import { flattenValidationErrors } from '../errors/validation-error.flattener';
import { calendarDateInNetherlands } from '../dates/calendar-date.util';
import { IsCalendarDate, IsPastCalendarDate, pastDateProblem } from './calendar-date.decorators';

class Dates {
  @IsOptional()
  @IsCalendarDate()
  startsOn?: unknown;

  @IsOptional()
  @IsPastCalendarDate('2000-01-01')
  issuedOn?: unknown;
}

/** The `errors[]` a 400 problem would carry. */
const errorsOf = (body: Record<string, unknown>) =>
  flattenValidationErrors(validateSync(plainToInstance(Dates, body)));

describe('calendar date decorators', () => {
  it('lets real calendar dates through', () => {
    expect(errorsOf({ startsOn: '2028-02-29', issuedOn: '2000-01-01' })).toEqual([]);
  });

  it.each(['2027-02-29', '28-02-2027', '2027-02-28T00:00:00Z', 20270228])(
    'names the field of a date that is not one (%p)',
    (startsOn) => {
      expect(errorsOf({ startsOn })).toEqual([
        { field: 'startsOn', message: 'must be a date written YYYY-MM-DD' },
      ]);
    },
  );

  it('says which rule a past date breaks', () => {
    const tomorrow = calendarDateInNetherlands(new Date(Date.now() + 86_400_000));
    expect(errorsOf({ issuedOn: tomorrow })).toEqual([
      { field: 'issuedOn', message: 'must not be in the future' },
    ]);
    expect(errorsOf({ issuedOn: '1999-12-31' })).toEqual([
      { field: 'issuedOn', message: 'must not be before 2000-01-01' },
    ]);
    expect(errorsOf({ issuedOn: '2000-02-30' })).toEqual([
      { field: 'issuedOn', message: 'must be a date written YYYY-MM-DD' },
    ]);
  });

  it('takes "today" from the Dutch calendar', () => {
    const now = new Date('2025-06-30T12:00:00Z');
    expect(pastDateProblem('2025-06-30', '2000-01-01', now)).toBeUndefined();
    expect(pastDateProblem('2000-01-01', '2000-01-01', now)).toBeUndefined();
    expect(pastDateProblem('2025-07-01', '2000-01-01', now)).toBe('must not be in the future');
    // 22:30 UTC on 30 June is already 1 July in Amsterdam.
    expect(
      pastDateProblem('2025-07-01', '2000-01-01', new Date('2025-06-30T22:30:00Z')),
    ).toBeUndefined();
  });
});
