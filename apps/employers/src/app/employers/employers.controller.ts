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
import { EmployerDto, EmployerPageDto } from './dto/employer.dto';
import { ListEmployersQueryDto } from './dto/list-employers-query.dto';
import { UpdateEmployerDto } from './dto/update-employer.dto';
import { EmployersService } from './employers.service';

@ApiTags('employers')
@Controller('employers')
export class EmployersController {
  constructor(private readonly employers: EmployersService) {}

  @Post()
  @Roles('admin')
  @Idempotent()
  @ApiOperation({ summary: 'Register a covenant employer' })
  @ApiCreatedResponse({ type: EmployerDto })
  @ApiProblemResponse(409, 'An employer with this kvkNumber is already registered')
  @ApiProblemResponse(422, 'Unknown municipalityCode')
  register(
    @Body() dto: CreateEmployerDto,
    @IdempotencyKey() idempotency?: IdempotentRequest,
  ): Promise<EmployerDto> {
    return this.employers.register(dto, idempotency);
  }

  @Get()
  @Roles('admin')
  @ApiOperation({
    summary:
      'Every employer, by name then id (admin); q matches part of the name or the start of the KvK number',
  })
  @ApiOkResponse({ type: EmployerPageDto })
  @ApiProblemResponse(400, 'A blank or too long q, a bad limit or cursor, or an unknown parameter')
  @ApiProblemResponse(403, 'Only admins list employers')
  list(@Query() query: ListEmployersQueryDto): Promise<Page<EmployerDto>> {
    return this.employers.list(query);
  }

  @Get(':id')
  @Roles('admin', 'employer')
  @ApiOperation({ summary: 'An employer (admin, or that employer itself)' })
  @ApiOkResponse({ type: EmployerDto })
  @ApiProblemResponse(404, 'No such employer, or not the caller’s')
  get(@CurrentPrincipal() principal: Principal, @IdParam() id: string): Promise<EmployerDto> {
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
  @ApiOkResponse({ type: EmployerDto })
  @ApiProblemResponse(
    400,
    'An empty body, an unknown field (kvkNumber among them) or a malformed value',
  )
  @ApiProblemResponse(403, 'Only admins change employers')
  @ApiProblemResponse(404, 'No such employer')
  @ApiProblemResponse(422, 'Unknown municipalityCode')
  update(@IdParam() id: string, @Body() dto: UpdateEmployerDto): Promise<EmployerDto> {
    return this.employers.update(id, dto);
  }
}
