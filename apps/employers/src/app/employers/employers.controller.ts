import { Body, Controller, Get, Patch, Post, Query } from '@nestjs/common';
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
import { CreateEmployerDto } from './dto/create-employer.dto';
import { ListEmployersQuery } from './dto/list-employers.query';
import { UpdateEmployerDto } from './dto/update-employer.dto';
import { EmployerListView, EmployerView } from './employer.view';
import { EmployersService } from './employers.service';

@ApiTags('employers')
@Controller('employers')
export class EmployersController {
  constructor(private readonly employers: EmployersService) {}

  @Post()
  @Roles('admin')
  @Idempotent()
  @ApiOperation({ summary: 'Register a covenant employer' })
  @ApiCreatedResponse({ type: EmployerView })
  @ApiProblemResponse(409, 'An employer with this kvkNumber is already registered')
  @ApiProblemResponse(422, 'Unknown municipalityCode')
  register(
    @Body() dto: CreateEmployerDto,
    @IdempotencyKey() idempotency?: IdempotentRequest,
  ): Promise<EmployerView> {
    return this.employers.register(dto, idempotency);
  }

  @Get()
  @Roles('admin')
  @ApiOperation({
    summary:
      'Every employer, by name then id (admin); q matches part of the name or the start of the KvK number',
  })
  @ApiOkResponse({ type: EmployerListView })
  @ApiProblemResponse(400, 'A blank or too long q, a bad limit or cursor, or an unknown parameter')
  @ApiProblemResponse(403, 'Only admins list employers')
  list(@Query() query: ListEmployersQuery): Promise<Page<EmployerView>> {
    return this.employers.list(query);
  }

  @Get(':id')
  @Roles('admin', 'employer')
  @ApiOperation({ summary: 'An employer (admin, or that employer itself)' })
  @ApiOkResponse({ type: EmployerView })
  @ApiProblemResponse(404, 'No such employer, or not the caller’s')
  get(@CurrentPrincipal() principal: Principal, @IdParam() id: string): Promise<EmployerView> {
    return this.employers.get(principal, id);
  }

  @Patch(':id')
  @Roles('admin')
  @ApiOperation({
    summary:
      'Change an employer’s name, municipality or sector (admin); the KvK number does not change',
    description:
      'Each field checked as on a create; null clears only sector. An empty body is a 400 (body); kvkNumber is an unknown field (400).',
  })
  @ApiOkResponse({ type: EmployerView })
  @ApiProblemResponse(
    400,
    'An empty body, an unknown field (kvkNumber among them) or a malformed value',
  )
  @ApiProblemResponse(403, 'Only admins change employers')
  @ApiProblemResponse(404, 'No such employer')
  @ApiProblemResponse(422, 'Unknown municipalityCode')
  update(@IdParam() id: string, @Body() dto: UpdateEmployerDto): Promise<EmployerView> {
    return this.employers.update(id, dto);
  }
}
