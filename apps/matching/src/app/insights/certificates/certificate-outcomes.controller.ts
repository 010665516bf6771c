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
import { InsightExportService } from '../insight-export.service';
import {
  CERTIFICATE_OUTCOMES_COLUMNS,
  certificateOutcomesCsvRows,
  CertificateOutcomesView,
} from './certificate-outcome.view';
import { CertificateOutcomesService } from './certificate-outcomes.service';
import { CertificateOutcomesQuery } from './dto/certificate-outcomes.query';

@ApiTags('insights')
@ApiBearerAuth()
@Controller('insights')
export class CertificateOutcomesController {
  constructor(
    private readonly certificates: CertificateOutcomesService,
    private readonly exports: InsightExportService,
  ) {}

  @Get('certificates')
  @Roles('admin', 'workshop-leader')
  @ApiCsvExport()
  @ApiOperation({
    summary:
      'Which practice certificates lead outside: per qualification and In-Made workshop type, and the qualifications asked for but not held',
    description:
      'Valid certificates of the PI’s candidates (admin: all PI’s unless ?pi=; a workshop leader: its own PI), their distinct ' +
      'holders, and how many holders ever got a suggestion, a referral, a placement. Outcome counts of fewer than 10 holders ' +
      'are withheld (suppressed); so are those of a workshop type of which exactly one qualification is withheld. The shortfall: ' +
      'required qualifications of open vacancies and school places under a covenant in force in the return regions of the PI’s ' +
      'active candidates that none of them holds, with the openings and seats left. Aggregates only: not audited; the CSV ' +
      'export (Accept: text/csv) is.',
  })
  @ApiOkResponse({ type: CertificateOutcomesView })
  @ApiProblemResponse(400, 'An unknown PI code, or an unknown parameter')
  @ApiProblemResponse(403, 'Only admins and workshop leaders see certificate outcomes')
  @ApiProblemResponse(404, 'A workshop leader asking for another PI (naming pi)')
  async get(
    @CurrentPrincipal() principal: Principal,
    @Query() query: CertificateOutcomesQuery,
    @Req() request: Request,
  ): Promise<CertificateOutcomesView | StreamableFile> {
    const view = await this.certificates.outcomes(principal, query);
    if (!wantsCsv(request)) return view;
    return this.exports.download(
      principal,
      'certificates',
      { pi: view.pi },
      CERTIFICATE_OUTCOMES_COLUMNS,
      certificateOutcomesCsvRows(view),
    );
  }
}
