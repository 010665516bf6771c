import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
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
import { IsKnownRegionFilter, PageQueryDto } from '@bridge/platform';
import { IsCalendarDate } from '../common/calendar-date';
import { ApiNextCursor } from '../common/openapi-examples';
import {
  BRIN_MESSAGE,
  BRIN_PATTERN,
  CREBO_MESSAGE,
  CREBO_PATTERN,
  MUNICIPALITY_MESSAGE,
  MUNICIPALITY_PATTERN,
} from '../common/reference-codes';
import {
  LEARNING_PATHS,
  type LearningPath,
  SchoolPlace,
  SCHOOL_PLACE_STATUSES,
  type SchoolPlaceStatus,
} from './school-place.entity';

export const MAX_SEATS = 1000;
const COVENANT_ID_EXAMPLE = '5d0c3f4e-8b1a-4c2d-9e7f-1a2b3c4d5e6f';
const REFERRAL_ID_EXAMPLE = 'c2f1a7d4-6e3b-4f8a-9d21-0b7e5c4a3f19';
export const MAX_REQUIRED_QUALIFICATIONS = 20;

/** Present (not undefined) values are validated; `null` is refused for non-nullable fields. */
const whenGiven = ValidateIf((_object, value) => value !== undefined);

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
  @Matches(MUNICIPALITY_PATTERN, { message: MUNICIPALITY_MESSAGE })
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
  @Matches(MUNICIPALITY_PATTERN, { message: MUNICIPALITY_MESSAGE })
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

export class ListSchoolPlacesQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: SCHOOL_PLACE_STATUSES, example: 'open' })
  @IsOptional()
  @IsIn(SCHOOL_PLACE_STATUSES)
  status?: SchoolPlaceStatus;

  @ApiPropertyOptional({
    description: 'Labour market region code',
    example: 'AM27',
  })
  @IsOptional()
  @IsString()
  @IsKnownRegionFilter()
  region?: string;

  @ApiPropertyOptional({ example: '25290' })
  @IsOptional()
  @IsString()
  @Matches(CREBO_PATTERN, { message: CREBO_MESSAGE })
  crebo?: string;
}

export class EntryRequirementsView {
  @ApiProperty({
    type: Number,
    nullable: true,
    minimum: 1,
    maximum: 4,
    example: 2,
  })
  minLevel: number | null;

  @ApiProperty({ type: [String], example: ['25290'] })
  requiredQualifications: string[];
}

export class SchoolPlaceView {
  @ApiProperty({
    format: 'uuid',
    example: '7c9e6679-7425-40de-944b-e07fc1f90ae7',
  })
  id: string;

  @ApiProperty({ example: '25LX' })
  brin: string;

  @ApiProperty({
    type: String,
    nullable: true,
    example: COVENANT_ID_EXAMPLE,
  })
  covenantId: string | null;

  @ApiProperty({ example: '25290' })
  crebo: string;

  @ApiProperty({ example: 'Basislasser' })
  title: string;

  @ApiProperty({ minimum: 1, maximum: 4, example: 2 })
  level: number;

  @ApiProperty({ example: 'Techniek en procesindustrie' })
  sector: string;

  @ApiProperty({ enum: LEARNING_PATHS, example: 'BBL' })
  learningPath: LearningPath;

  @ApiProperty({ example: 'GM0796' })
  municipalityCode: string;

  @ApiProperty({ example: 'AM27' })
  regionCode: string;

  @ApiProperty({ format: 'date', example: '2027-02-01' })
  startDate: string;

  @ApiProperty({ minimum: 1, example: 5 })
  seats: number;

  @ApiProperty({ minimum: 0, example: 4 })
  seatsLeft: number;

  @ApiProperty({ enum: SCHOOL_PLACE_STATUSES, example: 'open' })
  status: SchoolPlaceStatus;

  @ApiProperty({
    type: EntryRequirementsView,
    example: { minLevel: 2, requiredQualifications: ['25290'] },
  })
  entryRequirements: EntryRequirementsView;

  @ApiProperty({
    minimum: 1,
    example: 2,
    description: 'Aggregate version, +1 on every change',
  })
  version: number;

  @ApiProperty({ format: 'date-time', example: '2026-11-20T09:30:00.000Z' })
  createdAt: string;

  @ApiProperty({ format: 'date-time', example: '2026-11-21T14:05:00.000Z' })
  updatedAt: string;

  static of(place: SchoolPlace): SchoolPlaceView {
    return {
      id: place.id,
      brin: place.brin,
      covenantId: place.covenantId,
      crebo: place.crebo,
      title: place.title,
      level: place.level,
      sector: place.sector,
      learningPath: place.learningPath,
      municipalityCode: place.municipalityCode,
      regionCode: place.regionCode,
      startDate: place.startDate,
      seats: place.seats,
      seatsLeft: place.seatsLeft,
      status: place.status,
      entryRequirements: {
        minLevel: place.minLevel,
        requiredQualifications: place.requiredQualifications,
      },
      version: place.version,
      createdAt: place.createdAt.toISOString(),
      updatedAt: place.updatedAt.toISOString(),
    };
  }
}

export class SchoolPlacePageView {
  @ApiProperty({ type: [SchoolPlaceView] })
  items: SchoolPlaceView[];

  @ApiNextCursor()
  nextCursor: string | null;
}

export class RecordPlacementDto {
  @ApiProperty({
    description: 'A referral of matching for this school place (GET /referrals at matching)',
    example: REFERRAL_ID_EXAMPLE,
  })
  @IsString()
  @Length(1, 64)
  referralId: string;
}

export class PlacementView {
  @ApiProperty({
    format: 'uuid',
    example: '7c9e6679-7425-40de-944b-e07fc1f90ae7',
  })
  schoolPlaceId: string;

  @ApiProperty({ example: REFERRAL_ID_EXAMPLE })
  referralId: string;

  @ApiProperty({ minimum: 0, example: 3 })
  seatsLeft: number;

  @ApiProperty({ enum: SCHOOL_PLACE_STATUSES, example: 'open' })
  status: SchoolPlaceStatus;
}
