import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A referral placed on a vacancy: it took one opening. At most one per referral. */
@Entity({ name: 'placements' })
export class Placement {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'vacancy_id', type: 'uuid' })
  vacancyId: string;

  @Column({ name: 'referral_id', type: 'uuid' })
  referralId: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

export const PLACEMENT_REFERRAL_UNIQUE = 'placements_referral_id_key';
