import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { ReferralWithdrawalReason } from '@bridge/contracts';

/** `referred` while the referral stands (the word matching and employers use too). */
export type SchoolPlaceReferralStatus = 'referred' | 'withdrawn' | 'declined';

/** A referral of matching to a school place, as training needs it to record a placement. */
@Entity({ name: 'school_place_referrals' })
export class SchoolPlaceReferral {
  @PrimaryColumn({ name: 'referral_id', type: 'text' })
  referralId: string;

  @Column({ name: 'school_place_id', type: 'text' })
  schoolPlaceId: string;

  @Column({ type: 'text' })
  status: SchoolPlaceReferralStatus;

  /** Why matching withdrew it, when it is `withdrawn` and the event said (older events do not). */
  @Column({ name: 'withdrawal_reason', type: 'text', nullable: true })
  withdrawalReason: ReferralWithdrawalReason | null;

  /** The version of matching's referral aggregate last applied. */
  @Column({ type: 'integer' })
  version: number;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
