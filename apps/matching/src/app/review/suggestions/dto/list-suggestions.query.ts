import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { PageQueryDto } from '@bridge/platform';
import { SUGGESTION_STATUSES, SuggestionStatus } from '../../../match-engine/suggestion.entity';

export class ListCandidateSuggestionsQuery extends PageQueryDto {
  @ApiPropertyOptional({
    enum: ['vacancy', 'school-place'],
    example: 'vacancy',
  })
  @IsOptional()
  @IsIn(['vacancy', 'school-place'])
  type?: 'vacancy' | 'school-place';

  @ApiPropertyOptional({ enum: SUGGESTION_STATUSES, example: 'suggested' })
  @IsOptional()
  @IsIn(SUGGESTION_STATUSES)
  status?: SuggestionStatus;
}
