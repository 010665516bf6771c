import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { PageQueryDto } from '../paging/page-query.dto';

export const FOLLOW_UP_STATUS_FILTERS = ['due', 'recorded', 'all'] as const;
export type FollowUpStatusFilter = (typeof FOLLOW_UP_STATUS_FILTERS)[number];

export class ListPlacementFollowUpsQuery extends PageQueryDto {
  @ApiPropertyOptional({
    enum: FOLLOW_UP_STATUS_FILTERS,
    default: 'due',
    example: 'due',
    description:
      'due: reached and not answered; recorded: answered; all: also those not yet reached. Due ones come first',
  })
  @IsOptional()
  @IsIn(FOLLOW_UP_STATUS_FILTERS)
  status?: FollowUpStatusFilter;
}
