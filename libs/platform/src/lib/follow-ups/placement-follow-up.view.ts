import { ApiProperty } from '@nestjs/swagger';
import { FOLLOW_UP_CHECKPOINTS, type FollowUpCheckpoint } from '@bridge/contracts';

/**
 * One checkpoint of a placement (3 or 6 months after the target's start date) and, once the
 * employer or school answered, whether the placement still held there.
 */
export class PlacementFollowUpView {
  @ApiProperty({ format: 'uuid', example: '2f6c1b9e-8d4a-4e7f-9c3b-5a1d0e2f4b6c' })
  placementId: string;

  @ApiProperty({
    format: 'uuid',
    example: '6ec0bd7f-11c0-43da-975e-2a8ad9ebae0b',
    description: 'The vacancy or school place',
  })
  targetId: string;

  @ApiProperty({ example: 'Medewerker houtbewerking' })
  targetTitle: string;

  @ApiProperty({ format: 'uuid', example: '9a1d3c2e-7b6f-4e5d-8c4b-3a2f1e0d9c8b' })
  referralId: string;

  @ApiProperty({ format: 'date', example: '2026-08-31', description: "The target's start date" })
  startDate: string;

  @ApiProperty({ enum: FOLLOW_UP_CHECKPOINTS, example: '3-months' })
  checkpoint: FollowUpCheckpoint;

  @ApiProperty({
    format: 'date',
    example: '2026-11-30',
    description: 'The start date plus 3 or 6 calendar months (the last day of a shorter month)',
  })
  dueOn: string;

  @ApiProperty({
    type: Boolean,
    nullable: true,
    example: null,
    description: 'Null until answered',
  })
  holds: boolean | null;

  @ApiProperty({
    type: String,
    format: 'date',
    nullable: true,
    example: null,
    description: 'When a placement that no longer holds ended, if known',
  })
  endedOn: string | null;

  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    example: null,
    description: 'When the answer was recorded; null until answered',
  })
  recordedAt: string | null;
}

export class PlacementFollowUpListView {
  @ApiProperty({ type: [PlacementFollowUpView] })
  items: PlacementFollowUpView[];

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Pass as ?cursor= for the next page; null on the last page',
    example: 'eyJyYW5rIjoiMCIsImR1ZU9uIjoiMjAyNi0xMS0zMCJ9',
  })
  nextCursor: string | null;
}
