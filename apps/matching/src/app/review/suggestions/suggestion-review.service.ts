import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService, ConflictProblem, NotFoundProblem, Principal } from '@bridge/platform';
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
      if (suggestion.status !== 'suggested') {
        throw new ConflictProblem(
          `suggestion ${id} is ${suggestion.status}; only a suggested one can be reviewed`,
        );
      }
      // Until the recomputer has expired them, a left candidate's suggestions are still `suggested`.
      if (candidate.status === 'left') {
        throw new ConflictProblem(
          `the candidate has left the platform; suggestion ${id} can no longer be reviewed`,
        );
      }

      let referral: Referral | undefined;
      if (dto.decision === 'accept') {
        if (!candidate.consent.shareAnonymisedProfile) {
          throw new ConflictProblem(
            'the candidate has not consented to share an anonymised profile with employers and schools, so the suggestion cannot be accepted as a referral',
          );
        }
        await this.assertTargetStillOpen(manager, suggestion);
        referral = await this.referrals.refer(manager, suggestion, candidate);
      }
      await manager.update(
        Suggestion,
        { id },
        {
          status: dto.decision === 'accept' ? 'accepted' : 'rejected',
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
        dto.decision === 'accept' ? 'suggestion.accepted' : 'suggestion.rejected',
        { candidateId, targetId: suggestion.targetId },
        manager,
      );
      return SuggestionView.of(await manager.findOneByOrFail(Suggestion, { id }), referral);
    });
  }

  /**
   * A target that filled or closed since the suggestion was made is expired by the next recompute;
   * until then an acceptance would refer the candidate to something the owner must refuse.
   */
  private async assertTargetStillOpen(
    manager: EntityManager,
    suggestion: Suggestion,
  ): Promise<void> {
    if (suggestion.type === 'school-place') {
      const place = await manager.findOneBy(SchoolPlace, { schoolPlaceId: suggestion.targetId });
      if (place && place.status === 'open' && place.seatsLeft > 0) return;
      throw new ConflictProblem(
        `school place ${suggestion.targetId} is ${place?.status ?? 'gone'}; a referral needs an open school place with seats left`,
      );
    }
    const vacancy = await manager.findOneBy(Vacancy, { vacancyId: suggestion.targetId });
    if (vacancy && vacancy.status === 'open' && vacancy.openingsLeft > 0) return;
    throw new ConflictProblem(
      `vacancy ${suggestion.targetId} is ${vacancy?.status ?? 'gone'}; a referral needs an open vacancy with openings left`,
    );
  }
}
