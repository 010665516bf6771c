import { Body, Controller, Get, HttpCode, HttpStatus, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  ApiProblemResponse,
  CurrentPrincipal,
  Idempotent,
  IdempotencyKey,
  IdempotentRequest,
  Principal,
  Roles,
  IdParam,
} from '@bridge/platform';
import { CertificateListView, CertificateView } from './certificate.view';
import { CertificatesService } from './certificates.service';
import { ListCertificatesQuery } from './dto/list-certificates.query';
import { RegisterCertificateDto } from './dto/register-certificate.dto';
import { RevokeCertificateDto } from './dto/revoke-certificate.dto';

@ApiTags('certificates')
@Controller('certificates')
export class CertificatesController {
  constructor(private readonly certificates: CertificatesService) {}

  @Post()
  @Roles('workshop-leader', 'admin')
  @Idempotent()
  @ApiOperation({
    summary: "Register a practice certificate (workshop leader of the candidate's PI, admin)",
  })
  @ApiCreatedResponse({ type: CertificateView })
  @ApiProblemResponse(404, "The candidate is not one of the workshop leader's PI")
  @ApiProblemResponse(
    409,
    'The same certificate (candidate, crebo, issue date) exists, or the candidate has left',
  )
  @ApiProblemResponse(422, 'Unknown candidate, crebo or workshop')
  register(
    @CurrentPrincipal() principal: Principal,
    @Body() dto: RegisterCertificateDto,
    @IdempotencyKey() idempotency?: IdempotentRequest,
  ): Promise<CertificateView> {
    return this.certificates.register(principal, dto, idempotency);
  }

  @Get()
  @Roles('workshop-leader', 'casemanager', 'uwv-advisor', 'admin')
  @ApiOperation({
    summary: "Certificates in the caller's scope, newest issue date first",
  })
  @ApiOkResponse({ type: CertificateListView })
  @ApiProblemResponse(404, 'The named candidate does not exist or is out of scope')
  list(
    @CurrentPrincipal() principal: Principal,
    @Query() query: ListCertificatesQuery,
  ): Promise<CertificateListView> {
    return this.certificates.list(principal, query);
  }

  @Get(':id')
  @Roles('workshop-leader', 'casemanager', 'uwv-advisor', 'admin')
  @ApiOperation({ summary: 'One certificate' })
  @ApiOkResponse({ type: CertificateView })
  @ApiProblemResponse(404, 'Not found or out of scope')
  get(@CurrentPrincipal() principal: Principal, @IdParam() id: string): Promise<CertificateView> {
    return this.certificates.get(principal, id);
  }

  @Post(':id/revoke')
  @HttpCode(HttpStatus.OK)
  @Roles('workshop-leader', 'admin')
  @ApiOperation({
    summary: "Revoke a certificate (workshop leader of the candidate's PI, admin)",
  })
  @ApiOkResponse({ type: CertificateView })
  @ApiProblemResponse(404, 'Not found or out of scope')
  @ApiProblemResponse(409, 'Already revoked')
  revoke(
    @CurrentPrincipal() principal: Principal,
    @IdParam() id: string,
    @Body() dto: RevokeCertificateDto,
  ): Promise<CertificateView> {
    return this.certificates.revoke(principal, id, dto);
  }
}
