import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { FollowUpCheckpoint } from '@bridge/contracts';

/** The school's answer, at 3 or 6 months after the start date, whether a placement still holds. */
@Entity({ name: 'school_place_placement_follow_ups' })
export class SchoolPlacePlacementFollowUp {
  @PrimaryColumn({ name: 'placement_id', type: 'uuid' })
  placementId: string;

  @PrimaryColumn({ type: 'text' })
  checkpoint: FollowUpCheckpoint;

  @Column({ type: 'boolean' })
  holds: boolean;

  /** When a placement that no longer holds ended, if the school knows. */
  @Column({ name: 'ended_on', type: 'date', nullable: true })
  endedOn: string | null;

  /** `sub` of the provider user or admin who answered. */
  @Column({ name: 'recorded_by', type: 'text' })
  recordedBy: string;

  @Column({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt: Date;
}

export const SCHOOL_PLACE_PLACEMENT_FOLLOW_UP_UNIQUE = 'school_place_placement_follow_ups_pkey';
