import { Global, Module } from '@nestjs/common';
import { AuditController } from './audit.controller';
import { AuditLogService } from './audit-log.service';
import { AuditService } from './audit.service';

/**
 * The audit log of a service: `AuditService` for writing entries anywhere in the app, and
 * `GET /audit` for admins. Import once in the root module; list `AuditEntry` among the entities
 * and create its table with `createAuditLogTable` in one of the service's migrations.
 */
@Global()
@Module({
  controllers: [AuditController],
  providers: [AuditService, AuditLogService],
  exports: [AuditService],
})
export class AuditModule {}
