import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsString, Matches, MaxLength, ValidateIf } from 'class-validator';
import { IsCalendarDate } from '@bridge/platform';
import { SNOOZE_REASON_CODES, SnoozeReasonCode } from '../../../match-engine/suggestion.entity';

/** How far ahead a suggestion can be snoozed: half a year, the horizon within which a candidate is matched at all. */
export const MAX_SNOOZE_DAYS = 180;

export class SnoozeSuggestionDto {
  @ApiProperty({
    format: 'date',
    example: '2027-01-15',
    description: `The day the suggestion returns to the queue: after today and at most ${MAX_SNOOZE_DAYS} days ahead (Dutch calendar)`,
  })
  @IsCalendarDate()
  until: string;

  @ApiProperty({ enum: SNOOZE_REASON_CODES, example: 'awaiting-vog' })
  @IsIn(SNOOZE_REASON_CODES)
  reasonCode: SnoozeReasonCode;

  @ApiPropertyOptional({
    maxLength: 2000,
    example: 'VOG aangevraagd, uitslag verwacht half januari',
    description: 'Required when reasonCode is other',
  })
  @ValidateIf(
    (snooze: SnoozeSuggestionDto) => snooze.reasonCode === 'other' || snooze.note !== undefined,
  )
  @IsString({ message: 'note must be text; a snooze for reason other needs one' })
  @Matches(/\S/, { message: 'note must not be blank; a snooze for reason other needs one' })
  @MaxLength(2000)
  note?: string;
}
