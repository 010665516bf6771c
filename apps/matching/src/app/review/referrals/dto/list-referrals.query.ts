import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length } from 'class-validator';
import { PageQueryDto } from '@bridge/platform';
import { REFERRAL_STATUSES, ReferralStatus } from '../referral.entity';

export class ListReferralsQuery extends PageQueryDto {
  @ApiPropertyOptional({ enum: REFERRAL_STATUSES, example: 'referred' })
  @IsOptional()
  @IsIn(REFERRAL_STATUSES)
  status?: ReferralStatus;

  @ApiPropertyOptional({
    description:
      'Only the referrals to this vacancy or school place (yours); another party’s or an unknown one gives an empty page',
    example: '9a4e2f7c-1b3d-4c8e-a5f6-7d9b0c1e2f3a',
    maxLength: 64,
  })
  @IsOptional()
  @IsString()
  @Length(1, 64)
  targetId?: string;
}
