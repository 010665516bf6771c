import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A referral placed on a school place: it took one seat. One placement per referral. */
@Entity({ name: 'school_place_placements' })
export class SchoolPlacePlacement {
  @PrimaryColumn({ name: 'referral_id', type: 'text' })
  referralId: string;

  /** The placement's own id, as its follow-ups address it. */
  @Column({ type: 'uuid' })
  id: string;

  @Column({ name: 'school_place_id', type: 'uuid' })
  schoolPlaceId: string;

  /** `sub` of the provider user or admin who recorded it. */
  @Column({ name: 'placed_by', type: 'text' })
  placedBy: string;

  @Column({ name: 'placed_at', type: 'timestamptz' })
  placedAt: Date;
}
