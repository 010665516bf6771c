import { ApiProperty } from '@nestjs/swagger';
import { ApiNextCursor, COVENANT_ID_EXAMPLE } from '../common/openapi-examples';
import {
  LEARNING_PATHS,
  type LearningPath,
  SchoolPlace,
  SCHOOL_PLACE_STATUSES,
  type SchoolPlaceStatus,
} from './school-place.entity';

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

export class SchoolPlaceListView {
  @ApiProperty({ type: [SchoolPlaceView] })
  items: SchoolPlaceView[];

  @ApiNextCursor()
  nextCursor: string | null;
}
