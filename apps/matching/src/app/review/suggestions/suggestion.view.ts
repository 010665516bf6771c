import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { REFERRAL_STATUSES, Referral, ReferralStatus } from '../referrals/referral.entity';
import {
  EXPIRY_REASONS,
  ExpiryReason,
  ExplanationFactor,
  SNOOZE_REASON_CODES,
  SnoozeReasonCode,
  SUGGESTION_STATUSES,
  Suggestion,
  SuggestionStatus,
  SuggestionTarget,
} from '../../match-engine/suggestion.entity';
import { RULES_VERSION_BEFORE_RECORDING } from '../../match-engine/suggestion-replay';

export class ExplanationFactorView implements ExplanationFactor {
  @ApiProperty({ example: 'distance' }) factor: string;
  @ApiProperty({ example: 0.25 }) weight: number;
  @ApiProperty({ example: 0.733 }) value: number;
  @ApiProperty({ example: '12 km from the return municipality' }) reason: string;
}

/** The referral an accepted suggestion became. */
export class SuggestionReferralView {
  @ApiProperty({ example: '0b8f3c1e-7d2a-4f59-9a61-2c4e8d7b5a10' }) id: string;
  @ApiProperty({ enum: REFERRAL_STATUSES, example: 'referred' }) status: ReferralStatus;
}

export class SuggestionView {
  @ApiProperty({ example: '9c1d2e3f-4a5b-4c6d-8e7f-0a1b2c3d4e5f' }) id: string;
  @ApiProperty({ example: '5d0c0a52-5c7e-4c3e-9a43-3d3f8e4f1a7b' }) candidateId: string;
  @ApiProperty({
    example: '3f6b2a1c-8d4e-4b7a-9c2d-1e5f6a7b8c9d',
    description: 'The vacancy or school place',
  })
  targetId: string;
  @ApiProperty({ enum: ['vacancy', 'school-place'], example: 'vacancy' }) type:
    | 'vacancy'
    | 'school-place';
  @ApiProperty({ example: 0.812, minimum: 0, maximum: 1 }) score: number;
  @ApiProperty({ type: [ExplanationFactorView] }) explanation: ExplanationFactor[];
  @ApiProperty({ enum: SUGGESTION_STATUSES, example: 'suggested' }) status: SuggestionStatus;
  @ApiProperty({
    example: {
      title: 'Medewerker houtbewerking',
      municipalityCode: 'GM0855',
      startDate: '2027-03-01',
      employerId: '…',
    },
  })
  target: SuggestionTarget;
  @ApiProperty({ example: '2026-11-02T09:30:00.000Z' }) createdAt: string;
  @ApiPropertyOptional({ example: 'uwv-27', description: 'The advisor who reviewed it' })
  reviewedBy?: string;
  @ApiPropertyOptional({ example: '2026-11-03T10:15:00.000Z' }) reviewedAt?: string;
  @ApiPropertyOptional({ example: 'other', description: 'Of a rejected suggestion' })
  reasonCode?: string;
  @ApiPropertyOptional({ example: 'Too far from the return municipality' }) note?: string;
  @ApiPropertyOptional({ type: SuggestionReferralView, description: 'Of an accepted suggestion' })
  referral?: SuggestionReferralView;
  @ApiPropertyOptional({
    enum: EXPIRY_REASONS,
    example: 'outranked',
    description:
      "Of an expired suggestion: its target no longer passes a hard rule (or the candidate left the window), it scores below the minimum, or better targets took the open places of the candidate's list",
  })
  expiryReason?: ExpiryReason;
  @ApiProperty({
    example: 1,
    description:
      'MATCH_RULES_VERSION of the rules that computed it (1 for those made before versions were recorded)',
  })
  rulesVersion: number;
  @ApiProperty({
    nullable: true,
    type: String,
    format: 'date',
    example: null,
    description:
      'Snoozed: out of the advisor’s queue until this day, when it returns by itself (Dutch calendar)',
  })
  snoozedUntil: string | null;
  @ApiProperty({ nullable: true, enum: SNOOZE_REASON_CODES, example: null })
  snoozeReasonCode: SnoozeReasonCode | null;
  @ApiProperty({ nullable: true, type: String, example: null }) snoozeNote: string | null;

  static of(s: Suggestion, referral?: Pick<Referral, 'id' | 'status'>): SuggestionView {
    return {
      id: s.id,
      candidateId: s.candidateId,
      targetId: s.targetId,
      type: s.type,
      score: s.score,
      explanation: s.explanation,
      status: s.status,
      target: s.target,
      createdAt: s.createdAt.toISOString(),
      ...(s.reviewedBy && { reviewedBy: s.reviewedBy }),
      ...(s.reviewedAt && { reviewedAt: s.reviewedAt.toISOString() }),
      ...(s.reasonCode && { reasonCode: s.reasonCode }),
      ...(s.note && { note: s.note }),
      ...(referral && { referral: { id: referral.id, status: referral.status } }),
      ...(s.status === 'expired' && s.expiryReason && { expiryReason: s.expiryReason }),
      rulesVersion: s.rulesVersion ?? RULES_VERSION_BEFORE_RECORDING,
      snoozedUntil: s.snoozedUntil,
      snoozeReasonCode: s.snoozeReasonCode,
      snoozeNote: s.snoozeNote,
    };
  }
}

export class SuggestionListView {
  @ApiProperty({ type: [SuggestionView] }) items: SuggestionView[];
  @ApiProperty({ nullable: true, type: String, example: null }) nextCursor: string | null;
}

/** Who a queued suggestion is for, as far as the order of the queue (and its urgency) needs it. */
export class QueuedSuggestionCandidateView {
  @ApiProperty({ example: '2027-02-14', format: 'date' }) expectedReleaseDate: string;
  @ApiProperty({ example: 'AM27' }) regionCode: string;
  @ApiProperty({ example: 'PI-VUGHT' }) piCode: string;
  @ApiProperty({
    example: false,
    description:
      'Whether the candidate has at least one accepted suggestion (this one or another), whatever its referral became',
  })
  hasAcceptedSuggestion: boolean;
}

/**
 * A suggestion of the advisor's queue: the suggestion, and its candidate's release date, region and PI, and whether it
 * has an accepted suggestion.
 */
export class QueuedSuggestionView extends SuggestionView {
  @ApiProperty({ type: QueuedSuggestionCandidateView }) candidate: QueuedSuggestionCandidateView;
}

export class QueuedSuggestionListView {
  @ApiProperty({ type: [QueuedSuggestionView] }) items: QueuedSuggestionView[];
  @ApiProperty({ nullable: true, type: String, example: null }) nextCursor: string | null;
}
