import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import {
  EventEnvelope,
  SCHOOL_PLACE_PLACEMENT_RECORDED,
  VACANCY_PLACEMENT_RECORDED,
} from '@bridge/contracts';
import { HandlesEvent } from '@bridge/messaging';
import { ReferralsService } from './referrals.service';

/**
 * A placement the target's service recorded places its referral. The read models handle the same
 * events (the opening or seat taken), in the same inbox transaction. The referral follows even when
 * a newer state of the target got here first: the target's version orders its states, not its
 * placements.
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
    });
  }
}
