import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import {
  CANDIDATE_LEFT,
  CANDIDATE_REGISTERED,
  CANDIDATE_TRANSFERRED,
  CANDIDATE_UPDATED,
  EventEnvelope,
} from '@bridge/contracts';
import { HandlesEvent } from '@bridge/messaging';
import { CandidatesService } from './candidates.service';

/**
 * Feeds the candidates read model from matching's events. The consumer runs each event once
 * (inbox) inside the transaction given as `manager`; the envelope's `version` orders them.
 */
@Injectable()
export class CandidateEventsHandler {
  constructor(private readonly candidates: CandidatesService) {}

  @HandlesEvent(CANDIDATE_REGISTERED)
  async onRegistered(
    event: EventEnvelope<typeof CANDIDATE_REGISTERED>,
    manager: EntityManager,
  ): Promise<void> {
    await this.candidates.applyState(manager, event.payload, event.version);
  }

  @HandlesEvent(CANDIDATE_UPDATED)
  async onUpdated(
    event: EventEnvelope<typeof CANDIDATE_UPDATED>,
    manager: EntityManager,
  ): Promise<void> {
    await this.candidates.applyState(manager, event.payload, event.version);
  }

  /**
   * A transfer to another PI: the newer state moves the candidate's certificates with it to the
   * new PI's workshop leaders and casemanagers (scope follows `piCode`), and brings back a
   * candidate who had left.
   */
  @HandlesEvent(CANDIDATE_TRANSFERRED)
  async onTransferred(
    event: EventEnvelope<typeof CANDIDATE_TRANSFERRED>,
    manager: EntityManager,
  ): Promise<void> {
    await this.candidates.applyState(manager, event.payload, event.version);
  }

  @HandlesEvent(CANDIDATE_LEFT)
  async onLeft(event: EventEnvelope<typeof CANDIDATE_LEFT>, manager: EntityManager): Promise<void> {
    await this.candidates.markLeft(manager, event.payload, event.version);
  }
}
