import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import {
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
  Roles,
} from '@bridge/platform';
import { ProviderView, RegisterProviderDto } from './provider.dto';
import { ProviderService } from './provider.service';

@ApiTags('providers')
@Controller('providers')
export class ProviderController {
  constructor(private readonly providers: ProviderService) {}

  @Post()
  @Roles('admin')
  @Idempotent()
  @ApiOperation({ summary: 'Register an education provider (admin)' })
  @ApiCreatedResponse({ type: ProviderView })
  @ApiProblemResponse(409, 'A provider with this BRIN is already registered')
  @ApiProblemResponse(422, 'Unknown municipality')
  register(
    @CurrentPrincipal() principal: Principal,
    @Body() dto: RegisterProviderDto,
    @IdempotencyKey() idempotency?: IdempotentRequest,
  ): Promise<ProviderView> {
    return this.providers.register(principal, dto, idempotency);
  }

  @Get(':brin')
  @Roles('education-provider', 'admin')
  @ApiOperation({ summary: 'One provider (admin, that provider)' })
  @ApiOkResponse({ type: ProviderView })
  @ApiProblemResponse(404, 'Not found or out of scope')
  get(
    @CurrentPrincipal() principal: Principal,
    @Param('brin') brin: string,
  ): Promise<ProviderView> {
    return this.providers.get(principal, brin);
  }
}
