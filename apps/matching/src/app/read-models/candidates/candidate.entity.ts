import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { candidateLeftPayload, CandidateLeft, TargetType } from '@bridge/contracts';

export const VOG_OUTLOOKS = ['unknown', 'likely', 'unlikely'] as const;
export type VogOutlook = (typeof VOG_OUTLOOKS)[number];

/** Why a candidate left the platform: the reasons `matching.candidate.left.v1` carries, never free text. */
export const LEAVE_REASONS = candidateLeftPayload.shape.reason.options;
export type LeaveReason = CandidateLeft['reason'];

export interface CandidatePreferences {
  sectors?: string[];
  work?: boolean;
  education?: boolean;
}

/**
 * The candidate's latest placement, as matching learned of it from the target's service: where, from when, and the
 * referral it placed. `placedAt` (the event's instant) orders two placements of the same candidate.
 */
export interface CandidatePlacement {
  referralId: string;
  targetType: TargetType;
  targetId: string;
  title: string;
  startDate: string;
  placedOn: string;
  placedAt: string;
}

export interface CandidateConsent {
  shareAnonymisedProfile: boolean;
}

/**
 * A detainee nearing release. The id is a random pseudonym; no name, BSN or offence data is
 * stored, and the DJI number only as a keyed hash for look-ups.
 */
@Entity({ name: 'candidates' })
export class Candidate {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ name: 'dji_number_hash', type: 'text', select: false })
  djiNumberHash: string;

  @Column({ name: 'pi_code', type: 'text' })
  piCode: string;

  @Column({ name: 'expected_release_date', type: 'date' })
  expectedReleaseDate: string;

  @Column({ name: 'return_municipality_code', type: 'text' })
  returnMunicipalityCode: string;

  @Column({ name: 'region_code', type: 'text' })
  regionCode: string;

  @Column({ name: 'vog_outlook', type: 'text' })
  vogOutlook: VogOutlook;

  @Column({ name: 'excluded_municipalities', type: 'text', array: true })
  excludedMunicipalities: string[];

  @Column({ type: 'jsonb' })
  preferences: CandidatePreferences;

  @Column({ type: 'jsonb' })
  consent: CandidateConsent;

  @Column({ type: 'text' })
  status: 'active' | 'left';

  @Column({ name: 'left_reason', type: 'text', nullable: true })
  leftReason: LeaveReason | null;

  /** The latest placement; null while never placed. Not part of the candidate's state events (`version`). */
  @Column({ type: 'jsonb', nullable: true })
  placement: CandidatePlacement | null;

  @Column({ type: 'integer' })
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
