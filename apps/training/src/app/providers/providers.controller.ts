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
  isUuid,
  PathParamFormat,
} from '@bridge/platform';
import { BRIN_MESSAGE, BRIN_PATTERN } from '../common/reference-codes';
import { ListProvidersQuery } from './dto/list-providers.query';
import { RegisterProviderDto } from './dto/register-provider.dto';
import { UpdateProviderDto } from './dto/update-provider.dto';
import { ProviderListView, ProviderView } from './provider.view';
import { ProvidersService } from './providers.service';

const BRIN_FORMAT: PathParamFormat = {
  test: (value) => BRIN_PATTERN.test(value),
  message: BRIN_MESSAGE,
};
const ID_OR_BRIN_FORMAT: PathParamFormat = {
  test: (value) => isUuid(value) || BRIN_PATTERN.test(value),
  message: `must be a provider id (a UUID) or a BRIN code`,
};

@ApiTags('providers')
@Controller('providers')
export class ProvidersController {
  constructor(private readonly providers: ProvidersService) {}

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

  @Get()
  @Roles('admin')
  @ApiOperation({
    summary:
      'Every education provider, by name then id (admin); q matches part of the name or the start of the BRIN',
  })
  @ApiOkResponse({ type: ProviderListView })
  @ApiProblemResponse(400, 'A blank or too long q, a bad limit or cursor, or an unknown parameter')
  @ApiProblemResponse(403, 'Only admins list providers')
  list(@Query() query: ListProvidersQuery): Promise<Page<ProviderView>> {
    return this.providers.list(query);
  }

  @Get(':brin')
  @Roles('education-provider', 'admin')
  @ApiOperation({ summary: 'One provider (admin, that provider)' })
  @ApiOkResponse({ type: ProviderView })
  @ApiProblemResponse(404, 'Not found or out of scope')
  get(
    @CurrentPrincipal() principal: Principal,
    @IdParam('brin', BRIN_FORMAT) brin: string,
  ): Promise<ProviderView> {
    return this.providers.get(principal, brin);
  }

  @Patch(':id')
  @Roles('admin')
  @ApiOperation({
    summary: "Change a provider's name or municipality (admin); the BRIN does not change",
    description:
      'The path names the provider by its id or its BRIN. Each field checked as on a create; an empty ' +
      'body is a 400 (body), brin an unknown field (400).',
  })
  @ApiOkResponse({ type: ProviderView })
  @ApiProblemResponse(400, 'An empty body, an unknown field (brin among them) or a malformed value')
  @ApiProblemResponse(403, 'Only admins change providers')
  @ApiProblemResponse(404, 'No such provider')
  @ApiProblemResponse(422, 'Unknown municipality')
  update(
    @IdParam('id', ID_OR_BRIN_FORMAT) id: string,
    @Body() dto: UpdateProviderDto,
  ): Promise<ProviderView> {
    return this.providers.update(id, dto);
  }
}
