import { Injectable } from '@nestjs/common';
import { calendarDateInNetherlands } from './calendar-date.util';

/**
 * The service's sense of time, injected (PlatformModule provides one per app) so that a test or a
 * replay can pin it, and so that every rule of a service asks the same question for "today".
 */
@Injectable()
export class Clock {
  now(): Date {
    return new Date();
  }

  /** Today's date in the Netherlands (the platform serves Dutch institutions), `YYYY-MM-DD`. */
  today(): string {
    return calendarDateInNetherlands(this.now());
  }
}
