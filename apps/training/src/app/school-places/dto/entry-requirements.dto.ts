import { ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsInt,
  IsOptional,
  Matches,
  Max,
  Min,
} from 'class-validator';
import { CREBO_MESSAGE, CREBO_PATTERN } from '../../common/reference-codes';

export const MAX_REQUIRED_QUALIFICATIONS = 20;

/** What a candidate must bring to a school place; part of the create and change bodies. */
export class EntryRequirementsDto {
  @ApiPropertyOptional({ minimum: 1, maximum: 4, example: 2 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(4)
  minLevel?: number;

  @ApiPropertyOptional({
    type: [String],
    description: 'Crebo codes a candidate must hold as a valid certificate',
    example: ['25290'],
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_REQUIRED_QUALIFICATIONS)
  @ArrayUnique()
  @Matches(CREBO_PATTERN, { each: true, message: CREBO_MESSAGE })
  requiredQualifications?: string[];
}
