import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblemResponse } from '@bridge/platform';
import { ListQualificationsQueryDto, QualificationPageView } from './qualification.dto';
import { QualificationService } from './qualification.service';

@ApiTags('qualifications')
@Controller('qualifications')
export class QualificationController {
  constructor(private readonly qualifications: QualificationService) {}

  @Get()
  @ApiOperation({
    summary: 'MBO qualifications (crebo) from the reference data (any role)',
  })
  @ApiProblemResponse(400, 'Unknown sector or malformed query')
  @ApiOkResponse({ type: QualificationPageView })
  list(@Query() query: ListQualificationsQueryDto): Promise<QualificationPageView> {
    return this.qualifications.list(query);
  }
}
