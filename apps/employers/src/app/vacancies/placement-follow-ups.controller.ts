import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  CurrentPrincipal,
  ListPlacementFollowUpsQuery,
  Page,
  PlacementFollowUpListView,
  PlacementFollowUpView,
  Principal,
  Roles,
} from '@bridge/platform';
import { PlacementFollowUpsService } from './placement-follow-ups.service';

@ApiTags('vacancies')
@Controller('placements')
export class PlacementFollowUpsController {
  constructor(private readonly followUps: PlacementFollowUpsService) {}

  @Get('follow-ups')
  @Roles('employer', 'admin')
  @ApiOperation({
    summary:
      'Placement checkpoints, 3 and 6 months after the start date: on the employer’s own vacancies (admin: all), due ones first',
    description:
      '?status=due (default: reached and not answered), recorded or all (also those not reached yet).',
  })
  @ApiOkResponse({ type: PlacementFollowUpListView })
  list(
    @CurrentPrincipal() principal: Principal,
    @Query() query: ListPlacementFollowUpsQuery,
  ): Promise<Page<PlacementFollowUpView>> {
    return this.followUps.list(principal, query);
  }
}
