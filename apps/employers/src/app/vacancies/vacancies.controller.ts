import { Body, Controller, Get, HttpCode, HttpStatus, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  ApiProblemResponse,
  CurrentPrincipal,
  Idempotent,
  IdempotencyKey,
  IdempotentRequest,
  Page,
  PlacementFollowUpView,
  Principal,
  RecordFollowUpDto,
  Roles,
  IdParam,
} from '@bridge/platform';
import { CloseVacancyDto } from './dto/close-vacancy.dto';
import { CreateVacancyDto } from './dto/create-vacancy.dto';
import { ListVacanciesQuery } from './dto/list-vacancies.query';
import { RecordPlacementDto } from './dto/record-placement.dto';
import { UpdateVacancyDto } from './dto/update-vacancy.dto';
import { PlacementFollowUpsService } from './placement-follow-ups.service';
import { PlacementView } from './placement.view';
import { PlacementsService } from './placements.service';
import { VacanciesService } from './vacancies.service';
import { VacancyListView, VacancyView } from './vacancy.view';

@ApiTags('vacancies')
@Controller('vacancies')
export class VacanciesController {
  constructor(
    private readonly vacancies: VacanciesService,
    private readonly placements: PlacementsService,
    private readonly followUps: PlacementFollowUpsService,
  ) {}

  @Post()
  @Roles('employer', 'admin')
  @Idempotent()
  @ApiOperation({
    summary: 'Publish a vacancy under a covenant (an employer under its own)',
    description:
      'Emits employers.vacancy.published.v1. The vacancy opens with all openings left, version 1.',
  })
  @ApiCreatedResponse({ type: VacancyView })
  @ApiProblemResponse(404, 'The covenant is not the employer’s')
  @ApiProblemResponse(409, 'The covenant is not in force on startDate')
  @ApiProblemResponse(
    422,
    'Unknown covenant, municipality or crebo code; or (admin) a covenant of a school',
  )
  publish(
    @CurrentPrincipal() principal: Principal,
    @Body() dto: CreateVacancyDto,
    @IdempotencyKey() idempotency?: IdempotentRequest,
  ): Promise<VacancyView> {
    return this.vacancies.publish(principal, dto, idempotency);
  }

  @Get()
  @Roles('employer', 'admin')
  @ApiOperation({ summary: 'Vacancies: all for an admin, its own for an employer; newest first' })
  @ApiOkResponse({ type: VacancyListView })
  list(
    @CurrentPrincipal() principal: Principal,
    @Query() query: ListVacanciesQuery,
  ): Promise<Page<VacancyView>> {
    return this.vacancies.list(principal, query);
  }

  @Get(':id')
  @Roles('employer', 'admin', 'uwv-advisor')
  @ApiOperation({ summary: 'A vacancy (an employer only its own)' })
  @ApiOkResponse({ type: VacancyView })
  @ApiProblemResponse(404, 'No such vacancy, or not the employer’s')
  get(@CurrentPrincipal() principal: Principal, @IdParam() id: string): Promise<VacancyView> {
    return this.vacancies.get(principal, id);
  }

  @Patch(':id')
  @Roles('employer', 'admin')
  @ApiOperation({
    summary: 'Change an open vacancy (any create field but covenantId)',
    description: 'Emits employers.vacancy.updated.v1 with the whole new state; version + 1.',
  })
  @ApiOkResponse({ type: VacancyView })
  @ApiProblemResponse(404, 'No such vacancy, or not the employer’s')
  @ApiProblemResponse(
    409,
    'Not open; covenant not in force on a new startDate; openings not above placements made',
  )
  @ApiProblemResponse(422, 'Unknown municipality or crebo code')
  update(
    @CurrentPrincipal() principal: Principal,
    @IdParam() id: string,
    @Body() dto: UpdateVacancyDto,
  ): Promise<VacancyView> {
    return this.vacancies.update(principal, id, dto);
  }

  @Post(':id/close')
  @HttpCode(HttpStatus.OK)
  @Roles('employer', 'admin')
  @ApiOperation({
    summary: 'Close an open vacancy',
    description:
      'Emits employers.vacancy.closed.v1 (reason closed-by-employer); the free-text reason is not in the event.',
  })
  @ApiOkResponse({ type: VacancyView })
  @ApiProblemResponse(404, 'No such vacancy, or not the employer’s')
  @ApiProblemResponse(409, 'The vacancy is not open')
  close(
    @CurrentPrincipal() principal: Principal,
    @IdParam() id: string,
    @Body() dto: CloseVacancyDto,
  ): Promise<VacancyView> {
    return this.vacancies.close(principal, id, dto);
  }

  @Post(':id/placements')
  @Roles('employer', 'admin')
  @Idempotent()
  @ApiOperation({
    summary:
      'Record the placement of a referral: takes one opening atomically, the last sets filled',
    description: 'Emits employers.vacancy.placement-recorded.v1; version + 1.',
  })
  @ApiCreatedResponse({ type: PlacementView })
  @ApiProblemResponse(404, 'No such vacancy, or not the employer’s')
  @ApiProblemResponse(
    409,
    'No openings left (or not open); referral already placed, withdrawn or declined',
  )
  @ApiProblemResponse(422, 'Unknown referral, or one for another target')
  recordPlacement(
    @CurrentPrincipal() principal: Principal,
    @IdParam() id: string,
    @Body() dto: RecordPlacementDto,
    @IdempotencyKey() idempotency?: IdempotentRequest,
  ): Promise<PlacementView> {
    return this.placements.record(principal, id, dto, idempotency);
  }

  @Post(':id/placements/:placementId/follow-ups')
  @Roles('employer', 'admin')
  @ApiOperation({
    summary: 'Record whether a placement still holds at 3 or 6 months after the start date',
    description:
      'Emits employers.vacancy.placement-followed-up.v1. A placement that no longer holds also answers its later checkpoint (holds false, the same endedOn), with an event of its own.',
  })
  @ApiCreatedResponse({ type: PlacementFollowUpView })
  @ApiProblemResponse(404, 'No such vacancy or placement on it, or not the employer’s')
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
