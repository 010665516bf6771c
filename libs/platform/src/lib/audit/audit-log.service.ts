import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Principal } from '../auth/role.model';
import { KeysetColumn, paginate } from '../paging/keyset.paginator';
import { AuditEntry } from './audit-entry.entity';
import { AuditEntryListView, AuditEntryView } from './audit-entry.view';
import { AuditService } from './audit.service';
import { ListAuditEntriesQuery, windowEdge } from './list-audit-entries.query';

/**
 * Newest first, in the log's own sequence: ids are handed out as entries are written. (`at` is the
 * start of the writing transaction, so two concurrent writers may order it the other way round;
 * the id keeps paging exact.)
 */
const NEWEST_FIRST: KeysetColumn<AuditEntry>[] = [
  {
    name: 'id',
    expression: 'a.id',
    direction: 'DESC',
    valueOf: (entry) => entry.id,
    accepts: isBigintId,
  },
];

const MAX_BIGINT = 9223372036854775807n;

/** An id Postgres can compare with a bigint column (a tampered cursor's 2^63 would be a 500). */
function isBigintId(value: string): boolean {
  return /^\d{1,19}$/.test(value) && BigInt(value) <= MAX_BIGINT;
}

/** Reading the service's audit log (admins only). */
@Injectable()
export class AuditLogService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /**
   * The entries matching the filters, newest first. A read filtered to one candidate looks into
   * who saw that candidate's data, so it is itself recorded (after the read, so it never lists
   * itself); an unfiltered read of the log is oversight of the platform and is not.
   */
  async list(principal: Principal, query: ListAuditEntriesQuery): Promise<AuditEntryListView> {
    const builder = this.dataSource.manager.createQueryBuilder(AuditEntry, 'a');
    if (query.candidateId)
      builder.andWhere('a.candidate_id = :candidateId', { candidateId: query.candidateId });
    if (query.actor) builder.andWhere('a.actor = :actor', { actor: query.actor });
    if (query.from) builder.andWhere('a.at >= :from', { from: windowEdge(query.from, 'from') });
    if (query.to) builder.andWhere('a.at < :to', { to: windowEdge(query.to, 'to') });
    const page = await paginate(builder, query, NEWEST_FIRST, AuditEntryView.of);
    if (query.candidateId)
      await this.audit.record(principal, 'audit.read', { candidateId: query.candidateId });
    return page;
  }
}
