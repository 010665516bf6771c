import { ApiPropertyOptional } from '@nestjs/swagger';
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
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { IsCalendarDate, MUNICIPALITY_CODE_PATTERN } from '@bridge/platform';
import { COVENANT_ID_EXAMPLE } from '../../common/openapi-examples';
import { CREBO_MESSAGE, CREBO_PATTERN, MUNICIPALITY_MESSAGE } from '../../common/reference-codes';
import { LEARNING_PATHS, type LearningPath } from '../school-place.entity';
import { MAX_SEATS } from './create-school-place.dto';
import { EntryRequirementsDto } from './entry-requirements.dto';

/** Present (not undefined) values are validated; `null` is refused for non-nullable fields. */
const whenGiven = ValidateIf((_object, value) => value !== undefined);

/** The fields of a school place that PATCH may change (all but `brin`). */
export class UpdateSchoolPlaceDto {
  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description:
      "A covenant of the place's provider (employers service), in force on the start date; null clears it",
    example: COVENANT_ID_EXAMPLE,
  })
  @IsOptional()
  @IsString()
  @Length(1, 64)
  covenantId?: string | null;

  @ApiPropertyOptional({ example: '25290', pattern: '^\\d{5}$' })
  @whenGiven
  @IsString()
  @Matches(CREBO_PATTERN, { message: CREBO_MESSAGE })
  crebo?: string;

  @ApiPropertyOptional({ enum: LEARNING_PATHS, example: 'BOL' })
  @whenGiven
  @IsIn(LEARNING_PATHS)
  learningPath?: LearningPath;

  @ApiPropertyOptional({ example: 'GM0796' })
  @whenGiven
  @IsString()
  @Matches(MUNICIPALITY_CODE_PATTERN, { message: MUNICIPALITY_MESSAGE })
  municipalityCode?: string;

  @ApiPropertyOptional({ format: 'date', example: '2027-02-01' })
  @whenGiven
  @IsCalendarDate()
  startDate?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: MAX_SEATS, example: 5 })
  @whenGiven
  @IsInt()
  @Min(1)
  @Max(MAX_SEATS)
  seats?: number;

  @ApiPropertyOptional({
    type: EntryRequirementsDto,
    description: 'Replaces the entry requirements as a whole',
    example: { minLevel: 2, requiredQualifications: ['25290'] },
  })
  @whenGiven
  @IsObject()
  @ValidateNested()
  @Type(() => EntryRequirementsDto)
  entryRequirements?: EntryRequirementsDto;
}
