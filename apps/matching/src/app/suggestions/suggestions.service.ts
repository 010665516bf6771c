import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { KeysetColumn, paginate, Principal } from '@bridge/platform';
import { AuditService } from '../audit/audit.service';
import { Candidate } from '../candidates/candidate.entity';
import { assertCanSeeCandidate } from '../candidates/candidate-scope';
import { ReferralsService } from '../referrals/referrals.service';
import { ListCandidateSuggestionsQuery } from './dto/list-suggestions.query';
import { Suggestion } from './suggestion.entity';
import { SuggestionListView, SuggestionView } from './suggestion.view';

/**
 * Best score first; ties: soonest start, then target id (unique per candidate, so the order is
 * total). Keyset-paged: suggestions added or removed between two pages do not shift the others
 * into a repeat or a gap, as an offset would.
 */
const BEST_FIRST: KeysetColumn<Suggestion>[] = [
  {
    name: 'score',
    expression: 's.score',
    direction: 'DESC',
    valueOf: (s) => String(s.score),
    accepts: (value) => /^\d+(\.\d+)?$/.test(value),
  },
  { name: 'startDate', expression: `s.target->>'startDate'`, direction: 'ASC', valueOf: (s) => s.target.startDate },
  { name: 'targetId', expression: 's.target_id', direction: 'ASC', valueOf: (s) => s.targetId },
];

@Injectable()
export class SuggestionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly referrals: ReferralsService,
  ) {}

  /** A candidate's suggestions, best score first (ties: soonest start, then target id). */
  async forCandidate(principal: Principal, candidateId: string, query: ListCandidateSuggestionsQuery): Promise<SuggestionListView> {
    const candidate = await this.dataSource.manager.findOneBy(Candidate, { id: candidateId });
    assertCanSeeCandidate(principal, candidate, candidateId);
    const builder = this.dataSource.manager
      .createQueryBuilder(Suggestion, 's')
      .where('s.candidate_id = :candidateId', { candidateId });
    if (query.type) builder.andWhere('s.target_type = :type', { type: query.type });
    if (query.status) builder.andWhere('s.status = :status', { status: query.status });
    const page = await paginate(builder, query, BEST_FIRST, (suggestion) => suggestion);
    const referrals = await this.referrals.ofSuggestions(page.items.filter((s) => s.status === 'accepted').map((s) => s.id));
    await this.audit.record(principal, 'candidate.suggestions-read', { candidateId });
    return { items: page.items.map((s) => SuggestionView.of(s, referrals.get(s.id))), nextCursor: page.nextCursor };
  }
}
