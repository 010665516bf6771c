import { randomUUID } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import { DataSource, EntityManager, In } from 'typeorm';
import {
  FollowUpCheckpoint,
  REFERRAL_CREATED,
  REFERRAL_DECLINED,
  REFERRAL_WITHDRAWN,
  ReferralWithdrawalReason,
  TargetType,
} from '@bridge/contracts';
import { Outbox } from '@bridge/messaging';
import {
  AuditService,
  calendarDateInNetherlands,
  ConflictProblem,
  ForbiddenProblem,
  newestFirst,
  NotFoundProblem,
  paginate,
  Principal,
} from '@bridge/platform';
import { MatchingAuditAction } from '../../audit/matching-audit-action';
import { Suggestion } from '../../match-engine/suggestion.entity';
import {
  assertCanSeeCandidate,
  canSeeCandidate,
} from '../../read-models/candidates/candidate-scope';
import { Candidate, CandidatePlacement } from '../../read-models/candidates/candidate.entity';
import { StandingReferrals } from '../../read-models/candidates/standing-referrals';
import { CandidateCertificate } from '../../read-models/certificates/candidate-certificate.entity';
import { SchoolPlace } from '../../read-models/school-places/school-place.entity';
import { Vacancy } from '../../read-models/vacancies/vacancy.entity';
import { DeclineReferralDto } from './dto/decline-referral.dto';
import { KeepReferralStandingDto } from './dto/keep-referral-standing.dto';
import { ListCandidateReferralsQuery } from './dto/list-candidate-referrals.query';
import { ListReferralsQuery } from './dto/list-referrals.query';
import { Referral, ReferralStatus } from './referral.entity';
import {
  CandidateReferralListView,
  CandidateReferralView,
  ReferralListView,
  ReferralView,
} from './referral.view';

/** A placement as the target's service reports it by event; `placedAt` is the event's instant. */
export interface RecordedPlacement {
  referralId: string;
  targetId: string;
  targetType: TargetType;
  placedAt: string;
}

/** A follow-up of a placement as the target's service reports it by event. */
export interface RecordedFollowUp {
  referralId: string;
  targetId: string;
  targetType: TargetType;
  checkpoint: FollowUpCheckpoint;
  holds: boolean;
  endedOn: string | null;
}

/** The referrals column of each follow-up checkpoint. */
const HOLDS_COLUMN: Record<FollowUpCheckpoint, string> = {
  '3-months': 'holds_at_3_months',
  '6-months': 'holds_at_6_months',
};

/**
 * Whether `next` is the candidate's latest placement rather than `current`: the one recorded later (by the event's
 * instant, then the referral id, so the order is total). Delivered again, a placement supersedes nothing.
 */
export function supersedesPlacement(
  current: Pick<CandidatePlacement, 'placedAt' | 'referralId'> | null,
  next: Pick<CandidatePlacement, 'placedAt' | 'referralId'>,
): boolean {
  if (!current) return true;
  const [a, b] = [Date.parse(current.placedAt), Date.parse(next.placedAt)];
  return b > a || (b === a && next.referralId > current.referralId);
}

/**
 * Whether a placement of the candidate elsewhere withdraws this referral of theirs: a standing one, unless an advisor
 * chose to keep it standing (a BBL school place beside a job with the same employer).
 */
