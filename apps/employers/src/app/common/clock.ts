import { Injectable } from '@nestjs/common';

/** The time zone whose calendar decides what "today" is (covenants are Dutch agreements). */
export const BUSINESS_TIME_ZONE = 'Europe/Amsterdam';

const DATE_IN_ZONE = new Intl.DateTimeFormat('en-CA', {
  timeZone: BUSINESS_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar date (`YYYY-MM-DD`) of an instant in the Netherlands. */
export function calendarDateOf(instant: Date): string {
  return DATE_IN_ZONE.format(instant);
}

/** The service's sense of time, injected so a test or a replay can pin it. */
@Injectable()
export class Clock {
  now(): Date {
    return new Date();
  }

  /** Today's date in the Netherlands, `YYYY-MM-DD`. */
  today(): string {
    return calendarDateOf(this.now());
  }
}
