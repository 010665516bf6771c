import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblemResponse } from '@bridge/platform';
import { ListWorkshopsQuery } from './dto/list-workshops.query';
import { WorkshopListView } from './workshop.view';
import { WorkshopsService } from './workshops.service';

@ApiTags('workshops')
@Controller('workshops')
export class WorkshopsController {
  constructor(private readonly workshops: WorkshopsService) {}

  @Get()
  @ApiOperation({
    summary: 'In-Made workshops, optionally of one PI (any role)',
    description: 'The per-PI list is illustrative demo data, not a DJI source.',
  })
  @ApiProblemResponse(400, 'Unknown PI code or malformed query')
  @ApiOkResponse({ type: WorkshopListView })
  list(@Query() query: ListWorkshopsQuery): Promise<WorkshopListView> {
    return this.workshops.list(query);
  }
}
