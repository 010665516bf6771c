import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblemResponse } from '@bridge/platform';
import { ListQualificationsQuery } from './dto/list-qualifications.query';
import { QualificationListView } from './qualification.view';
import { QualificationsService } from './qualifications.service';

@ApiTags('qualifications')
@Controller('qualifications')
export class QualificationsController {
  constructor(private readonly qualifications: QualificationsService) {}

  @Get()
  @ApiOperation({
    summary: 'MBO qualifications (crebo) from the reference data (any role)',
  })
  @ApiProblemResponse(400, 'Unknown sector or malformed query')
  @ApiOkResponse({ type: QualificationListView })
  list(@Query() query: ListQualificationsQuery): Promise<QualificationListView> {
    return this.qualifications.list(query);
  }
}
