import { Body, Controller, Get, HttpCode, HttpStatus, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblemResponse, CurrentPrincipal, Principal, Roles, IdParam } from '@bridge/platform';
import { DeclineReferralDto } from './dto/decline-referral.dto';
import { ListReferralsQuery } from './dto/list-referrals.query';
import { ReferralListView, ReferralView } from './referral.view';
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
      'Withdrawn referrals (the candidate left or withdrew consent) are not shown. targetId narrows the list to one of ' +
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
}
