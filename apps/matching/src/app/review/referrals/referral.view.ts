import { ApiProperty } from '@nestjs/swagger';
import { REFERRAL_WITHDRAWAL_REASONS, ReferralWithdrawalReason } from '@bridge/contracts';
import type { SuggestionTarget } from '../../match-engine/suggestion.entity';
import { CandidateCertificateView } from '../../read-models/candidates/candidate.view';
import {
  REFERRAL_STATUSES,
  Referral,
  ReferralCertificate,
  ReferralStatus,
} from './referral.entity';

const WITHDRAWAL_REASON_PROPERTY = {
  enum: REFERRAL_WITHDRAWAL_REASONS,
  nullable: true,
  example: null,
  description:
    'Of a withdrawn referral: the candidate left, withdrew consent, or was placed elsewhere; null otherwise (and for a referral withdrawn by a transfer to another PI)',
};

/** The reason shows only while the referral is withdrawn: a placement that crossed a withdrawal ends it. */
function withdrawalReasonOf(referral: Referral): ReferralWithdrawalReason | null {
  return referral.status === 'withdrawn' ? referral.withdrawalReason : null;
}

/** Who chose to keep a referral standing through a placement elsewhere, when, and why. */
export class KeptStandingView {
  @ApiProperty({ example: 'uwv-27', description: 'The advisor or admin (their subject)' })
  by: string;
  @ApiProperty({ example: '2026-12-03T10:15:00.000Z' }) at: string;
  @ApiProperty({ example: 'BBL-opleiding naast de baan bij dezelfde werkgever' }) note: string;

  static of(referral: Referral): KeptStandingView | null {
    const { keptStandingBy: by, keptStandingAt: at, keptStandingNote: note } = referral;
    return by && at && note !== null ? { by, at: at.toISOString(), note } : null;
  }
}

/** A referral as its employer or school sees it: anonymised, never the candidate id. */
export class ReferralView {
  @ApiProperty({
    example: '0b8f3c1e-7d2a-4f59-9a61-2c4e8d7b5a10',
    description: 'The referral id (quoted when recording a placement)',
  })
  id: string;
  @ApiProperty({
    example: '9a4e2f7c-1b3d-4c8e-a5f6-7d9b0c1e2f3a',
    description: 'The vacancy or school place',
  })
  targetId: string;
  @ApiProperty({ enum: ['vacancy', 'school-place'], example: 'vacancy' }) type:
    | 'vacancy'
    | 'school-place';
  @ApiProperty({
    type: [CandidateCertificateView],
    description: 'The valid certificates when the referral was made',
  })
  certificates: ReferralCertificate[];
  @ApiProperty({
    example: 'AM27',
    description: 'The labour market region the candidate returns to',
  })
  regionCode: string;
  @ApiProperty({ example: '2027-03-15', format: 'date', description: 'The expected release date' })
  availableFrom: string;
  @ApiProperty({ enum: REFERRAL_STATUSES, example: 'referred' }) status: ReferralStatus;
  @ApiProperty(WITHDRAWAL_REASON_PROPERTY) withdrawalReason: ReferralWithdrawalReason | null;
  @ApiProperty({ example: '2026-12-01T09:30:00.000Z' }) createdAt: string;

  static of(referral: Referral): ReferralView {
    return {
      id: referral.id,
      targetId: referral.targetId,
      type: referral.type,
      certificates: referral.certificates,
      regionCode: referral.regionCode,
      availableFrom: referral.availableFrom,
      status: referral.status,
      withdrawalReason: withdrawalReasonOf(referral),
      createdAt: referral.createdAt.toISOString(),
    };
  }
}

export class ReferralListView {
  @ApiProperty({ type: [ReferralView] }) items: ReferralView[];
  @ApiProperty({ nullable: true, type: String, example: null }) nextCursor: string | null;
}

/** The vacancy or school place of a referral, as the suggestion it came from described it. */
export class CandidateReferralTargetView implements SuggestionTarget {
  @ApiProperty({ example: 'Medewerker houtbewerking' }) title: string;
  @ApiProperty({ example: 'GM0855' }) municipalityCode: string;
  @ApiProperty({ example: '2027-03-01', format: 'date' }) startDate: string;
  @ApiProperty({
    required: false,
    example: '0f8fad5b-d9cb-469f-a165-70867728950e',
    description: 'Of a vacancy',
  })
  employerId?: string;
  @ApiProperty({ required: false, example: '25LX', description: 'Of a school place' })
  brin?: string;
}

/** A referral of one candidate, as PI staff, advisors and admins follow it (not the employer's anonymised view). */
export class CandidateReferralView {
  @ApiProperty({ example: '0b8f3c1e-7d2a-4f59-9a61-2c4e8d7b5a10', description: 'The referral id' })
  id: string;
  @ApiProperty({
    example: '9c1d2e3f-4a5b-4c6d-8e7f-0a1b2c3d4e5f',
    description: 'The accepted suggestion it came from',
  })
  suggestionId: string;
  @ApiProperty({
    example: '9a4e2f7c-1b3d-4c8e-a5f6-7d9b0c1e2f3a',
    description: 'The vacancy or school place',
  })
  targetId: string;
  @ApiProperty({ enum: ['vacancy', 'school-place'], example: 'vacancy' }) type:
    | 'vacancy'
    | 'school-place';
  @ApiProperty({
    type: CandidateReferralTargetView,
    description: 'Title, place and start of the target when it was accepted',
  })
  target: SuggestionTarget;
  @ApiProperty({ enum: REFERRAL_STATUSES, example: 'placed' }) status: ReferralStatus;
  @ApiProperty(WITHDRAWAL_REASON_PROPERTY) withdrawalReason: ReferralWithdrawalReason | null;
  @ApiProperty({
    type: KeptStandingView,
    nullable: true,
    description:
      'Set when an advisor chose to keep this referral standing: a placement elsewhere then does not withdraw it',
  })
  keptStanding: KeptStandingView | null;
  @ApiProperty({
    example: '2026-12-01T09:30:00.000Z',
    description: 'When the advisor accepted the suggestion',
  })
  createdAt: string;
  @ApiProperty({
    type: String,
    nullable: true,
    example: '2026-12-14T13:05:00.000Z',
    description:
      'When it became placed, declined or withdrawn (its last change); null while referred',
  })
  statusChangedAt: string | null;

  static of(referral: Referral, target: SuggestionTarget): CandidateReferralView {
    return {
      id: referral.id,
      suggestionId: referral.suggestionId,
      targetId: referral.targetId,
      type: referral.type,
      target,
      status: referral.status,
      withdrawalReason: withdrawalReasonOf(referral),
      keptStanding: KeptStandingView.of(referral),
      createdAt: referral.createdAt.toISOString(),
      statusChangedAt: referral.status === 'referred' ? null : referral.updatedAt.toISOString(),
    };
  }
}

export class CandidateReferralListView {
  @ApiProperty({ type: [CandidateReferralView] }) items: CandidateReferralView[];
  @ApiProperty({
    nullable: true,
    type: String,
    example: null,
    description: 'Pass as ?cursor= for the next page; null on the last page',
  })
  nextCursor: string | null;
}
