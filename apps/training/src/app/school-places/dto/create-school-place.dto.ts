import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { IsCalendarDate, MUNICIPALITY_CODE_PATTERN } from '@bridge/platform';
import { COVENANT_ID_EXAMPLE } from '../../common/openapi-examples';
import {
  BRIN_MESSAGE,
  BRIN_PATTERN,
  CREBO_MESSAGE,
  CREBO_PATTERN,
  MUNICIPALITY_MESSAGE,
} from '../../common/reference-codes';
import { LEARNING_PATHS, type LearningPath } from '../school-place.entity';
import { EntryRequirementsDto } from './entry-requirements.dto';

export const MAX_SEATS = 1000;

export class CreateSchoolPlaceDto {
  @ApiProperty({
    description: "The provider's BRIN (an education provider's own)",
    example: '25LX',
  })
  @IsString()
  @Matches(BRIN_PATTERN, { message: BRIN_MESSAGE })
  brin: string;

  @ApiPropertyOptional({
    description: 'A covenant of the provider (employers service), in force on the start date',
    example: COVENANT_ID_EXAMPLE,
  })
  @IsOptional()
  @IsString()
  @Length(1, 64)
  covenantId?: string;

  @ApiProperty({ example: '25290', pattern: '^\\d{5}$' })
  @IsString()
  @Matches(CREBO_PATTERN, { message: CREBO_MESSAGE })
  crebo: string;

  @ApiProperty({ enum: LEARNING_PATHS, example: 'BBL' })
  @IsIn(LEARNING_PATHS)
  learningPath: LearningPath;

  @ApiProperty({ example: 'GM0796' })
  @IsString()
  @Matches(MUNICIPALITY_CODE_PATTERN, { message: MUNICIPALITY_MESSAGE })
  municipalityCode: string;

  @ApiProperty({ format: 'date', example: '2027-02-01' })
  @IsCalendarDate()
  startDate: string;

  @ApiProperty({ minimum: 1, maximum: MAX_SEATS, example: 5 })
  @IsInt()
  @Min(1)
  @Max(MAX_SEATS)
  seats: number;

  @ApiPropertyOptional({
    type: EntryRequirementsDto,
    example: { minLevel: 2, requiredQualifications: ['25290'] },
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => EntryRequirementsDto)
  entryRequirements?: EntryRequirementsDto;
}
