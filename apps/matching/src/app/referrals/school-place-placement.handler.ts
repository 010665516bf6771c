import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { EventEnvelope, SCHOOL_PLACE_PLACEMENT_RECORDED } from '@bridge/contracts';
import { HandlesEvent } from '@bridge/messaging';
import { ReferralsService } from './referrals.service';

/**
 * Training's placements on school places. Matching keeps no school-place read model yet, so this
 * is the topic's only handler; one that keeps school places must take the topic over (a topic has
 * one handler per service) and call `recordPlacement` as the vacancy handler does.
 */
@Injectable()
export class SchoolPlacePlacementHandler {
  constructor(private readonly referrals: ReferralsService) {}

  @HandlesEvent(SCHOOL_PLACE_PLACEMENT_RECORDED)
  onPlacementRecorded(event: EventEnvelope<typeof SCHOOL_PLACE_PLACEMENT_RECORDED>, manager: EntityManager): Promise<void> {
    const { schoolPlaceId, referralId } = event.payload;
    return this.referrals.recordPlacement(manager, { referralId, targetId: schoolPlaceId, targetType: 'school-place' });
  }
}
