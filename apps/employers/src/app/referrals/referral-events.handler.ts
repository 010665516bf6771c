import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import {
  EventEnvelope,
  REFERRAL_CREATED,
  REFERRAL_DECLINED,
  REFERRAL_WITHDRAWN,
  ReferralWithdrawalReason,
} from '@bridge/contracts';
import { isNewer } from '@bridge/database';
import { HandlesEvent } from '@bridge/messaging';
import { Referral, ReferralStatus } from './referral.entity';

/**
 * Keeps matching's referrals to vacancies (school-place referrals are training's). Each event
 * applies only when it carries a newer version of the referral than the one held, so a late,
 * older event never overwrites a newer one. A placement recorded here stays `placed`. A withdrawal
 * keeps matching's reason (null when the event carries none).
 */
@Injectable()
export class ReferralEventsHandler {
  @HandlesEvent(REFERRAL_CREATED)
  async onCreated(
    event: EventEnvelope<typeof REFERRAL_CREATED>,
    manager: EntityManager,
  ): Promise<void> {
    const { payload } = event;
    if (payload.targetType !== 'vacancy') return;
    const existing = await manager.findOneBy(Referral, { referralId: payload.referralId });
    if (!isNewer(existing, event.version)) return;
    await manager.save(Referral, {
      referralId: payload.referralId,
      targetId: payload.targetId,
      targetType: payload.targetType,
      employerId: payload.employerId,
      status: existing?.status === 'placed' ? 'placed' : 'referred',
      withdrawalReason: null,
      version: event.version,
      updatedAt: new Date(),
    });
  }

  @HandlesEvent(REFERRAL_WITHDRAWN)
  onWithdrawn(
    event: EventEnvelope<typeof REFERRAL_WITHDRAWN>,
    manager: EntityManager,
  ): Promise<void> {
    return this.ended(event, manager, 'withdrawn', event.payload.reason ?? null);
  }

  @HandlesEvent(REFERRAL_DECLINED)
  onDeclined(
    event: EventEnvelope<typeof REFERRAL_DECLINED>,
    manager: EntityManager,
  ): Promise<void> {
    return this.ended(event, manager, 'declined', null);
  }

  private async ended(
    event: EventEnvelope<typeof REFERRAL_WITHDRAWN> | EventEnvelope<typeof REFERRAL_DECLINED>,
    manager: EntityManager,
    status: 'withdrawn' | 'declined',
    reason: ReferralWithdrawalReason | null,
  ): Promise<void> {
    const { payload } = event;
    if (payload.targetType !== 'vacancy') return;
    const existing = await manager.findOneBy(Referral, { referralId: payload.referralId });
    if (!isNewer(existing, event.version)) return;
    if (existing) {
      const next: ReferralStatus = existing.status === 'placed' ? 'placed' : status;
      await manager.update(
        Referral,
        { referralId: existing.referralId },
        {
          status: next,
          withdrawalReason: next === 'withdrawn' ? reason : null,
          version: event.version,
          updatedAt: new Date(),
        },
      );
    } else {
      // The end overtook the creation (another topic): keep a tombstone, so the older creation
      // cannot bring the referral back.
      await manager.insert(Referral, {
        referralId: payload.referralId,
        targetId: payload.targetId,
        targetType: payload.targetType,
        employerId: null,
        status,
        withdrawalReason: reason,
        version: event.version,
        updatedAt: new Date(),
      });
    }
  }
}
