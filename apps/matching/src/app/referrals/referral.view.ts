import { ApiProperty } from '@nestjs/swagger';
import { CandidateCertificateView } from '../candidates/candidate.view';
import { REFERRAL_STATUSES, Referral, ReferralCertificate, ReferralStatus } from './referral.entity';

/** A referral as its employer or school sees it: anonymised, never the candidate id. */
export class ReferralView {
  @ApiProperty({ example: '0b8f3c1e-7d2a-4f59-9a61-2c4e8d7b5a10', description: 'The referral id (quoted when recording a placement)' })
  id: string;
  @ApiProperty({ example: '9a4e2f7c-1b3d-4c8e-a5f6-7d9b0c1e2f3a', description: 'The vacancy or school place' }) targetId: string;
  @ApiProperty({ enum: ['vacancy', 'school-place'], example: 'vacancy' }) type: 'vacancy' | 'school-place';
  @ApiProperty({ type: [CandidateCertificateView], description: 'The valid certificates when the referral was made' })
  certificates: ReferralCertificate[];
  @ApiProperty({ example: 'AM27', description: 'The labour market region the candidate returns to' }) regionCode: string;
  @ApiProperty({ example: '2027-03-15', format: 'date', description: 'The expected release date' }) availableFrom: string;
  @ApiProperty({ enum: REFERRAL_STATUSES, example: 'referred' }) status: ReferralStatus;
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
      createdAt: referral.createdAt.toISOString(),
    };
  }
}

export class ReferralListView {
  @ApiProperty({ type: [ReferralView] }) items: ReferralView[];
  @ApiProperty({ nullable: true, type: String, example: null }) nextCursor: string | null;
}
