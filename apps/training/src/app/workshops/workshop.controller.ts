import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblemResponse } from '@bridge/platform';
import { ListWorkshopsQueryDto, WorkshopPageView } from './workshop.dto';
import { WorkshopService } from './workshop.service';

@ApiTags('workshops')
@Controller('workshops')
export class WorkshopController {
  constructor(private readonly workshops: WorkshopService) {}

  @Get()
  @ApiOperation({
    summary: 'In-Made workshops, optionally of one PI (any role)',
    description: 'The per-PI list is illustrative demo data, not a DJI source.',
  })
  @ApiProblemResponse(400, 'Unknown PI code or malformed query')
  @ApiOkResponse({ type: WorkshopPageView })
  list(@Query() query: ListWorkshopsQueryDto): Promise<WorkshopPageView> {
    return this.workshops.list(query);
  }
}
