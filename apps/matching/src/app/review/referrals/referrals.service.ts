import { randomUUID } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import { DataSource, EntityManager, In } from 'typeorm';
import {
  REFERRAL_CREATED,
  REFERRAL_DECLINED,
  REFERRAL_WITHDRAWN,
  TargetType,
} from '@bridge/contracts';
import { Outbox } from '@bridge/messaging';
import {
  AuditService,
  ConflictProblem,
  ForbiddenProblem,
  newestFirst,
  NotFoundProblem,
  paginate,
  Principal,
} from '@bridge/platform';
import { MatchingAuditAction } from '../../audit/matching-audit-action';
import { Suggestion } from '../../match-engine/suggestion.entity';
import { assertCanSeeCandidate } from '../../read-models/candidates/candidate-scope';
import { Candidate } from '../../read-models/candidates/candidate.entity';
import { StandingReferrals } from '../../read-models/candidates/standing-referrals';
import { CandidateCertificate } from '../../read-models/certificates/candidate-certificate.entity';
import { DeclineReferralDto } from './dto/decline-referral.dto';
import { ListCandidateReferralsQuery } from './dto/list-candidate-referrals.query';
import { ListReferralsQuery } from './dto/list-referrals.query';
import { Referral, ReferralStatus } from './referral.entity';
import {
  CandidateReferralListView,
  CandidateReferralView,
  ReferralListView,
  ReferralView,
} from './referral.view';

/** A placement as the target's service reports it by event. */
export interface RecordedPlacement {
  referralId: string;
  targetId: string;
  targetType: TargetType;
}

/** The referrals a caller owns: an employer those to its vacancies, a school those to its places. */
export function ownedBy(
  principal: Principal,
): { type: TargetType; employerId: string } | { type: TargetType; brin: string } {
  switch (principal.role) {
    case 'employer':
      return { type: 'vacancy', employerId: principal.employerId };
    case 'education-provider':
      return { type: 'school-place', brin: principal.brin };
    default:
      throw new ForbiddenProblem('only employers and education providers have referrals');
  }
}

/**
 * Whether a referral may move from one status to another: the owner's decline and the candidate's
 * leaving end only a standing (`referred`) one. The target's service decides placements, so a
 * placement it recorded counts even over a decline or withdrawal that crossed it; `placed` is final.
 */
export function referralMayBecome(from: ReferralStatus, to: ReferralStatus): boolean {
  switch (to) {
    case 'declined':
    case 'withdrawn':
      return from === 'referred';
    case 'placed':
      return from !== 'placed';
    case 'referred':
      return false;
  }
}

@Injectable()
export class ReferralsService implements StandingReferrals {
  private readonly logger = new Logger(ReferralsService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly audit: AuditService<MatchingAuditAction>,
  ) {}

  /**
   * Makes an accepted suggestion a referral, in the caller's transaction, and tells the target's
   * service by event. Certificates, region and availability are copied now: the referral shows
   * what the advisor accepted, whatever changes later.
   */
  async refer(
    manager: EntityManager,
    suggestion: Suggestion,
    candidate: Candidate,
  ): Promise<Referral> {
    const certificates = await manager.find(CandidateCertificate, {
      where: { candidateId: candidate.id, status: 'valid' },
      order: { issuedOn: 'ASC', crebo: 'ASC' },
    });
    const referral = manager.create(Referral, {
      id: randomUUID(),
      suggestionId: suggestion.id,
      candidateId: candidate.id,
      targetId: suggestion.targetId,
      type: suggestion.type,
      employerId: suggestion.target.employerId ?? null,
      brin: suggestion.target.brin ?? null,
      regionCode: candidate.regionCode,
      availableFrom: candidate.expectedReleaseDate,
      certificates: certificates.map(({ crebo, title, issuedOn }) => ({ crebo, title, issuedOn })),
      status: 'referred',
      version: 1,
    });
    await manager.insert(Referral, referral);
    await this.outbox.record(manager, {
      topic: REFERRAL_CREATED,
      key: referral.id,
      version: referral.version,
      payload: {
        referralId: referral.id,
        targetId: referral.targetId,
        targetType: referral.type,
        employerId: referral.employerId,
        brin: referral.brin,
        regionCode: referral.regionCode,
        availableFrom: referral.availableFrom,
        certificates: referral.certificates,
      },
    });
    return referral;
  }

  /** The referrals of accepted suggestions, by suggestion id. */
  async ofSuggestions(
    suggestionIds: string[],
  ): Promise<Map<string, Pick<Referral, 'id' | 'status'>>> {
    if (suggestionIds.length === 0) return new Map();
    const referrals = await this.dataSource.manager.find(Referral, {
      where: { suggestionId: In(suggestionIds) },
      select: { id: true, status: true, suggestionId: true },
    });
    return new Map(
      referrals.map((referral) => [
        referral.suggestionId,
        { id: referral.id, status: referral.status },
      ]),
    );
  }

  /** The caller's referrals, newest first; each one shown is a read of candidate data, so audited. */
  async list(principal: Principal, query: ListReferralsQuery): Promise<ReferralListView> {
    // A withdrawn referral's candidate left or withdrew consent: its profile is no longer shown.
    const builder = this.dataSource.manager
      .createQueryBuilder(Referral, 'r')
      .where(ownedBy(principal))
      .andWhere("r.status <> 'withdrawn'");
    if (query.status) builder.andWhere('r.status = :status', { status: query.status });
    if (query.targetId) builder.andWhere('r.target_id = :targetId', { targetId: query.targetId });
    const page = await paginate(builder, query, newestFirst<Referral>('r'), (referral) => referral);
    await this.audit.recordEach(
      principal,
      'referral.read',
      page.items.map(({ id, candidateId, targetId }) => ({
        candidateId,
        targetId,
        referralId: id,
      })),
    );
    return { items: page.items.map(ReferralView.of), nextCursor: page.nextCursor };
  }

