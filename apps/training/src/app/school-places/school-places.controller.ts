import { Body, Controller, Get, HttpCode, HttpStatus, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  ApiProblemResponse,
  CurrentPrincipal,
  Idempotent,
  IdempotencyKey,
  IdempotentRequest,
  PlacementFollowUpView,
  Principal,
  RecordFollowUpDto,
  Roles,
  IdParam,
} from '@bridge/platform';
import { CreateSchoolPlaceDto } from './dto/create-school-place.dto';
import { ListSchoolPlacesQuery } from './dto/list-school-places.query';
import { RecordPlacementDto } from './dto/record-placement.dto';
import { UpdateSchoolPlaceDto } from './dto/update-school-place.dto';
import { PlacementView } from './placement.view';
import { SchoolPlacePlacementFollowUpsService } from './school-place-placement-follow-ups.service';
import { SchoolPlacePlacementsService } from './school-place-placements.service';
import { SchoolPlaceWithdrawal } from './school-place-withdrawal.service';
import { SchoolPlaceListView, SchoolPlaceView } from './school-place.view';
import { SchoolPlacesService } from './school-places.service';

@ApiTags('school-places')
@Controller('school-places')
export class SchoolPlacesController {
  constructor(
    private readonly places: SchoolPlacesService,
    private readonly placements: SchoolPlacePlacementsService,
    private readonly withdrawal: SchoolPlaceWithdrawal,
    private readonly followUps: SchoolPlacePlacementFollowUpsService,
  ) {}

  @Post()
  @Roles('education-provider', 'admin')
  @Idempotent()
  @ApiOperation({
    summary: 'Publish a school place (education provider of that BRIN, admin)',
  })
  @ApiCreatedResponse({ type: SchoolPlaceView })
  @ApiProblemResponse(404, "The BRIN, or the covenant, is not the education provider's own")
  @ApiProblemResponse(409, 'The covenant has ended or is not in force on the start date')
  @ApiProblemResponse(
    422,
    "Unknown provider, covenant, crebo, municipality or required qualification, or (admin) a covenant not of the place's provider",
  )
  publish(
    @CurrentPrincipal() principal: Principal,
    @Body() dto: CreateSchoolPlaceDto,
    @IdempotencyKey() idempotency?: IdempotentRequest,
  ): Promise<SchoolPlaceView> {
    return this.places.publish(principal, dto, idempotency);
  }

  @Get()
  @Roles('education-provider', 'uwv-advisor', 'admin')
  @ApiOperation({
    summary: "School places in the caller's scope, newest first",
  })
  @ApiOkResponse({ type: SchoolPlaceListView })
  list(
    @CurrentPrincipal() principal: Principal,
    @Query() query: ListSchoolPlacesQuery,
  ): Promise<SchoolPlaceListView> {
    return this.places.list(principal, query);
  }

  @Get(':id')
  @Roles('education-provider', 'uwv-advisor', 'admin')
  @ApiOperation({ summary: 'One school place' })
  @ApiOkResponse({ type: SchoolPlaceView })
  @ApiProblemResponse(404, 'Not found or out of scope')
  get(@CurrentPrincipal() principal: Principal, @IdParam() id: string): Promise<SchoolPlaceView> {
    return this.places.get(principal, id);
  }

  @Patch(':id')
  @Roles('education-provider', 'admin')
  @ApiOperation({ summary: 'Change an open school place (any field but brin)' })
  @ApiOkResponse({ type: SchoolPlaceView })
  @ApiProblemResponse(404, "Not found or out of scope, or the covenant is not the provider's own")
  @ApiProblemResponse(
    409,
    'Not open, fewer seats than placements, or the covenant has ended or is not in force on the start date',
  )
  @ApiProblemResponse(
    422,
    "Unknown covenant, crebo, municipality or required qualification, or (admin) a covenant not of the place's provider",
  )
  update(
    @CurrentPrincipal() principal: Principal,
    @IdParam() id: string,
    @Body() dto: UpdateSchoolPlaceDto,
  ): Promise<SchoolPlaceView> {
    return this.places.update(principal, id, dto);
  }

  @Post(':id/withdraw')
  @HttpCode(HttpStatus.OK)
  @Roles('education-provider', 'admin')
  @ApiOperation({ summary: 'Withdraw an open school place' })
  @ApiOkResponse({ type: SchoolPlaceView })
  @ApiProblemResponse(404, 'Not found or out of scope')
  @ApiProblemResponse(409, 'Not open')
  withdraw(
    @CurrentPrincipal() principal: Principal,
    @IdParam() id: string,
  ): Promise<SchoolPlaceView> {
    return this.withdrawal.withdraw(principal, id);
  }

  @Post(':id/placements')
  @Roles('education-provider', 'admin')
  @Idempotent()
  @ApiOperation({
    summary: 'Record a placement: a referral takes one seat (the last sets full)',
  })
  @ApiCreatedResponse({ type: PlacementView })
  @ApiProblemResponse(404, 'Not found or out of scope')
  @ApiProblemResponse(
    409,
    'No seats left, not open, or the referral is placed already or no longer stands',
  )
  @ApiProblemResponse(422, 'Unknown referral, or a referral for another target')
  recordPlacement(
    @CurrentPrincipal() principal: Principal,
    @IdParam() id: string,
    @Body() dto: RecordPlacementDto,
    @IdempotencyKey() idempotency?: IdempotentRequest,
  ): Promise<PlacementView> {
    return this.placements.record(principal, id, dto, idempotency);
  }

  @Post(':id/placements/:placementId/follow-ups')
  @Roles('education-provider', 'admin')
  @ApiOperation({
    summary: 'Record whether a placement still holds at 3 or 6 months after the start date',
    description:
      'Emits training.school-place.placement-followed-up.v1. A placement that no longer holds also answers its later checkpoint (holds false, the same endedOn), with an event of its own.',
  })
  @ApiCreatedResponse({ type: PlacementFollowUpView })
  @ApiProblemResponse(404, 'Not found or out of scope, or no such placement on the place')
  @ApiProblemResponse(
    409,
    'The checkpoint is not due yet or answered already, or an end contradicts a later answer',
  )
  recordFollowUp(
    @CurrentPrincipal() principal: Principal,
    @IdParam() id: string,
    @IdParam('placementId') placementId: string,
    @Body() dto: RecordFollowUpDto,
  ): Promise<PlacementFollowUpView> {
    return this.followUps.record(principal, id, placementId, dto);
  }
}
