import { Controller, Get, Req, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import {
  ApiCsvExport,
  ApiProblemResponse,
  CurrentPrincipal,
  Principal,
  Roles,
  wantsCsv,
} from '@bridge/platform';
import { InsightExportService } from '../insight-export.service';
import { ReviewBehaviourService } from './review-behaviour.service';
import {
  REVIEW_BEHAVIOUR_COLUMNS,
  reviewBehaviourCsvRows,
  ReviewBehaviourView,
} from './review-behaviour.view';

@ApiTags('insights')
@ApiBearerAuth()
@Controller('insights')
export class ReviewBehaviourController {
  constructor(
    private readonly reviewBehaviour: ReviewBehaviourService,
    private readonly exports: InsightExportService,
  ) {}

  @Get('review-behaviour')
  @Roles('admin')
  @ApiCsvExport()
  @ApiOperation({
    summary:
      'How advisors review, per labour market region of the reviewed candidates, never naming an advisor',
    description:
      'Every review so far (a suggestion accepted or rejected): the number, the acceptance rate, the rate of each rejection ' +
      'reason and the median days from suggestion to review, nationally and per region. A region with fewer than 10 reviews ' +
      'shows no figures (suppressed), and so does the next smallest when it is the only one. Aggregates only: not audited; ' +
      'the CSV export (Accept: text/csv) is.',
  })
  @ApiOkResponse({ type: ReviewBehaviourView })
  @ApiProblemResponse(403, 'Only admins (the DJI’s regional coordinator) see review behaviour')
  async get(
    @CurrentPrincipal() principal: Principal,
    @Req() request: Request,
  ): Promise<ReviewBehaviourView | StreamableFile> {
    const view = await this.reviewBehaviour.reviewBehaviour();
    if (!wantsCsv(request)) return view;
    return this.exports.download(
      principal,
      'review-behaviour',
      {},
      REVIEW_BEHAVIOUR_COLUMNS,
      reviewBehaviourCsvRows(view),
    );
  }
}
