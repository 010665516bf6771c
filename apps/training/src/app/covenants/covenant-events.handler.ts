import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import {
  COVENANT_CHANGED,
  COVENANT_ENDED,
  COVENANT_SIGNED,
  EventEnvelope,
} from '@bridge/contracts';
import { HandlesEvent } from '@bridge/messaging';
import { CovenantsService } from './covenants.service';

/**
 * Feeds the covenants read model from employers' events. The consumer runs each event once
 * (inbox) inside the transaction given as `manager`; the envelope's `version` orders them.
 * School places on a covenant that ends stay as they are: the covenant is optional for a school
 * place, and matching's rule "covenant active at the start date" decides whether it is suggested.
 */
@Injectable()
export class CovenantEventsHandler {
  constructor(private readonly covenants: CovenantsService) {}

  @HandlesEvent(COVENANT_SIGNED)
  async onSigned(
    event: EventEnvelope<typeof COVENANT_SIGNED>,
    manager: EntityManager,
  ): Promise<void> {
    await this.covenants.applyState(manager, event.payload, event.version);
  }

  @HandlesEvent(COVENANT_CHANGED)
  async onChanged(
    event: EventEnvelope<typeof COVENANT_CHANGED>,
    manager: EntityManager,
  ): Promise<void> {
    await this.covenants.applyState(manager, event.payload, event.version);
  }

  @HandlesEvent(COVENANT_ENDED)
  async onEnded(
    event: EventEnvelope<typeof COVENANT_ENDED>,
    manager: EntityManager,
  ): Promise<void> {
    await this.covenants.markEnded(manager, event.payload, event.version);
  }
}
