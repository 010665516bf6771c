import { Body, Controller, Get, HttpCode, HttpStatus, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblemResponse, CurrentPrincipal, Principal, Roles, IdParam } from '@bridge/platform';
import { DeclineReferralDto } from './dto/decline-referral.dto';
import { KeepReferralStandingDto } from './dto/keep-referral-standing.dto';
import { ListReferralsQuery } from './dto/list-referrals.query';
import { CandidateReferralView, ReferralListView, ReferralView } from './referral.view';
import { ReferralsService } from './referrals.service';

@ApiTags('referrals')
@ApiBearerAuth()
@Controller('referrals')
@Roles('employer', 'education-provider')
export class ReferralsController {
  constructor(private readonly referrals: ReferralsService) {}

  @Get()
  @ApiOperation({
    summary:
      'The referrals to your own vacancies (employer) or school places (education provider), newest first',
    description:
      'Anonymised: certificates, region and availability, never the candidate id. Every referral shown is audited. ' +
      'Referrals withdrawn because the candidate left or withdrew consent are not shown; those withdrawn because the ' +
      'candidate was placed elsewhere are, with withdrawalReason placed-elsewhere. targetId narrows the list to one of ' +
      'your vacancies or school places; another party’s or an unknown target gives an empty page.',
  })
  @ApiOkResponse({ type: ReferralListView })
  @ApiProblemResponse(
    400,
    'Unknown status, a targetId that is not 1-64 characters, bad limit or cursor',
  )
  @ApiProblemResponse(403, 'Only employers and education providers have referrals')
  list(
    @CurrentPrincipal() principal: Principal,
    @Query() query: ListReferralsQuery,
  ): Promise<ReferralListView> {
    return this.referrals.list(principal, query);
  }

  @Post(':id/decline')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    summary: 'Decline a referral to your own vacancy or school place',
    description:
      'Emits matching.referral.declined.v1; the note stays here. To take the candidate on, record a placement at the vacancy or school place instead; the referral then shows placed.',
  })
  @ApiOkResponse({ type: ReferralView })
  @ApiProblemResponse(400, 'Unknown field, or a note that is not text or too long')
  @ApiProblemResponse(403, 'Only employers and education providers have referrals')
  @ApiProblemResponse(404, 'No such referral to your own vacancies or school places')
  @ApiProblemResponse(409, 'The referral is not referred any more (placed, declined or withdrawn)')
  decline(
    @CurrentPrincipal() principal: Principal,
    @IdParam() id: string,
    @Body() dto: DeclineReferralDto,
  ): Promise<ReferralView> {
    return this.referrals.decline(principal, id, dto);
  }

  @Post(':id/keep-standing')
  @HttpCode(HttpStatus.OK)
  @Roles('uwv-advisor', 'admin')
  @ApiOperation({
    summary:
      'Keep a standing referral standing when the candidate is placed elsewhere (advisor of its region, admin)',
    description:
      'A placement of the candidate withdraws its other standing referrals (reason placed-elsewhere), except those ' +
      'kept standing: e.g. a BBL school place beside a job with the same employer. Recorded on the referral (who, ' +
      'when, note) and audited (referral.kept-standing); asked again, the newest note counts. The candidate leaving ' +
      'or withdrawing consent still withdraws it.',
  })
  @ApiOkResponse({ type: CandidateReferralView })
  @ApiProblemResponse(
    400,
    'The id is not a UUID; a missing, blank or too long note, or an unknown field',
  )
  @ApiProblemResponse(403, 'Only UWV advisors and admins keep referrals standing')
  @ApiProblemResponse(404, 'No such referral, or its candidate is outside your regions')
  @ApiProblemResponse(409, 'The referral is not referred any more (placed, declined or withdrawn)')
  keepStanding(
    @CurrentPrincipal() principal: Principal,
    @IdParam() id: string,
    @Body() dto: KeepReferralStandingDto,
  ): Promise<CandidateReferralView> {
    return this.referrals.keepStanding(principal, id, dto);
  }
}
