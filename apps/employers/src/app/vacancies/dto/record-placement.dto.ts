import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';

export class RecordPlacementDto {
  @ApiProperty({
    description: 'A referral of matching for this vacancy',
    example: '9a1d3c2e-7b6f-4e5d-8c4b-3a2f1e0d9c8b',
  })
  @IsString()
  @MaxLength(64)
  referralId: string;
}
