import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Principal } from '@bridge/platform';
import { AuditService } from '../audit/audit.service';
import { Candidate } from '../candidates/candidate.entity';
import { assertCanSeeCandidate } from '../candidates/candidate-scope';
import { ListCandidateSuggestionsQuery } from './dto/list-suggestions.query';
import { Suggestion } from './suggestion.entity';
import { SuggestionListView, SuggestionView } from './suggestion.view';

@Injectable()
export class SuggestionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** A candidate's suggestions, best score first (ties: soonest start, then target id). */
  async forCandidate(principal: Principal, candidateId: string, query: ListCandidateSuggestionsQuery): Promise<SuggestionListView> {
    const candidate = await this.dataSource.manager.findOneBy(Candidate, { id: candidateId });
    assertCanSeeCandidate(principal, candidate, candidateId);
    const limit = query.limit ?? 20;
    const offset = Number(query.cursor ?? 0);
    const builder = this.dataSource.manager
      .createQueryBuilder(Suggestion, 's')
      .where('s.candidate_id = :candidateId', { candidateId })
      .orderBy('s.score', 'DESC')
      .addOrderBy(`s.target->>'startDate'`, 'ASC')
      .addOrderBy('s.target_id', 'ASC')
      .offset(offset)
      .limit(limit + 1);
    if (query.type) builder.andWhere('s.target_type = :type', { type: query.type });
    if (query.status) builder.andWhere('s.status = :status', { status: query.status });
    const rows = await builder.getMany();
    await this.audit.record(principal, 'candidate.suggestions-read', { candidateId });
    return {
      items: rows.slice(0, limit).map(SuggestionView.of),
      nextCursor: rows.length > limit ? String(offset + limit) : null,
    };
  }
}
