import { Injectable, Logger } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { SchoolPlaceReferral } from './school-place-referral.entity';

/** The school-place referrals read model: each write is guarded by the event's version. */
@Injectable()
export class ReferralService {
  private readonly logger = new Logger(ReferralService.name);

  /** Stores the referral in `status` unless a newer (or the same) version is stored already. */
  async apply(
    manager: EntityManager,
    referralId: string,
    schoolPlaceId: string,
    status: SchoolPlaceReferral['status'],
    version: number,
  ): Promise<boolean> {
    const applied: unknown[] = await manager.query(
      `INSERT INTO school_place_referrals (referral_id, school_place_id, status, version)
       VALUES ($1, $2, $3, $4)
       ON CONFLICT (referral_id) DO UPDATE SET
         school_place_id = EXCLUDED.school_place_id,
         status = EXCLUDED.status,
         version = EXCLUDED.version,
         updated_at = now()
       WHERE school_place_referrals.version < EXCLUDED.version
       RETURNING referral_id`,
      [referralId, schoolPlaceId, status, version],
    );
    if (applied.length === 0)
      this.logger.debug(
        `ignored referral ${referralId} version ${version}: a newer version is applied`,
      );
    return applied.length > 0;
  }

  find(manager: EntityManager, referralId: string): Promise<SchoolPlaceReferral | null> {
    return manager.findOne(SchoolPlaceReferral, { where: { referralId } });
  }
}
