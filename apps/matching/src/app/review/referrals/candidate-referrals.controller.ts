import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblemResponse, CurrentPrincipal, Principal, Roles, IdParam } from '@bridge/platform';
import { ListCandidateReferralsQuery } from './dto/list-candidate-referrals.query';
import { CandidateReferralListView } from './referral.view';
import { ReferralsService } from './referrals.service';

@ApiTags('referrals')
@ApiBearerAuth()
@Controller('candidates/:id/referrals')
export class CandidateReferralsController {
  constructor(private readonly referrals: ReferralsService) {}

  @Get()
  @Roles('casemanager', 'uwv-advisor', 'admin')
  @ApiOperation({
    summary:
      'The referrals made for a candidate, newest first (casemanager of its PI, advisor of its region, admin)',
    description:
      'Every status, withdrawn included, with the target as its suggestion described it; statusChangedAt is when it was ' +
      'placed, declined or withdrawn. Keyset-paged; one audited read.',
  })
  @ApiOkResponse({ type: CandidateReferralListView })
  @ApiProblemResponse(
    400,
    'The id is not a UUID; an unknown status, a bad limit or cursor, or an unknown parameter',
  )
  @ApiProblemResponse(
    403,
    'Workshop leaders, employers and education providers do not follow a candidate’s referrals',
  )
  @ApiProblemResponse(404, 'Candidate not found or outside your scope')
  list(
    @CurrentPrincipal() principal: Principal,
    @IdParam() id: string,
    @Query() query: ListCandidateReferralsQuery,
  ): Promise<CandidateReferralListView> {
    return this.referrals.forCandidate(principal, id, query);
  }
}
