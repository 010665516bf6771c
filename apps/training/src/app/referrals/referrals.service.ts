import { Injectable, Logger } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { ReferralWithdrawalReason } from '@bridge/contracts';
import { replaceNewer } from '@bridge/database';
import { SchoolPlaceReferral, SchoolPlaceReferralStatus } from './school-place-referral.entity';

/** The school-place referrals read model: each write is guarded by the event's version. */
@Injectable()
export class ReferralsService {
  private readonly logger = new Logger(ReferralsService.name);

  /**
   * Stores the referral in `status` (with matching's reason when `withdrawn`) unless a newer (or
   * the same) version is stored already.
   */
  async apply(
    manager: EntityManager,
    referralId: string,
    schoolPlaceId: string,
    status: SchoolPlaceReferralStatus,
    version: number,
    withdrawalReason: ReferralWithdrawalReason | null = null,
  ): Promise<boolean> {
    const referral = manager.create(SchoolPlaceReferral, {
      referralId,
      schoolPlaceId,
      status,
      withdrawalReason: status === 'withdrawn' ? withdrawalReason : null,
      version,
    });
    const written = await replaceNewer(manager, SchoolPlaceReferral, 'referralId', [referral]);
    if (written.length === 0)
      this.logger.debug(
        `ignored referral ${referralId} version ${version}: a newer version is applied`,
      );
    return written.length > 0;
  }

  find(manager: EntityManager, referralId: string): Promise<SchoolPlaceReferral | null> {
    return manager.findOne(SchoolPlaceReferral, { where: { referralId } });
  }
}
