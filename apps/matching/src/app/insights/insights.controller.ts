import { Controller, Get, Query, Req, StreamableFile } from '@nestjs/common';
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
import { CandidateRegionFilterQuery } from '../read-models/candidates/dto/candidate-region-filter.query';
import { funnelColumns, funnelCsvRows } from './funnel-export.view';
import { InsightExportService } from './insight-export.service';
import { InsightsService } from './insights.service';
import { CoverageView, FunnelView } from './insights.view';

@ApiTags('insights')
@ApiBearerAuth()
@Controller('insights')
export class InsightsController {
  constructor(
    private readonly insights: InsightsService,
    private readonly exports: InsightExportService,
  ) {}

  @Get('funnel')
  @Roles('admin', 'uwv-advisor')
  @ApiCsvExport()
  @ApiOperation({
    summary:
      'Candidates nearing release: with a certificate, with a suggestion, referred, placed; in total, per region and per PI',
    description:
      'Distinct candidates whose release lies within 180 days ahead and not more than 90 days past. An advisor counts those returning ' +
      'to its own regions; a region filter outside them counts 0. Aggregates only: no candidate ids, and no audit entry; ' +
      'the CSV export (Accept: text/csv: the totals, each region and each PI, one line each) is audited.',
  })
  @ApiOkResponse({ type: FunnelView })
  @ApiProblemResponse(400, 'Unknown region or PI code, or an unknown parameter')
  @ApiProblemResponse(403, 'Only admins and UWV advisors see the funnel')
  async funnel(
    @CurrentPrincipal() principal: Principal,
    @Query() query: CandidateRegionFilterQuery,
    @Req() request: Request,
  ): Promise<FunnelView | StreamableFile> {
    const view = await this.insights.funnel(principal, query);
    if (!wantsCsv(request)) return view;
    return this.exports.download(
      principal,
      'funnel',
      { region: query.region, pi: query.pi },
      funnelColumns(view),
      funnelCsvRows(view),
    );
  }

  @Get('coverage')
  @Roles('admin')
  @ApiOperation({
    summary: 'Labour market regions and PI’s that no active covenant names',
    description:
      'Active today: valid from ≤ today ≤ valid to, and not ended early. Covenants of employers and schools both count.',
  })
  @ApiOkResponse({ type: CoverageView })
  @ApiProblemResponse(403, 'Only admins see the coverage')
  coverage(): Promise<CoverageView> {
    return this.insights.coverage();
  }
}
