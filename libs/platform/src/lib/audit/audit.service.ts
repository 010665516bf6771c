import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Principal } from '../auth/role.model';
import { currentRequestId } from '../logging/request-context';
import { AuditDetails, AuditEntry } from './audit-entry.entity';

/** Entries per insert: 12 columns each stay far below Postgres's 65,535 bind parameters. */
const AUDIT_INSERT_SLICE = 1_000;

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

  /**
   * One entry per subject, in inserts of up to 1,000: a list read or an export touches many
   * candidates at once (pass the transaction's manager to keep the slices one unit).
   */
  async recordEach(
    principal: Principal,
    action: Action,
    subjects: AuditSubject[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<void> {
    if (subjects.length === 0) return;
    const requestId = currentRequestId() ?? null;
    const rows = subjects.map((subject) => ({
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
    }));
    // In slices: one insert of a whole export's entries would pass Postgres's limit of bind parameters.
    for (let i = 0; i < rows.length; i += AUDIT_INSERT_SLICE)
      await manager.insert(AuditEntry, rows.slice(i, i + AUDIT_INSERT_SLICE));
  }
}
