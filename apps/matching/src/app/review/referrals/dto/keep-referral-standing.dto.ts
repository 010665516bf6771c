import { ApiProperty } from '@nestjs/swagger';
import { IsString, Matches, MaxLength } from 'class-validator';

/** `POST /referrals/:id/keep-standing`: why this referral should outlast a placement elsewhere. */
export class KeepReferralStandingDto {
  @ApiProperty({
    maxLength: 2000,
    example: 'BBL-opleiding naast de baan bij dezelfde werkgever',
    description: 'Why the referral stays standing when the candidate is placed elsewhere',
  })
  @IsString({ message: 'note must be text' })
  @Matches(/\S/, { message: 'note must not be blank' })
  @MaxLength(2000)
  note: string;
}
