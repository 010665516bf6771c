import { ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { PageQueryDto } from '@bridge/platform';
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
}
