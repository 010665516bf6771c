import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { ReferralWithdrawalReason, TargetType } from '@bridge/contracts';

/** `referred` until the target's owner places (at its own service) or declines it here. */
export const REFERRAL_STATUSES = ['referred', 'placed', 'declined', 'withdrawn'] as const;
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];

/** A certificate as it stood when the referral was made. */
export interface ReferralCertificate {
  crebo: string;
  title: string;
  issuedOn: string;
}

/**
 * An accepted suggestion, offered to the target's employer or school. What they see is a snapshot
 * taken at acceptance (certificates, region, availability), never the candidate id.
 */
@Entity({ name: 'referrals' })
export class Referral {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ name: 'suggestion_id', type: 'uuid' })
  suggestionId: string;

  @Column({ name: 'candidate_id', type: 'uuid' })
  candidateId: string;

  @Column({ name: 'target_id', type: 'text' })
  targetId: string;

  @Column({ name: 'target_type', type: 'text' })
  type: TargetType;

  @Column({ name: 'employer_id', type: 'text', nullable: true })
  employerId: string | null;

  @Column({ type: 'text', nullable: true })
  brin: string | null;

  @Column({ name: 'region_code', type: 'text' })
  regionCode: string;

  @Column({ name: 'available_from', type: 'date' })
  availableFrom: string;

  @Column({ type: 'jsonb' })
  certificates: ReferralCertificate[];

  @Column({ type: 'text' })
  status: ReferralStatus;

  @Column({ name: 'decline_note', type: 'text', nullable: true })
  declineNote: string | null;

  /** Of a withdrawn referral: why it stopped standing (null for those withdrawn before reasons were kept, or by a transfer). */
  @Column({ name: 'withdrawal_reason', type: 'text', nullable: true })
  withdrawalReason: ReferralWithdrawalReason | null;

  /** The advisor (or admin) who chose to keep this referral standing when the candidate is placed elsewhere. */
  @Column({ name: 'kept_standing_by', type: 'text', nullable: true })
  keptStandingBy: string | null;

  @Column({ name: 'kept_standing_at', type: 'timestamptz', nullable: true })
  keptStandingAt: Date | null;

  @Column({ name: 'kept_standing_note', type: 'text', nullable: true })
  keptStandingNote: string | null;

  /** The day (in the Netherlands) the target's service recorded the placement. */
  @Column({ name: 'placed_on', type: 'date', nullable: true })
  placedOn: string | null;

  /** What the follow-up at 3 months said: still holds, or ended; null until it is recorded. */
  @Column({ name: 'holds_at_3_months', type: 'boolean', nullable: true })
  holdsAt3Months: boolean | null;

  @Column({ name: 'holds_at_6_months', type: 'boolean', nullable: true })
  holdsAt6Months: boolean | null;

  /** When a follow-up said the placement ended, the day it ended (if the employer or school knew it). */
  @Column({ name: 'ended_on', type: 'date', nullable: true })
  endedOn: string | null;

  @Column({ type: 'integer' })
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
