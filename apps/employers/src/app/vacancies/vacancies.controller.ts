import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  ApiProblemResponse,
  CurrentPrincipal,
  Idempotent,
  IdempotencyKey,
  IdempotentRequest,
  Page,
  Principal,
  Roles,
} from '@bridge/platform';
import { CreateVacancyDto } from './dto/create-vacancy.dto';
import { ListVacanciesQueryDto } from './dto/list-vacancies-query.dto';
import { VacancyDto, VacancyPageDto } from './dto/vacancy.dto';
import { VacanciesService } from './vacancies.service';

@ApiTags('vacancies')
@Controller('vacancies')
export class VacanciesController {
  constructor(private readonly vacancies: VacanciesService) {}

  @Post()
  @Roles('employer', 'admin')
  @Idempotent()
  @ApiOperation({
    summary: 'Publish a vacancy under a covenant (an employer under its own)',
    description: 'Emits employers.vacancy.published.v1. The vacancy opens with all openings left, version 1.',
  })
  @ApiCreatedResponse({ type: VacancyDto })
  @ApiProblemResponse(404, 'The covenant is not the employer’s')
  @ApiProblemResponse(409, 'The covenant is not in force on startDate')
  @ApiProblemResponse(422, 'Unknown covenant, municipality or crebo code; or (admin) a covenant of a school')
  publish(
    @CurrentPrincipal() principal: Principal,
    @Body() dto: CreateVacancyDto,
    @IdempotencyKey() idempotency?: IdempotentRequest,
  ): Promise<VacancyDto> {
    return this.vacancies.publish(principal, dto, idempotency);
  }

  @Get()
  @Roles('employer', 'admin')
  @ApiOperation({ summary: 'Vacancies: all for an admin, its own for an employer; newest first' })
  @ApiOkResponse({ type: VacancyPageDto })
  list(@CurrentPrincipal() principal: Principal, @Query() query: ListVacanciesQueryDto): Promise<Page<VacancyDto>> {
    return this.vacancies.list(principal, query);
  }

  @Get(':id')
  @Roles('employer', 'admin', 'uwv-advisor')
  @ApiOperation({ summary: 'A vacancy (an employer only its own)' })
  @ApiOkResponse({ type: VacancyDto })
  @ApiProblemResponse(404, 'No such vacancy, or not the employer’s')
  get(@CurrentPrincipal() principal: Principal, @Param('id') id: string): Promise<VacancyDto> {
    return this.vacancies.get(principal, id);
  }
}
