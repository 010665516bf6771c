import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { TargetType } from '@bridge/contracts';

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

  @Column({ type: 'integer' })
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
