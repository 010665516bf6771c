import { ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsOptional,
  IsString,
  IsUUID,
  Length,
  ValidateBy,
  ValidationArguments,
} from 'class-validator';
import {
  addCalendarDays,
  isCalendarDate,
  startOfDayInNetherlands,
} from '../dates/calendar-date.util';
import { PageQueryDto } from '../paging/page-query.dto';

const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})$/;

/** A date, or a timestamp with its offset on an existing calendar date. */
function isBound(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const isTimestamp =
    TIMESTAMP.test(value) && isCalendarDate(value.slice(0, 10)) && !Number.isNaN(Date.parse(value));
  return isTimestamp || isCalendarDate(value);
}

/**
 * Where a bound puts the window's edge: `from` at the first instant it covers, `to` at the first
 * instant after it. A date covers its whole day in the Netherlands, as every "today" of the
 * platform does (23 or 25 hours when the clocks change); a timestamp its millisecond, as entries
 * show their `at` to the millisecond (the log keeps microseconds), so `to` of an entry's `at`
 * includes it.
 */
export function windowEdge(value: string, bound: 'from' | 'to'): Date {
  if (!isCalendarDate(value)) {
    const instant = new Date(value);
    return bound === 'from' ? instant : new Date(instant.getTime() + 1);
  }
  return startOfDayInNetherlands(bound === 'from' ? value : addCalendarDays(value, 1));
}

/** A date (`YYYY-MM-DD`) or a timestamp with its offset (`2026-11-28T09:30:00Z`); `to` not before `from`. */
function IsAuditBound(bound: 'from' | 'to'): PropertyDecorator {
  return ValidateBy({
    name: 'isAuditBound',
    validator: {
      validate(value: unknown, args?: ValidationArguments): boolean {
        if (!isBound(value) || bound === 'from') return isBound(value);
        const from = (args?.object as ListAuditEntriesQuery).from;
        // A bad from is from's error alone.
        return !isBound(from) || windowEdge(from, 'from') < windowEdge(value, 'to');
      },
      defaultMessage: () =>
        bound === 'from'
          ? '$property must be a date YYYY-MM-DD or an ISO 8601 timestamp with offset, e.g. 2026-11-28T09:30:00Z'
          : '$property must be a date YYYY-MM-DD or an ISO 8601 timestamp with offset, not before from',
    },
  });
}

export class ListAuditEntriesQuery extends PageQueryDto {
  @ApiPropertyOptional({
    description: 'Entries about this candidate',
    example: '9b3c1f0e-2a7d-4c58-8e61-0d4f7a2b9c13',
  })
  @IsOptional()
  @IsUUID()
  candidateId?: string;

  @ApiPropertyOptional({
    description: 'Entries of this user (the `sub` of their token)',
    example: 'uwv-27',
  })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  actor?: string;

  @ApiPropertyOptional({
    description: 'From this instant, or from the start of this day in the Netherlands',
    example: '2026-11-01',
  })
  @IsOptional()
  @IsAuditBound('from')
  from?: string;

  @ApiPropertyOptional({
    description: 'Up to this instant, or to the end of this day in the Netherlands',
    example: '2026-11-28T23:59:59Z',
  })
  @IsOptional()
  @IsAuditBound('to')
  to?: string;
}
