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
import { FairnessService } from './fairness.service';
import { FAIRNESS_COLUMNS, fairnessCsvRows, FairnessView } from './fairness.view';

@ApiTags('insights')
@ApiBearerAuth()
@Controller('insights')
export class FairnessController {
  constructor(
    private readonly fairness: FairnessService,
    private readonly exports: InsightExportService,
  ) {}

  @Get('fairness')
  @Roles('admin')
  @ApiCsvExport()
  @ApiOperation({
    summary:
      'Who gets offered what: candidates nearing release per PI, region, VOG outlook and qualification domain, beside the national figure',
    description:
      'The funnel’s cohort, nationally. Per group: candidates, shares with a suggestion, accepted and placed, rejections per reason, ' +
      'median days from registration to the first suggestion and from suggestion to review. A group of fewer than 10 candidates ' +
      'shows no figures (suppressed), and so does the next smallest of its dimension when it is the only one. Groups that differ ' +
      'most from the national figure are marked (markingRule). Aggregates only: not audited; the CSV export (Accept: text/csv) is.',
  })
  @ApiOkResponse({ type: FairnessView })
  @ApiProblemResponse(403, 'Only admins see the fairness figures')
  async get(
    @CurrentPrincipal() principal: Principal,
    @Req() request: Request,
  ): Promise<FairnessView | StreamableFile> {
    const view = await this.fairness.fairness();
    if (!wantsCsv(request)) return view;
    return this.exports.download(
      principal,
      'fairness',
      {},
      FAIRNESS_COLUMNS,
      fairnessCsvRows(view),
    );
  }
}
