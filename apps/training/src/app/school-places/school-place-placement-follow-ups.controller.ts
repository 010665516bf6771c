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
import { SchoolPlacePlacementFollowUpsService } from './school-place-placement-follow-ups.service';

@ApiTags('school-places')
@Controller('placements')
export class SchoolPlacePlacementFollowUpsController {
  constructor(private readonly followUps: SchoolPlacePlacementFollowUpsService) {}

  @Get('follow-ups')
  @Roles('education-provider', 'admin')
  @ApiOperation({
    summary:
      "Placement checkpoints, 3 and 6 months after the start date: on the education provider's own school places (admin: all), due ones first",
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
