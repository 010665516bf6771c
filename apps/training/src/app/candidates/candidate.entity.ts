import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

export const CANDIDATE_STATUSES = ['active', 'left'] as const;
export type CandidateStatus = (typeof CANDIDATE_STATUSES)[number];

/**
 * Training's read model of matching's candidates: what certificates need to know (whose PI a
 * candidate is in, which region they return to), fed only by matching's events. A pseudonym, a PI
 * and dates; never a name or DJI number.
 *
 * A `left` event that overtakes the candidate's earlier events leaves a tombstone row with only the
 * id, status and version, so the late `registered` cannot bring the candidate back.
 */
@Entity({ name: 'candidates' })
export class Candidate {
  @PrimaryColumn({ name: 'candidate_id', type: 'text' })
  candidateId: string;

  @Column({ name: 'pi_code', type: 'text', nullable: true })
  piCode: string | null;

  @Column({ name: 'region_code', type: 'text', nullable: true })
  regionCode: string | null;

  @Column({ name: 'expected_release_date', type: 'date', nullable: true })
  expectedReleaseDate: string | null;

  @Column({ type: 'text' })
  status: CandidateStatus;

  /** The aggregate version of the newest matching event applied. */
  @Column({ type: 'integer' })
  version: number;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
