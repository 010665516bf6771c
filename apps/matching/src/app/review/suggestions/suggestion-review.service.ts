import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService, Clock, NotFoundProblem, Principal } from '@bridge/platform';
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
import { SnoozeSuggestionDto } from './dto/snooze-suggestion.dto';
import { recordDecision } from './suggestion-decision.entity';
import {
  assertSnoozable,
  assertTakesReferral,
  assertUnsnoozable,
  ReferredTarget,
  reviewedStatus,
} from './suggestion-review-rules';
import { SuggestionView } from './suggestion.view';

/**
 * A UWV advisor's decision on a suggestion: `suggested → accepted | rejected`, once; or a snooze until a day, and
 * its end. Each is appended to the decision history in its own transaction.
 */
@Injectable()
export class SuggestionReviewService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly referrals: ReferralsService,
    private readonly audit: AuditService<MatchingAuditAction>,
    private readonly clock: Clock,
  ) {}

  /** Records the decision; an acceptance makes the suggestion a referral, in the same transaction. */
  async review(
    principal: Principal,
    id: string,
    dto: ReviewSuggestionDto,
  ): Promise<SuggestionView> {
    return this.decide(principal, id, async (manager, suggestion, candidate) => {
      const { candidateId } = suggestion;
      const status = reviewedStatus(suggestion, candidate, dto.decision);

      let referral: Referral | undefined;
      if (status === 'accepted') {
        assertTakesReferral(suggestion, await this.targetOf(manager, suggestion));
        referral = await this.referrals.refer(manager, suggestion, candidate);
      }
      const reviewedAt = this.clock.now();
      // A decided suggestion is no longer parked: its snooze ends with the decision.
      await manager.update(
        Suggestion,
        { id },
        {
          status,
          reviewedBy: principal.sub,
          reviewedAt,
          reasonCode: dto.reasonCode ?? null,
          note: dto.note ?? null,
          snoozedUntil: null,
          snoozeReasonCode: null,
          snoozeNote: null,
        },
      );
      await recordDecision(manager, suggestion, {
        decision: status,
        decidedBy: principal.sub,
        decidedAt: reviewedAt,
        reasonCode: dto.reasonCode ?? null,
        note: dto.note ?? null,
      });
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

  /** Parks a suggested suggestion until a day: out of the advisor's queue until then. Audited. */
  async snooze(
    principal: Principal,
    id: string,
    dto: SnoozeSuggestionDto,
  ): Promise<SuggestionView> {
    return this.decide(principal, id, async (manager, suggestion, candidate) => {
      assertSnoozable(suggestion, candidate, dto.until, this.clock.today());
      const snooze = {
        snoozedUntil: dto.until,
        snoozeReasonCode: dto.reasonCode,
        snoozeNote: dto.note ?? null,
      };
      await manager.update(Suggestion, { id }, snooze);
      await recordDecision(manager, suggestion, {
        decision: 'snoozed',
        decidedBy: principal.sub,
        decidedAt: this.clock.now(),
        reasonCode: dto.reasonCode,
        note: snooze.snoozeNote,
        snoozedUntil: dto.until,
      });
      await this.audit.record(
        principal,
        'suggestion.snoozed',
        { candidateId: suggestion.candidateId, targetId: suggestion.targetId },
        manager,
      );
      return SuggestionView.of(await manager.findOneByOrFail(Suggestion, { id }));
    });
  }

  /** Ends a snooze before its day: the suggestion is back in the queue. Audited. */
  async unsnooze(principal: Principal, id: string): Promise<SuggestionView> {
    return this.decide(principal, id, async (manager, suggestion) => {
      assertUnsnoozable(suggestion, this.clock.today());
      await manager.update(
        Suggestion,
        { id },
        { snoozedUntil: null, snoozeReasonCode: null, snoozeNote: null },
      );
      await recordDecision(manager, suggestion, {
        decision: 'unsnoozed',
        decidedBy: principal.sub,
        decidedAt: this.clock.now(),
      });
      await this.audit.record(
        principal,
        'suggestion.unsnoozed',
        { candidateId: suggestion.candidateId, targetId: suggestion.targetId },
        manager,
      );
      return SuggestionView.of(await manager.findOneByOrFail(Suggestion, { id }));
    });
  }

  /**
   * Runs a decision on the suggestion in a transaction, its candidate locked: the recomputer locks the candidate
   * before it touches its suggestions, so the two never interleave, nor do two decisions on the same suggestion.
   * A suggestion of a candidate outside the caller's scope is not found.
   */
  private decide<T>(
    principal: Principal,
    id: string,
    decision: (manager: EntityManager, suggestion: Suggestion, candidate: Candidate) => Promise<T>,
  ): Promise<T> {
    return this.dataSource.transaction(async (manager) => {
      const notFound = new NotFoundProblem(`suggestion ${id} not found`);
      const candidateId = (await manager.findOneBy(Suggestion, { id }))?.candidateId;
      if (!candidateId) throw notFound;
      const candidate = await manager.findOne(Candidate, {
        where: { id: candidateId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!candidate || !canSeeCandidate(principal, candidate)) throw notFound;
      return decision(manager, await manager.findOneByOrFail(Suggestion, { id }), candidate);
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