export function withdrawnByPlacementElsewhere(
  referral: Pick<Referral, 'status' | 'keptStandingBy'>,
): boolean {
  return referral.status === 'referred' && referral.keptStandingBy === null;
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
    // A referral withdrawn because the candidate left or withdrew consent no longer shows the profile; one withdrawn
    // because the candidate was placed elsewhere does, so the owner sees why it stopped.
    const builder = this.dataSource.manager
      .createQueryBuilder(Referral, 'r')
      .where(ownedBy(principal))
      .andWhere("(r.status <> 'withdrawn' OR r.withdrawal_reason = 'placed-elsewhere')");
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
    const items = await this.candidateViewsOf(this.dataSource.manager, page.items);
    await this.audit.record(principal, 'candidate.referrals-read', { candidateId });
    return { items, nextCursor: page.nextCursor };
  }

  /** Referrals as PI staff and advisors follow them, each with the target its suggestion described. */
  private async candidateViewsOf(
    manager: EntityManager,
    referrals: Referral[],
  ): Promise<CandidateReferralView[]> {
    const suggestionIds = referrals.map((referral) => referral.suggestionId);
    const suggestions =
      suggestionIds.length === 0
        ? []
        : await manager.find(Suggestion, {
            where: { id: In(suggestionIds) },
            select: { id: true, target: true },
          });
    const targets = new Map(suggestions.map((suggestion) => [suggestion.id, suggestion.target]));
    return referrals.map((referral) => {
      const target = targets.get(referral.suggestionId);
      if (!target)
        throw new Error(`referral ${referral.id} has no suggestion ${referral.suggestionId}`);
      return CandidateReferralView.of(referral, target);
    });
  }

  /**
   * An advisor of the candidate's region (or an admin) keeps a standing referral standing when the candidate is
   * placed elsewhere: recorded on the referral (who, when, why) and audited. Out of the caller's scope, or unknown: 404;
   * no longer `referred`: 409. Asked again, the newest note counts. Locked in the order a placement takes (candidate,
   * then referral), so a placement either sees the choice or has withdrawn the referral already.
   */
  async keepStanding(
    principal: Principal,
    id: string,
    dto: KeepReferralStandingDto,
  ): Promise<CandidateReferralView> {
    return this.dataSource.transaction(async (manager) => {
      const notFound = new NotFoundProblem(`referral ${id} not found`);
      const candidateId = (await manager.findOneBy(Referral, { id }))?.candidateId;
      if (!candidateId) throw notFound;
      const candidate = await manager.findOne(Candidate, {
        where: { id: candidateId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!candidate || !canSeeCandidate(principal, candidate)) throw notFound;
      const referral = await manager.findOneOrFail(Referral, {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      if (referral.status !== 'referred') {
        throw new ConflictProblem(
          `referral ${id} is ${referral.status}; only a referred one can be kept standing`,
        );
      }
      await manager.update(
        Referral,
        { id },
        { keptStandingBy: principal.sub, keptStandingAt: new Date(), keptStandingNote: dto.note },
      );
      await this.audit.record(
        principal,
        'referral.kept-standing',
        { candidateId, targetId: referral.targetId, referralId: id },
        manager,
      );
      const [view] = await this.candidateViewsOf(manager, [
        await manager.findOneByOrFail(Referral, { id }),
      ]);
      return view;
    });
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
   * transaction, and tells each target's service why: the candidate left or withdrew consent, so the
   * employer or school must stop seeing the profile. Placed and declined referrals are final. A
   * referral kept standing is withdrawn too: it outlasts only a placement elsewhere.
   */
  async withdrawStandingReferralsOf(
    manager: EntityManager,
    candidateId: string,
    reason: ReferralWithdrawalReason | null,
  ): Promise<void> {
    const standing = await this.standingReferralsOf(manager, candidateId);
    for (const referral of standing) await this.withdraw(manager, referral, reason);
  }

  private standingReferralsOf(manager: EntityManager, candidateId: string): Promise<Referral[]> {
    return manager.find(Referral, {
      where: { candidateId, status: 'referred' },
      order: { createdAt: 'ASC' },
      lock: { mode: 'pessimistic_write' },
    });
  }

  private async withdraw(
    manager: EntityManager,
    referral: Referral,
    reason: ReferralWithdrawalReason | null,
  ): Promise<void> {
    const version = referral.version + 1;
    await manager.update(
      Referral,
      { id: referral.id },
      { status: 'withdrawn', withdrawalReason: reason, version },
    );
    await this.outbox.record(manager, {
      topic: REFERRAL_WITHDRAWN,
      key: referral.id,
      version,
      payload: {
        referralId: referral.id,
        targetId: referral.targetId,
        targetType: referral.type,
        ...(reason && { reason }),
      },
    });
  }

  /** The owner declines a referral: its new status and version, and the event that says so. */
  private async end(
    manager: EntityManager,
    referral: Referral,
    status: 'declined',
    changes: Partial<Pick<Referral, 'declineNote'>> = {},
  ): Promise<void> {
    const version = referral.version + 1;
    await manager.update(Referral, { id: referral.id }, { ...changes, status, version });
    await this.outbox.record(manager, {
      topic: REFERRAL_DECLINED,
      key: referral.id,
      version,
      payload: { referralId: referral.id, targetId: referral.targetId, targetType: referral.type },
    });
  }

  /**
   * A placement the target's service recorded (and took an opening or seat for) makes the referral
   * `placed`. That service decides placements, so its word counts even over a decline or withdrawal that
   * crossed it. A redelivery finds the referral placed already and changes nothing. A placement naming a
   * referral this service never made, or one for another target, can never apply however often it
   * is retried, so it is logged and dropped rather than dead-lettered.
   *
   * Then the candidate is placed (`placedElsewhere`): in the same transaction, so no reader sees the referral
   * placed while the candidate still has open suggestions or other standing referrals.
   */
  async recordPlacement(manager: EntityManager, placement: RecordedPlacement): Promise<void> {
    const { referralId, targetId, targetType, placedAt } = placement;
    const found = await this.referralOfTarget(manager, { referralId, targetId, targetType });
    if (!found) {
      this.logger.warn(
        `ignoring a placement on ${targetType} ${targetId}: no referral ${referralId} to it`,
      );
      return;
    }
    // The order a review and the recomputer lock in: the candidate first, then its suggestions and referrals.
    const candidate = await manager.findOneOrFail(Candidate, {
      where: { id: found.candidateId },
      lock: { mode: 'pessimistic_write' },
    });
    const referral = await manager.findOneOrFail(Referral, {
      where: { id: referralId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!referralMayBecome(referral.status, 'placed')) return;
    if (referral.status !== 'referred') {
      this.logger.warn(
        `referral ${referralId} was ${referral.status}, but its ${targetType} recorded a placement: now placed`,
      );
    }
    const placedOn = calendarDateInNetherlands(new Date(placedAt));
    await manager.update(
      Referral,
      { id: referralId },
      { status: 'placed', version: referral.version + 1, placedOn, withdrawalReason: null },
    );
    await this.placeCandidate(manager, candidate, referral, { placedOn, placedAt });
  }

  /**
   * The candidate is placed: the placement shows on the candidate (the latest of its placements), its open
   * suggestions expire (`placed`; the match engine's candidate rule then suggests nothing new), and its other
   * standing referrals are withdrawn as placed elsewhere, except those an advisor chose to keep standing.
   */
  private async placeCandidate(
    manager: EntityManager,
    candidate: Candidate,
    referral: Referral,
    { placedOn, placedAt }: Pick<CandidatePlacement, 'placedOn' | 'placedAt'>,
  ): Promise<void> {
    const target = await this.placedTarget(manager, referral);
    const placement: CandidatePlacement = {
      referralId: referral.id,
      targetType: referral.type,
      targetId: referral.targetId,
      title: target.title,
      startDate: target.startDate,
      placedOn,
      placedAt,
    };
    // Not a change of the candidate's state (no version, no event, no updated_at): where it was placed.
    if (supersedesPlacement(candidate.placement, placement)) {
      await manager.query('UPDATE candidates SET placement = $1::jsonb WHERE id = $2', [
        JSON.stringify(placement),
        candidate.id,
      ]);
    }
    await manager.query(
      `UPDATE suggestions SET status = 'expired', expiry_reason = 'placed', updated_at = now()
        WHERE candidate_id = $1 AND status = 'suggested'`,
      [candidate.id],
    );
    for (const standing of await this.standingReferralsOf(manager, candidate.id)) {
      if (withdrawnByPlacementElsewhere(standing))
        await this.withdraw(manager, standing, 'placed-elsewhere');
    }
  }

  /**
   * The title and start date of the target a referral placed: as matching's read model now holds it (the employer
   * may have moved the start since the acceptance), else as its suggestion described it.
   */
  private async placedTarget(
    manager: EntityManager,
    referral: Referral,
  ): Promise<{ title: string; startDate: string }> {
    const current =
      referral.type === 'vacancy'
        ? await manager.findOne(Vacancy, {
            where: { vacancyId: referral.targetId },
            select: { title: true, startDate: true },
          })
        : await manager.findOne(SchoolPlace, {
            where: { schoolPlaceId: referral.targetId },
            select: { title: true, startDate: true },
          });
    if (current) return { title: current.title, startDate: current.startDate };
    const { target } = await manager.findOneOrFail(Suggestion, {
      where: { id: referral.suggestionId },
      select: { id: true, target: true },
    });
    return { title: target.title, startDate: target.startDate };
  }

  /**
   * What the target's service said at a checkpoint after the start: whether the placement still holds. Kept on the
   * referral whatever its status, so the follow-up counts once the placement is known, in whichever order the two
   * arrive; a redelivery writes the same. Not a change of the referral itself (no version, no `updated_at`). A
   * follow-up naming an unknown referral, or one of another target, is logged and dropped, as a placement is.
   */
  async recordFollowUp(manager: EntityManager, followUp: RecordedFollowUp): Promise<void> {
    const { referralId, targetId, targetType, checkpoint, holds, endedOn } = followUp;
    if (!(await this.referralOfTarget(manager, { referralId, targetId, targetType }))) {
      this.logger.warn(
        `ignoring a ${checkpoint} follow-up on ${targetType} ${targetId}: no referral ${referralId} to it`,
      );
      return;
    }
    await manager.query(
      `UPDATE referrals SET ${HOLDS_COLUMN[checkpoint]} = $2,
              ended_on = CASE WHEN $2 THEN ended_on ELSE coalesce($3::date, ended_on) END
        WHERE id = $1`,
      [referralId, holds, endedOn],
    );
  }

  /** The referral an event of the target's service names, if it is one of that target's. */
  private async referralOfTarget(
    manager: EntityManager,
    {
      referralId,
      targetId,
      targetType,
    }: Pick<RecordedPlacement, 'referralId' | 'targetId' | 'targetType'>,
  ): Promise<Referral | null> {
    const referral = isUUID(referralId)
      ? await manager.findOneBy(Referral, { id: referralId })
      : null;
    return referral && referral.targetId === targetId && referral.type === targetType
      ? referral
      : null;
  }
}
