import { Injectable } from '@nestjs/common';
import { EventBus } from './event-bus.port';

/** The event-bus part of GET /health. */
@Injectable()
export class BusHealthContributor {
  readonly name = 'bus';

  constructor(private readonly bus: EventBus) {}

  async check(): Promise<{ up: boolean }> {
    return { up: await this.bus.isHealthy() };
  }
}
