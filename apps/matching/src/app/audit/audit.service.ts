import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { currentRequestId, Principal } from '@bridge/platform';
import { AuditEntry } from './audit-entry.entity';

export type AuditAction =
  | 'candidate.registered'
  | 'candidate.read'
  | 'candidate.looked-up'
  | 'candidate.updated'
  | 'candidate.suggestions-read'
  | 'candidate.exclusions-read';

/** Appends to the audit log: every read of candidate data and every decision about one. */
@Injectable()
export class AuditService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async record(
    principal: Principal,
    action: AuditAction,
    subject: { candidateId?: string; targetId?: string },
    manager: EntityManager = this.dataSource.manager,
  ): Promise<void> {
    await manager.insert(AuditEntry, {
      actor: principal.sub,
      role: principal.role,
      action,
      candidateId: subject.candidateId ?? null,
      targetId: subject.targetId ?? null,
      requestId: currentRequestId() ?? null,
    });
  }
}
