import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { PageQueryDto } from '@bridge/platform';
import { REFERRAL_STATUSES, ReferralStatus } from '../referral.entity';

/** `GET /candidates/:id/referrals`. */
export class ListCandidateReferralsQuery extends PageQueryDto {
  @ApiPropertyOptional({ enum: REFERRAL_STATUSES, example: 'referred' })
  @IsOptional()
  @IsIn(REFERRAL_STATUSES)
  status?: ReferralStatus;
}
