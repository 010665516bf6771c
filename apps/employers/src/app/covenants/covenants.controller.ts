import { Body, Controller, Get, Post, Query } from '@nestjs/common';
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
import { CovenantsService } from './covenants.service';
import { CovenantDto, CovenantPageDto } from './dto/covenant.dto';
import { CreateCovenantDto } from './dto/create-covenant.dto';
import { ListCovenantsQueryDto } from './dto/list-covenants-query.dto';

@ApiTags('covenants')
@Controller('covenants')
export class CovenantsController {
  constructor(private readonly covenants: CovenantsService) {}

  @Post()
  @Roles('admin')
  @Idempotent()
  @ApiOperation({
    summary: 'Record a covenant signed by an employer or a school',
    description: 'Emits employers.covenant.signed.v1. Exactly one of employerId and brin; validTo on or after validFrom.',
  })
  @ApiCreatedResponse({ type: CovenantDto })
  @ApiProblemResponse(422, 'Unknown employerId, region or PI code')
  sign(@Body() dto: CreateCovenantDto, @IdempotencyKey() idempotency?: IdempotentRequest): Promise<CovenantDto> {
    return this.covenants.sign(dto, idempotency);
  }

  @Get()
  @Roles('admin', 'employer')
  @ApiOperation({ summary: 'Covenants: all for an admin, its own for an employer; newest first' })
  @ApiOkResponse({ type: CovenantPageDto })
  list(@CurrentPrincipal() principal: Principal, @Query() query: ListCovenantsQueryDto): Promise<Page<CovenantDto>> {
    return this.covenants.list(principal, query);
  }
}
