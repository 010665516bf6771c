import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblemResponse, CurrentPrincipal, Principal, Roles, IdParam } from '@bridge/platform';
import { CandidateExclusionView } from './candidate-exclusion.view';
import { CandidateExclusionsService } from './candidate-exclusions.service';
import { CandidateExclusionsQuery } from './dto/candidate-exclusions.query';

@ApiTags('candidates')
@ApiBearerAuth()
@Controller('candidates')
export class CandidateExclusionsController {
  constructor(private readonly exclusions: CandidateExclusionsService) {}

  @Get(':id/exclusions')
  @Roles('uwv-advisor', 'admin')
  @ApiOperation({
    summary: 'Why targets are not suggested to a candidate returning to your regions',
    description:
      'For every open vacancy or school place the candidate is not suggested (or only the one named by targetId, open or not): ' +
      'the first hard matching rule it fails, with a one-line detail, and the target’s title and municipality. A target that ' +
      'passes every rule is listed only when the candidate has no standing suggestion of it, with why it is not kept: ' +
      'below-min-score (MATCH_MIN_SCORE), outranked (the MATCH_MAX_SUGGESTIONS_PER_CANDIDATE open slots hold better ones) or ' +
      'not-yet-matched (a change is still being processed). Audited.',
  })
  @ApiOkResponse({ type: [CandidateExclusionView] })
  @ApiProblemResponse(400, 'An id or targetId that is no UUID, or an unknown parameter')
  @ApiProblemResponse(403, 'Only UWV advisors and admins see exclusions')
  @ApiProblemResponse(404, 'No such candidate in your regions, or no such target (naming targetId)')
  forCandidate(
    @CurrentPrincipal() principal: Principal,
    @IdParam() id: string,
    @Query() query: CandidateExclusionsQuery,
  ): Promise<CandidateExclusionView[]> {
    return this.exclusions.forCandidate(principal, id, query);
  }
}
