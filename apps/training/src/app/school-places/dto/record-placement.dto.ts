import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';
import { REFERRAL_ID_EXAMPLE } from '../../common/openapi-examples';

export class RecordPlacementDto {
  @ApiProperty({
    description: 'A referral of matching for this school place (GET /referrals at matching)',
    example: REFERRAL_ID_EXAMPLE,
  })
  @IsString()
  @Length(1, 64)
  referralId: string;
}
