import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService, NotFoundProblem, Principal } from '@bridge/platform';
import { MatchingAuditAction } from '../../audit/matching-audit-action';
import { Suggestion } from '../../match-engine/suggestion.entity';
import { canSeeCandidate } from '../../read-models/candidates/candidate-scope';
import { Candidate } from '../../read-models/candidates/candidate.entity';
import { enqueueMatching } from '../../read-models/change-queues/match-queue';
import { SchoolPlace } from '../../read-models/school-places/school-place.entity';
import { Vacancy } from '../../read-models/vacancies/vacancy.entity';
import { Referral } from '../referrals/referral.entity';
import { ReferralsService } from '../referrals/referrals.service';
import { ReviewSuggestionDto } from './dto/review-suggestion.dto';
import { assertTakesReferral, ReferredTarget, reviewedStatus } from './suggestion-review-rules';
import { SuggestionView } from './suggestion.view';

/** A UWV advisor's decision on a suggestion: `suggested → accepted | rejected`, once. */
@Injectable()
export class SuggestionReviewService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly referrals: ReferralsService,
    private readonly audit: AuditService<MatchingAuditAction>,
  ) {}

  /** Records the decision; an acceptance makes the suggestion a referral, in the same transaction. */
  async review(
    principal: Principal,
    id: string,
    dto: ReviewSuggestionDto,
  ): Promise<SuggestionView> {
    return this.dataSource.transaction(async (manager) => {
      const notFound = new NotFoundProblem(`suggestion ${id} not found`);
      const candidateId = (await manager.findOneBy(Suggestion, { id }))?.candidateId;
      if (!candidateId) throw notFound;
      // The recomputer locks the candidate before it touches its suggestions; so does a review,
      // so the two never interleave, nor do two reviews of the same suggestion.
      const candidate = await manager.findOne(Candidate, {
        where: { id: candidateId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!candidate || !canSeeCandidate(principal, candidate)) throw notFound;
      const suggestion = await manager.findOneByOrFail(Suggestion, { id });
      const status = reviewedStatus(suggestion, candidate, dto.decision);

      let referral: Referral | undefined;
      if (status === 'accepted') {
        assertTakesReferral(suggestion, await this.targetOf(manager, suggestion));
        referral = await this.referrals.refer(manager, suggestion, candidate);
      }
      await manager.update(
        Suggestion,
        { id },
        {
          status,
          reviewedBy: principal.sub,
          reviewedAt: new Date(),
          reasonCode: dto.reasonCode ?? null,
          note: dto.note ?? null,
        },
      );
      // A reviewed suggestion takes no open slot: the candidate's next best target may now be suggested.
      await enqueueMatching(manager, 'candidate', [candidateId]);
      await this.audit.record(
        principal,
        status === 'accepted' ? 'suggestion.accepted' : 'suggestion.rejected',
        { candidateId, targetId: suggestion.targetId },
        manager,
      );
      return SuggestionView.of(await manager.findOneByOrFail(Suggestion, { id }), referral);
    });
  }

  /** The suggested target as matching's read model holds it now; `null` when it is gone. */
  private async targetOf(
    manager: EntityManager,
    suggestion: Suggestion,
  ): Promise<ReferredTarget | null> {
    if (suggestion.type === 'school-place') {
      const place = await manager.findOneBy(SchoolPlace, { schoolPlaceId: suggestion.targetId });
      return place && { status: place.status, placesLeft: place.seatsLeft };
    }
    const vacancy = await manager.findOneBy(Vacancy, { vacancyId: suggestion.targetId });
    return vacancy && { status: vacancy.status, placesLeft: vacancy.openingsLeft };
  }
}
