import { Injectable } from '@nestjs/common';
import { EventBus } from './event-bus.port';

/** The event-bus part of GET /health: down, with the reason, while the bus still waits for its broker. */
@Injectable()
export class BusHealthContributor {
  readonly name = 'bus';

  constructor(private readonly bus: EventBus) {}

  async check(): Promise<{ up: boolean; details?: { reason: string } }> {
    const readiness = this.bus.readiness();
    if (!readiness.ready) return { up: false, details: { reason: readiness.reason } };
    if (!(await this.bus.isHealthy()))
      return { up: false, details: { reason: 'no broker answers' } };
    return { up: true };
  }
}
