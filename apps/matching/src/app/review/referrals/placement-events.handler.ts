import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import {
  EventEnvelope,
  SCHOOL_PLACE_PLACEMENT_FOLLOWED_UP,
  SCHOOL_PLACE_PLACEMENT_RECORDED,
  VACANCY_PLACEMENT_FOLLOWED_UP,
  VACANCY_PLACEMENT_RECORDED,
} from '@bridge/contracts';
import { HandlesEvent } from '@bridge/messaging';
import { ReferralsService } from './referrals.service';

/**
 * A placement the target's service recorded places its referral, and with it the candidate: its other
 * standing referrals are withdrawn and its open suggestions expire, in the same inbox transaction. The read
 * models handle the same events (the opening or seat taken), in that transaction too. The referral follows
 * even when a newer state of the target got here first: the target's version orders its states, not its
 * placements. The follow-ups, 3 and 6 months after the start, say whether a placement still holds.
 */
@Injectable()
export class PlacementEventsHandler {
  constructor(private readonly referrals: ReferralsService) {}

  @HandlesEvent(VACANCY_PLACEMENT_RECORDED)
  async onVacancyPlacement(
    event: EventEnvelope<typeof VACANCY_PLACEMENT_RECORDED>,
    manager: EntityManager,
  ) {
    const { vacancyId, referralId } = event.payload;
    await this.referrals.recordPlacement(manager, {
      referralId,
      targetId: vacancyId,
      targetType: 'vacancy',
      placedAt: event.occurredAt,
    });
  }

  @HandlesEvent(SCHOOL_PLACE_PLACEMENT_RECORDED)
  async onSchoolPlacePlacement(
    event: EventEnvelope<typeof SCHOOL_PLACE_PLACEMENT_RECORDED>,
    manager: EntityManager,
  ) {
    const { schoolPlaceId, referralId } = event.payload;
    await this.referrals.recordPlacement(manager, {
      referralId,
      targetId: schoolPlaceId,
      targetType: 'school-place',
      placedAt: event.occurredAt,
    });
  }

  @HandlesEvent(VACANCY_PLACEMENT_FOLLOWED_UP)
  async onVacancyFollowUp(
    event: EventEnvelope<typeof VACANCY_PLACEMENT_FOLLOWED_UP>,
    manager: EntityManager,
  ) {
    const { vacancyId, referralId, checkpoint, holds, endedOn } = event.payload;
    await this.referrals.recordFollowUp(manager, {
      referralId,
      targetId: vacancyId,
      targetType: 'vacancy',
      checkpoint,
      holds,
      endedOn,
    });
  }

  @HandlesEvent(SCHOOL_PLACE_PLACEMENT_FOLLOWED_UP)
  async onSchoolPlaceFollowUp(
    event: EventEnvelope<typeof SCHOOL_PLACE_PLACEMENT_FOLLOWED_UP>,
    manager: EntityManager,
  ) {
    const { schoolPlaceId, referralId, checkpoint, holds, endedOn } = event.payload;
    await this.referrals.recordFollowUp(manager, {
      referralId,
      targetId: schoolPlaceId,
      targetType: 'school-place',
      checkpoint,
      holds,
      endedOn,
    });
  }
}
