import { ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsOptional } from 'class-validator';
import { PageQueryDto, QueryBoolean } from '@bridge/platform';
import { SUGGESTION_STATUSES, SuggestionStatus } from '../../../match-engine/suggestion.entity';
import { CandidateRegionFilterQuery } from '../../../read-models/candidates/dto/candidate-region-filter.query';

/** `GET /suggestions`: the advisor's queue, by default of the suggestions still to review. */
export class SuggestionQueueQuery extends IntersectionType(
  PageQueryDto,
  CandidateRegionFilterQuery,
) {
  @ApiPropertyOptional({ enum: SUGGESTION_STATUSES, default: 'suggested', example: 'suggested' })
  @IsOptional()
  @IsIn(SUGGESTION_STATUSES)
  status?: SuggestionStatus;

  @ApiPropertyOptional({
    type: Boolean,
    default: false,
    example: false,
    description:
      'false (default): without the suggestions snoozed until a later day; true: only those (a snooze ends on its day by itself)',
  })
  @IsOptional()
  @QueryBoolean()
  @IsBoolean()
  snoozed?: boolean;
}
