import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { currentRequestId, Principal } from '@bridge/platform';
import { AuditEntry } from './audit-entry.entity';

export type AuditAction =
  | 'candidate.registered'
  | 'candidate.read'
  | 'candidate.listed'
  | 'candidate.looked-up'
  | 'candidate.updated'
  | 'candidate.left'
  | 'candidate.suggestions-read'
  | 'candidate.exclusions-read'
  | 'candidate.referrals-read'
  | 'suggestions.queue-read'
  | 'suggestion.read'
  | 'audit.read'
  | 'suggestion.accepted'
  | 'suggestion.rejected'
  | 'referral.read'
  | 'referral.declined';

type AuditSubject = { candidateId?: string; targetId?: string };

/** Appends to the audit log: every read of candidate data and every decision about one. */
@Injectable()
export class AuditService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async record(
    principal: Principal,
    action: AuditAction,
    subject: AuditSubject,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<void> {
    await this.recordEach(principal, action, [subject], manager);
  }

  /** One entry per subject, in one insert: a list read touches several candidates at once. */
  async recordEach(
    principal: Principal,
    action: AuditAction,
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
        requestId,
      })),
    );
  }
}
