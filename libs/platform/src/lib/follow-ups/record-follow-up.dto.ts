import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsOptional, ValidateBy } from 'class-validator';
import { FOLLOW_UP_CHECKPOINTS, type FollowUpCheckpoint } from '@bridge/contracts';
import { IsCalendarDate } from '../validation/calendar-date.decorators';

/** The employer's or school's answer at a checkpoint: does the placement still hold? */
export class RecordFollowUpDto {
  @ApiProperty({ enum: FOLLOW_UP_CHECKPOINTS, example: '3-months' })
  @IsIn(FOLLOW_UP_CHECKPOINTS)
  checkpoint: FollowUpCheckpoint;

  @ApiProperty({
    example: true,
    description: 'Whether the candidate is still in the job or course',
  })
  @IsBoolean()
  holds: boolean;

  @ApiPropertyOptional({
    type: String,
    format: 'date',
    example: '2026-10-15',
    description:
      'Only when holds is false: the day it ended, if known; not in the future, not before the start date, not after the checkpoint',
  })
  @IsOptional()
  @IsCalendarDate()
  @ValidateBy({
    name: 'onlyWhenEnded',
    validator: {
      validate: (value: unknown, args) =>
        value == null || (args?.object as RecordFollowUpDto).holds === false,
      defaultMessage: () => 'endedOn is only given when holds is false',
    },
  })
  endedOn?: string | null;
}
