import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, Min } from 'class-validator';
import { SUGGESTION_STATUSES, SuggestionStatus } from '../suggestion.entity';

export class ListCandidateSuggestionsQuery {
  @ApiPropertyOptional({ enum: ['vacancy', 'school-place'] })
  @IsOptional()
  @IsIn(['vacancy', 'school-place'])
  type?: 'vacancy' | 'school-place';

  @ApiPropertyOptional({ enum: SUGGESTION_STATUSES })
  @IsOptional()
  @IsIn(SUGGESTION_STATUSES)
  status?: SuggestionStatus;

  @ApiPropertyOptional({ default: 20, minimum: 1, maximum: 100 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  limit?: number;

  @ApiPropertyOptional({ description: 'nextCursor of the previous page' })
  @IsOptional()
  @IsString()
  @Matches(/^\d{1,9}$/, { message: 'cursor must be a nextCursor returned by this list' })
  cursor?: string;
}