  /**
   * The referrals made for one candidate, newest first, to those who may see the candidate
   * (casemanager: own PI; advisor: own regions; admin); else 404. Every status, withdrawn included:
   * this is the candidate's own history, not an employer's view. One audited read.
   */
  async forCandidate(
    principal: Principal,
    candidateId: string,
    query: ListCandidateReferralsQuery,
  ): Promise<CandidateReferralListView> {
    assertCanSeeCandidate(
      principal,
      await this.dataSource.manager.findOneBy(Candidate, { id: candidateId }),
      candidateId,
    );
    const builder = this.dataSource.manager
      .createQueryBuilder(Referral, 'r')
      .where('r.candidate_id = :candidateId', { candidateId });
    if (query.status) builder.andWhere('r.status = :status', { status: query.status });
    const page = await paginate(builder, query, newestFirst<Referral>('r'), (referral) => referral);
    const suggestionIds = page.items.map((referral) => referral.suggestionId);
    const suggestions =
      suggestionIds.length === 0
        ? []
        : await this.dataSource.manager.find(Suggestion, {
            where: { id: In(suggestionIds) },
            select: { id: true, target: true },
          });
    const targets = new Map(suggestions.map((suggestion) => [suggestion.id, suggestion.target]));
    await this.audit.record(principal, 'candidate.referrals-read', { candidateId });
    return {
      items: page.items.map((referral) => {
        const target = targets.get(referral.suggestionId);
        if (!target)
          throw new Error(`referral ${referral.id} has no suggestion ${referral.suggestionId}`);
        return CandidateReferralView.of(referral, target);
      }),
      nextCursor: page.nextCursor,
    };
  }

  async decline(principal: Principal, id: string, dto: DeclineReferralDto): Promise<ReferralView> {
    return this.dataSource.transaction(async (manager) => {
      const referral = await manager.findOne(Referral, {
        where: { id, ...ownedBy(principal) },
        lock: { mode: 'pessimistic_write' },
      });
      if (!referral) throw new NotFoundProblem(`referral ${id} not found`);
      if (!referralMayBecome(referral.status, 'declined')) {
        throw new ConflictProblem(
          `referral ${id} is ${referral.status}; only a referred one can be declined`,
        );
      }
      await this.end(manager, referral, 'declined', { declineNote: dto.note ?? null });
      await this.audit.record(
        principal,
        'referral.declined',
        { candidateId: referral.candidateId, targetId: referral.targetId, referralId: id },
        manager,
      );
      return ReferralView.of(await manager.findOneByOrFail(Referral, { id }));
    });
  }

  /**
   * Withdraws every referral of the candidate that still stands (`referred`), in the caller's
   * transaction, and tells each target's service: the candidate left or withdrew consent, so the
   * employer or school must stop seeing the profile. Placed and declined referrals are final.
   */
  async withdrawStandingReferralsOf(manager: EntityManager, candidateId: string): Promise<void> {
    const standing = await manager.find(Referral, {
      where: { candidateId, status: 'referred' },
      order: { createdAt: 'ASC' },
      lock: { mode: 'pessimistic_write' },
    });
    for (const referral of standing) await this.end(manager, referral, 'withdrawn');
  }

  /** A referral stops standing: its new status and version, and the event that says so. */
  private async end(
    manager: EntityManager,
    referral: Referral,
    status: 'declined' | 'withdrawn',
    changes: Partial<Pick<Referral, 'declineNote'>> = {},
  ): Promise<void> {
    const version = referral.version + 1;
    await manager.update(Referral, { id: referral.id }, { ...changes, status, version });
    await this.outbox.record(manager, {
      topic: status === 'declined' ? REFERRAL_DECLINED : REFERRAL_WITHDRAWN,
      key: referral.id,
      version,
      payload: { referralId: referral.id, targetId: referral.targetId, targetType: referral.type },
    });
  }

  /**
   * A placement the target's service recorded (and took an opening or seat for) makes the referral
   * `placed`. That service decides placements, so its word counts even over a decline that crossed
   * it. A redelivery finds the referral placed already and changes nothing. A placement naming a
   * referral this service never made, or one for another target, can never apply however often it
   * is retried, so it is logged and dropped rather than dead-lettered.
   */
  async recordPlacement(manager: EntityManager, placement: RecordedPlacement): Promise<void> {
    const { referralId, targetId, targetType } = placement;
    const referral = isUUID(referralId)
      ? await manager.findOne(Referral, {
          where: { id: referralId },
          lock: { mode: 'pessimistic_write' },
        })
      : null;
    if (!referral || referral.targetId !== targetId || referral.type !== targetType) {
      this.logger.warn(
        `ignoring a placement on ${targetType} ${targetId}: no referral ${referralId} to it`,
      );
      return;
    }
    if (!referralMayBecome(referral.status, 'placed')) return;
    if (referral.status !== 'referred') {
      this.logger.warn(
        `referral ${referralId} was ${referral.status}, but its ${targetType} recorded a placement: now placed`,
      );
    }
    await manager.update(
      Referral,
      { id: referralId },
      { status: 'placed', version: referral.version + 1 },
    );
  }
}
