import { Body, Controller, Get, HttpCode, HttpStatus, Patch, Post, Query } from '@nestjs/common';
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
  IdParam,
} from '@bridge/platform';
import { CovenantsService } from './covenants.service';
import { CovenantListView, CovenantView } from './covenant.view';
import { CreateCovenantDto } from './dto/create-covenant.dto';
import { EndCovenantDto } from './dto/end-covenant.dto';
import { ListCovenantsQuery } from './dto/list-covenants.query';
import { UpdateCovenantDto } from './dto/update-covenant.dto';

@ApiTags('covenants')
@Controller('covenants')
export class CovenantsController {
  constructor(private readonly covenants: CovenantsService) {}

  @Post()
  @Roles('admin')
  @Idempotent()
  @ApiOperation({
    summary: 'Record a covenant signed by an employer or a school',
    description:
      'Emits employers.covenant.signed.v1. Exactly one of employerId and brin; validTo on or after validFrom.',
  })
  @ApiCreatedResponse({ type: CovenantView })
  @ApiProblemResponse(422, 'Unknown employerId, region or PI code')
  sign(
    @Body() dto: CreateCovenantDto,
    @IdempotencyKey() idempotency?: IdempotentRequest,
  ): Promise<CovenantView> {
    return this.covenants.sign(dto, idempotency);
  }

  @Get()
  @Roles('admin', 'employer', 'education-provider')
  @ApiOperation({
    summary:
      'Covenants: all for an admin, its own for an employer or an education provider (its BRIN); newest first',
  })
  @ApiOkResponse({ type: CovenantListView })
  list(
    @CurrentPrincipal() principal: Principal,
    @Query() query: ListCovenantsQuery,
  ): Promise<Page<CovenantView>> {
    return this.covenants.list(principal, query);
  }

  @Get(':id')
  @Roles('admin', 'employer', 'education-provider')
  @ApiOperation({ summary: 'A covenant (an employer or an education provider only its own)' })
  @ApiOkResponse({ type: CovenantView })
  @ApiProblemResponse(404, 'No such covenant, or not the caller’s (another employer’s or school’s)')
  get(@CurrentPrincipal() principal: Principal, @IdParam() id: string): Promise<CovenantView> {
    return this.covenants.get(principal, id);
  }

  @Patch(':id')
  @Roles('admin')
  @ApiOperation({
    summary: 'Change a covenant (any create field but employerId and brin)',
    description: 'Emits employers.covenant.changed.v1 with the whole new state; version + 1.',
  })
  @ApiOkResponse({ type: CovenantView })
  @ApiProblemResponse(404, 'No such covenant')
  @ApiProblemResponse(409, 'The covenant has ended')
  @ApiProblemResponse(422, 'Unknown region or PI code')
  update(@IdParam() id: string, @Body() dto: UpdateCovenantDto): Promise<CovenantView> {
    return this.covenants.update(id, dto);
  }

  @Post(':id/end')
  @HttpCode(HttpStatus.OK)
  @Roles('admin')
  @ApiOperation({
    summary: 'End a covenant on endedOn (default today), which becomes its validTo',
    description:
      'Emits employers.covenant.ended.v1; version + 1. Its open vacancies close (employers.vacancy.closed.v1, ' +
      'reason covenant-ended): at once when endedOn is today or earlier, else by the timed job on endedOn.',
  })
  @ApiOkResponse({ type: CovenantView })
  @ApiProblemResponse(404, 'No such covenant')
  @ApiProblemResponse(409, 'The covenant has already ended')
  end(@IdParam() id: string, @Body() dto: EndCovenantDto): Promise<CovenantView> {
    return this.covenants.end(id, dto);
  }
}
