import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';

export class DeclineReferralDto {
  @ApiPropertyOptional({
    description: 'Why the referral is declined (kept here, not in the event)',
    maxLength: 2000,
    example: 'Geen begeleiding beschikbaar in de startperiode',
  })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string;
}
