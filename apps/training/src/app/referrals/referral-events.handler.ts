import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import {
  EventEnvelope,
  REFERRAL_CREATED,
  REFERRAL_DECLINED,
  REFERRAL_WITHDRAWN,
  ReferralWithdrawalReason,
} from '@bridge/contracts';
import { HandlesEvent } from '@bridge/messaging';
import { ReferralsService } from './referrals.service';
import { SchoolPlaceReferralStatus } from './school-place-referral.entity';

/**
 * Feeds the school-place referrals read model from matching's events; vacancy referrals belong to
 * the employers service and are ignored. Each event runs once (inbox) inside `manager`'s
 * transaction; the envelope's `version` orders them. A withdrawal keeps matching's reason (null when
 * the event carries none).
 */
@Injectable()
export class ReferralEventsHandler {
  constructor(private readonly referrals: ReferralsService) {}

  @HandlesEvent(REFERRAL_CREATED)
  onCreated(event: EventEnvelope<typeof REFERRAL_CREATED>, manager: EntityManager): Promise<void> {
    return this.applySchoolPlaceReferral(event, 'referred', manager);
  }

  @HandlesEvent(REFERRAL_WITHDRAWN)
  onWithdrawn(
    event: EventEnvelope<typeof REFERRAL_WITHDRAWN>,
    manager: EntityManager,
  ): Promise<void> {
    return this.applySchoolPlaceReferral(event, 'withdrawn', manager, event.payload.reason ?? null);
  }

  @HandlesEvent(REFERRAL_DECLINED)
  onDeclined(
    event: EventEnvelope<typeof REFERRAL_DECLINED>,
    manager: EntityManager,
  ): Promise<void> {
    return this.applySchoolPlaceReferral(event, 'declined', manager);
  }

  private async applySchoolPlaceReferral(
    event: EventEnvelope<
      typeof REFERRAL_CREATED | typeof REFERRAL_WITHDRAWN | typeof REFERRAL_DECLINED
    >,
    status: SchoolPlaceReferralStatus,
    manager: EntityManager,
    withdrawalReason: ReferralWithdrawalReason | null = null,
  ): Promise<void> {
    const { referralId, targetId, targetType } = event.payload;
    if (targetType !== 'school-place') return;
    await this.referrals.apply(
      manager,
      referralId,
      targetId,
      status,
      event.version,
      withdrawalReason,
    );
  }
}
