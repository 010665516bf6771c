import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  ApiProblemResponse,
  CurrentPrincipal,
  Idempotent,
  IdempotencyKey,
  IdempotentRequest,
  Principal,
  Roles,
} from '@bridge/platform';
import { CreateEmployerDto } from './dto/create-employer.dto';
import { EmployerDto } from './dto/employer.dto';
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
  register(@Body() dto: CreateEmployerDto, @IdempotencyKey() idempotency?: IdempotentRequest): Promise<EmployerDto> {
    return this.employers.register(dto, idempotency);
  }

  @Get(':id')
  @Roles('admin', 'employer')
  @ApiOperation({ summary: 'An employer (admin, or that employer itself)' })
  @ApiOkResponse({ type: EmployerDto })
  @ApiProblemResponse(404, 'No such employer, or not the caller’s')
  get(@CurrentPrincipal() principal: Principal, @Param('id') id: string): Promise<EmployerDto> {
    return this.employers.get(principal, id);
  }
}
