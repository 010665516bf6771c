import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import { Principal } from '../auth/role.model';
import { Roles } from '../auth/roles.decorator';
import { ApiProblemResponse } from '../openapi/api-problem-response.decorator';
import { AuditEntryListView } from './audit-entry.view';
import { AuditLogService } from './audit-log.service';
import { ListAuditEntriesQuery } from './list-audit-entries.query';

@ApiTags('audit')
@ApiBearerAuth()
@Controller('audit')
export class AuditController {
  constructor(private readonly log: AuditLogService) {}

  @Get()
  @Roles('admin')
  @ApiOperation({
    summary:
      "The service's audit log: reads of candidate data and decisions about candidates, newest first",
    description:
      'Filters combine: candidateId, actor (the sub of the caller), from and to (a date is its whole day in the Netherlands, a timestamp needs an offset; both inclusive). ' +
      'A read filtered to one candidate is itself recorded as audit.read.',
  })
  @ApiOkResponse({ type: AuditEntryListView })
  @ApiProblemResponse(
    400,
    'A candidateId that is no UUID, a bad from or to (or to before from), a bad limit or cursor, or an unknown parameter',
  )
  @ApiProblemResponse(403, 'Only admins read the audit log')
  list(
    @CurrentPrincipal() principal: Principal,
    @Query() query: ListAuditEntriesQuery,
  ): Promise<AuditEntryListView> {
    return this.log.list(principal, query);
  }
}
