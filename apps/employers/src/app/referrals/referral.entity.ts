import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { ReferralWithdrawalReason } from '@bridge/contracts';

export const REFERRAL_STATUSES = ['referred', 'withdrawn', 'declined', 'placed'] as const;
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];

/**
 * Read model of matching's referrals to this service's vacancies (from `matching.referral.*`
 * events): what a placement needs to know. `version` is the referral's aggregate version at
 * matching; `placed` is this service's own fact and outlives later events.
 */
@Entity({ name: 'referrals' })
export class Referral {
  @PrimaryColumn({ name: 'referral_id', type: 'uuid' })
  referralId: string;

  @Column({ name: 'target_id', type: 'uuid' })
  targetId: string;

  @Column({ name: 'target_type', type: 'text' })
  targetType: string;

  /** Null for a tombstone (a withdrawal or decline that arrived before the creation). */
  @Column({ name: 'employer_id', type: 'uuid', nullable: true })
  employerId: string | null;

  @Column({ type: 'text' })
  status: ReferralStatus;

  /** Why matching withdrew it, when it is `withdrawn` and the event said (older events do not). */
  @Column({ name: 'withdrawal_reason', type: 'text', nullable: true })
  withdrawalReason: ReferralWithdrawalReason | null;

  @Column({ type: 'int' })
  version: number;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
