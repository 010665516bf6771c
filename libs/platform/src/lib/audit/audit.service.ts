import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Principal } from '../auth/role.model';
import { currentRequestId } from '../logging/request-context';
import { AuditDetails, AuditEntry } from './audit-entry.entity';

/** What an entry is about: pseudonyms and codes only, never a DJI number or free text. */
export interface AuditSubject {
  candidateId?: string;
  targetId?: string;
  referralId?: string;
  piCode?: string;
  otherPiCode?: string | null;
  details?: AuditDetails;
}

/**
 * Appends to the service's audit log: every read of candidate data and every decision about one.
 * `Action` narrows the action names a service may write (e.g. `AuditService<MatchingAuditAction>`).
 * Pass the `manager` of the change's transaction so the entry commits or rolls back with it.
 */
@Injectable()
export class AuditService<Action extends string = string> {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async record(
    principal: Principal,
    action: Action,
    subject: AuditSubject,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<void> {
    await this.recordEach(principal, action, [subject], manager);
  }

  /** One entry per subject, in one insert: a list read touches several candidates at once. */
  async recordEach(
    principal: Principal,
    action: Action,
    subjects: AuditSubject[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<void> {
    if (subjects.length === 0) return;
    const requestId = currentRequestId() ?? null;
    await manager.insert(
      AuditEntry,
      subjects.map((subject) => ({
        actor: principal.sub,
        role: principal.role,
        action,
        candidateId: subject.candidateId ?? null,
        targetId: subject.targetId ?? null,
        referralId: subject.referralId ?? null,
        piCode: subject.piCode ?? null,
        otherPiCode: subject.otherPiCode ?? null,
        details: subject.details ?? null,
        requestId,
      })),
    );
  }
}
