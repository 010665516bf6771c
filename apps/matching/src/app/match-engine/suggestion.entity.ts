import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryColumn,
  UpdateDateColumn,
  VirtualColumn,
} from 'typeorm';
import type { TargetType } from '@bridge/contracts';

export const SUGGESTION_STATUSES = ['suggested', 'accepted', 'rejected', 'expired'] as const;
export type SuggestionStatus = (typeof SUGGESTION_STATUSES)[number];

/**
 * Why an open suggestion expired: its target no longer passes a hard rule (closed, full, out of the window, ...) or the
 * candidate left the window; it scores below MATCH_MIN_SCORE; better targets took the candidate's open slots; or the
 * candidate was placed (at another target, by a placement its service recorded).
 */
export const EXPIRY_REASONS = [
  'no-longer-matches',
  'below-min-score',
  'outranked',
  'placed',
] as const;
export type ExpiryReason = (typeof EXPIRY_REASONS)[number];

/**
 * Why an advisor parks a suggestion until a day (docs/design.md, "Review by an advisor"): the VOG is still being
 * applied for, the release date is uncertain, the candidate cannot take it up now, the target is not ready yet; or
 * `other`, with a note.
 */
export const SNOOZE_REASON_CODES = [
  'awaiting-vog',
  'awaiting-release-date',
  'candidate-unavailable',
  'awaiting-target',
  'other',
] as const;
export type SnoozeReasonCode = (typeof SNOOZE_REASON_CODES)[number];

/** One factor of a score: how much it weighs, how the candidate scored on it, and why. */
export interface ExplanationFactor {
  factor: string;
  weight: number;
  value: number;
  reason: string;
}

export interface SuggestionTarget {
  title: string;
  municipalityCode: string;
  startDate: string;
  employerId?: string;
  brin?: string;
}

const numeric = { to: (value: number) => value, from: (value: string) => Number(value) };

/** A target (vacancy or school place) the match engine proposes for a candidate. */
@Entity({ name: 'suggestions' })
export class Suggestion {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ name: 'candidate_id', type: 'uuid' })
  candidateId: string;

  @Column({ name: 'target_id', type: 'text' })
  targetId: string;

  @Column({ name: 'target_type', type: 'text' })
  type: TargetType;

  @Column({ type: 'numeric', precision: 4, scale: 3, transformer: numeric })
  score: number;

  @Column({ type: 'json' })
  explanation: ExplanationFactor[];

  @Column({ type: 'jsonb' })
  target: SuggestionTarget;

  @Column({ type: 'text' })
  status: SuggestionStatus;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @Column({ name: 'reviewed_by', type: 'text', nullable: true })
  reviewedBy: string | null;

  @Column({ name: 'reviewed_at', type: 'timestamptz', nullable: true })
  reviewedAt: Date | null;

  @Column({ name: 'reason_code', type: 'text', nullable: true })
  reasonCode: string | null;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  /** Of an expired suggestion (null for those expired before reasons were kept). */
  @Column({ name: 'expiry_reason', type: 'text', nullable: true })
  expiryReason: ExpiryReason | null;

  /** MATCH_RULES_VERSION of the code that computed it (null: made before versions were recorded). */
  @Column({ name: 'rules_version', type: 'integer', nullable: true })
  rulesVersion: number | null;

  /** `matchSettingsFingerprint` of the settings it was computed with. */
  @Column({ name: 'settings_fingerprint', type: 'text', nullable: true })
  settingsFingerprint: string | null;

  /** The day (in the Netherlands) it was computed for. */
  @Column({ name: 'as_of', type: 'date', nullable: true })
  asOf: string | null;

  /** Hash of the candidate's match profile in `match_input_snapshots`, as the engine judged it. */
  @Column({ name: 'candidate_input', type: 'text', nullable: true })
  candidateInput: string | null;

  /** Hash of the target's profile in `match_input_snapshots`. */
  @Column({ name: 'target_input', type: 'text', nullable: true })
  targetInput: string | null;

  /** Out of the advisor's queue until this day (it returns on it). */
  @Column({ name: 'snoozed_until', type: 'date', nullable: true })
  snoozedUntil: string | null;

  @Column({ name: 'snooze_reason_code', type: 'text', nullable: true })
  snoozeReasonCode: SnoozeReasonCode | null;

  @Column({ name: 'snooze_note', type: 'text', nullable: true })
  snoozeNote: string | null;

  /**
   * Whether the candidate has an accepted suggestion (this one or another): a correlated EXISTS on the partial index
   * `suggestions_candidate_accepted`, read only where a query selects it (`addSelect('s.candidateHasAcceptedSuggestion')`,
   * the advisor's queue), so no other read or write of suggestions pays for it.
   */
  @VirtualColumn({
    type: 'boolean',
    select: false,
    query: (alias) =>
      `SELECT EXISTS (SELECT 1 FROM suggestions accepted WHERE accepted.candidate_id = ${alias}.candidate_id AND accepted.status = 'accepted')`,
  })
  candidateHasAcceptedSuggestion?: boolean;
}
