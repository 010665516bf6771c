import { ApiProperty } from '@nestjs/swagger';
import { IsBoolean } from 'class-validator';

export class CandidateConsentDto {
  @ApiProperty({
    example: true,
    description: 'Consent to share an anonymised profile with employers and schools',
  })
  @IsBoolean()
  shareAnonymisedProfile: boolean;
}
