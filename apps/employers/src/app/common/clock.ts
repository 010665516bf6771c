import { Injectable } from '@nestjs/common';
import { calendarDateInNetherlands } from '@bridge/platform';

/** The service's sense of time, injected so a test or a replay can pin it. */
@Injectable()
export class Clock {
  now(): Date {
    return new Date();
  }

  /** Today's date in the Netherlands (covenants are Dutch agreements), `YYYY-MM-DD`. */
  today(): string {
    return calendarDateInNetherlands(this.now());
  }
}
