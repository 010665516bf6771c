import { Body, Controller, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import {
  ApiProblemResponse,
  CurrentPrincipal,
  Idempotent,
  IdempotencyKey,
  IdempotentRequest,
  Principal,
  RateLimit,
  Roles,
  IdParam,
} from '@bridge/platform';
import { CandidateListView, CandidateView } from './candidate.view';
import { CandidatesService } from './candidates.service';
import { CandidateLookupQuery } from './dto/candidate-lookup.query';
import { LeaveCandidateDto } from './dto/leave-candidate.dto';
import { ListCandidatesQuery } from './dto/list-candidates.query';
import { RegisterCandidateDto } from './dto/register-candidate.dto';
import { UpdateCandidateDto } from './dto/update-candidate.dto';

@ApiTags('candidates')
@ApiBearerAuth()
@Controller('candidates')
export class CandidatesController {
  constructor(private readonly candidates: CandidatesService) {}

  @Post()
  @HttpCode(201)
  @Roles('casemanager', 'admin')
  @RateLimit('registration')
  @Idempotent()
  @ApiOperation({
    summary:
      'Registers a candidate (casemanager of its PI, admin); no response shows the DJI number',
    description:
      'A DJI number registered at another PI is a transfer: the same candidate (same id, its certificates) moves to this PI ' +
      'with the state given here, active again, and matching.candidate.transferred.v1 is emitted; its standing referrals are ' +
      'withdrawn and its suggestions recomputed. The answer is the same 201 and shape as for a new number, so it never tells ' +
      'whether the number is known elsewhere. Every attempt is audited (candidate.registered, candidate.transferred, ' +
      'candidate.registration-refused) with the PI codes involved, never the DJI number.',
  })
  @ApiCreatedResponse({ type: CandidateView })
  @ApiProblemResponse(409, 'a candidate with this DJI number is already registered at this PI')
  @ApiProblemResponse(422, 'unknown PI or municipality')
  register(
    @CurrentPrincipal() principal: Principal,
    @Body() dto: RegisterCandidateDto,
    @IdempotencyKey() idempotency?: IdempotentRequest,
  ): Promise<CandidateView> {
    return this.candidates.register(principal, dto, idempotency);
  }

  @Get()
  @Roles('casemanager', 'workshop-leader', 'uwv-advisor', 'admin')
  @ApiOperation({
    summary:
      'Candidates in your scope, soonest release first (casemanager and workshop leader: own PI; advisor: own regions; admin: all)',
    description:
      'Each candidate as GET /candidates/:id shows it, with its valid certificates; never a DJI number. Ordered by ' +
      'expectedReleaseDate, then id; keyset-paged. A pi or region filter outside your scope gives an empty page. ' +
      'Every candidate shown is an audited read (candidate.listed).',
  })
  @ApiOkResponse({ type: CandidateListView })
  @ApiProblemResponse(
    400,
    'Unknown PI, region or status, releaseWithinDays not 0..3650, hasCertificate or consent not true/false, a bad limit or cursor, or an unknown parameter',
  )
  @ApiProblemResponse(403, 'Employers and education providers do not see candidates')
  list(
    @CurrentPrincipal() principal: Principal,
    @Query() query: ListCandidatesQuery,
  ): Promise<CandidateListView> {
    return this.candidates.list(principal, query);
  }

  @Get('lookup')
  @Roles('casemanager', 'admin')
  @RateLimit('dji-lookup')
  @ApiOperation({
    summary: 'Finds a candidate by DJI number (casemanager of its PI, admin)',
    description:
      'Unknown, or registered at another PI: the same 404, audited as candidate.lookup-refused with both PI codes.',
  })
  @ApiOkResponse({ type: CandidateView })
  @ApiProblemResponse(404, 'no candidate with this DJI number in your scope')
  lookup(
    @CurrentPrincipal() principal: Principal,
    @Query() query: CandidateLookupQuery,
  ): Promise<CandidateView> {
    return this.candidates.lookup(principal, query.djiNumber);
  }

  @Get(':id')
  @Roles('casemanager', 'workshop-leader', 'uwv-advisor', 'admin')
  @ApiOperation({
    summary:
      'A candidate with its certificates (casemanager and workshop leader of its PI, advisor of its region, admin)',
  })
  @ApiOkResponse({ type: CandidateView })
  @ApiProblemResponse(404, 'not found or outside your scope')
  get(@CurrentPrincipal() principal: Principal, @IdParam() id: string): Promise<CandidateView> {
    return this.candidates.get(principal, id);
  }

  @Patch(':id')
  @Roles('casemanager', 'admin')
  @ApiOperation({ summary: 'Changes a candidate (casemanager of its PI, admin)' })
  @ApiOkResponse({ type: CandidateView })
  @ApiProblemResponse(404, 'not found or outside your scope')
  @ApiProblemResponse(409, 'the candidate has left the platform')
  @ApiProblemResponse(422, 'unknown municipality')
  update(
    @CurrentPrincipal() principal: Principal,
    @IdParam() id: string,
    @Body() dto: UpdateCandidateDto,
  ): Promise<CandidateView> {
    return this.candidates.update(principal, id, dto);
  }

  @Post(':id/leave')
  @HttpCode(200)
  @Roles('casemanager', 'admin')
  @ApiOperation({
    summary: 'A candidate leaves the platform (casemanager of its PI, admin)',
    description:
      'Status left, final. Emits matching.candidate.left.v1 with the reason; every referral still referred is withdrawn ' +
      '(matching.referral.withdrawn.v1) and its open suggestions expire. Accepted and rejected suggestions keep their status. ' +
      'A reason code only: nothing about the case is stored.',
  })
  @ApiOkResponse({ type: CandidateView })
  @ApiProblemResponse(400, 'unknown field or reason')
  @ApiProblemResponse(403, 'only casemanagers and admins take candidates off the platform')
  @ApiProblemResponse(404, 'not found or outside your scope')
  @ApiProblemResponse(409, 'the candidate has left already')
  leave(
    @CurrentPrincipal() principal: Principal,
    @IdParam() id: string,
    @Body() dto: LeaveCandidateDto,
  ): Promise<CandidateView> {
    return this.candidates.leave(principal, id, dto);
  }
}
