import { ApiProperty } from '@nestjs/swagger';
import { IsString, Matches } from 'class-validator';

export class CandidateLookupQuery {
  @ApiProperty({ example: '1234567' })
  @IsString()
  @Matches(/^[A-Za-z0-9-]{4,20}$/, {
    message: 'djiNumber must be 4 to 20 letters, digits or dashes',
  })
  djiNumber: string;
}
