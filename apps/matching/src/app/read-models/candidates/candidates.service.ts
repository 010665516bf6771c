import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import {
  CANDIDATE_LEFT,
  CANDIDATE_REGISTERED,
  CANDIDATE_TRANSFERRED,
  CANDIDATE_UPDATED,
  CandidateState,
} from '@bridge/contracts';
import { isUniqueViolation } from '@bridge/database';
import { Outbox } from '@bridge/messaging';
import {
  AuditService,
  Clock,
  ConflictProblem,
  ForbiddenProblem,
  IdempotencyService,
  IdempotentRequest,
  isCalendarDate,
  isUuid,
  KeysetColumn,
  paginate,
  Principal,
  UnprocessableProblem,
  addCalendarDays,
} from '@bridge/platform';
import { findMunicipality, findPenitentiaryInstitution } from '@bridge/reference-data';
import { MatchingAuditAction } from '../../audit/matching-audit-action';
import { CandidateCertificate } from '../certificates/candidate-certificate.entity';
import { enqueueChange } from '../change-queues/changes';
import { assertCanSeeCandidate, canSeeCandidate, candidatesInScope } from './candidate-scope';
import { Candidate } from './candidate.entity';
import { CandidateListView, CandidateView } from './candidate.view';
import { DjiNumberHasher } from './dji-number.hasher';
import { LeaveCandidateDto } from './dto/leave-candidate.dto';
import { ListCandidatesQuery } from './dto/list-candidates.query';
import { RegisterCandidateDto } from './dto/register-candidate.dto';
import { UpdateCandidateDto } from './dto/update-candidate.dto';
import { StandingReferrals, withdrawalReasonOfLeaving } from './standing-referrals';

/** `GET /candidates`: soonest expected release first, then id (unique, so the order is total). */
const SOONEST_RELEASE_FIRST: KeysetColumn<Candidate>[] = [
  {
    name: 'releaseDate',
    expression: 'c.expected_release_date',
    direction: 'ASC',
    valueOf: (c) => c.expectedReleaseDate,
    accepts: isCalendarDate,
  },
  {
    name: 'id',
    expression: 'c.id',
    direction: 'ASC',
    valueOf: (c) => c.id,
    accepts: isUuid,
  },
];

/** What other services may know of a candidate (`CandidateState`): pseudonym, PI, dates. */
function stateOf(candidate: Candidate): CandidateState {
  return {
    candidateId: candidate.id,
    piCode: candidate.piCode,
    expectedReleaseDate: candidate.expectedReleaseDate,
    returnMunicipalityCode: candidate.returnMunicipalityCode,
    regionCode: candidate.regionCode,
    status: candidate.status,
  };
}

/** A registration of a DJI number its own PI has registered already (a 409, audited after the rollback). */
class AlreadyRegisteredHere extends Error {
  constructor(readonly candidateId: string) {
    super('a candidate with this DJI number is already registered at this PI');
  }
}

@Injectable()
export class CandidatesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly audit: AuditService<MatchingAuditAction>,
    private readonly hasher: DjiNumberHasher,
    private readonly idempotency: IdempotencyService,
    private readonly referrals: StandingReferrals,
    private readonly clock: Clock,
  ) {}

  /**
   * Registers a detainee at the PI of `dto.piCode`. A DJI number already registered at the same PI
   * is a 409. One registered at another PI is a transfer ("overplaatsing"): the same candidate moves
   * here (see `transfer`), and the caller gets the same 201 and body shape as for a new one, so a
   * registration tells no one whether the number is known elsewhere. Every attempt is audited.
   */
  async register(
    principal: Principal,
    dto: RegisterCandidateDto,
    idempotency?: IdempotentRequest,
  ): Promise<CandidateView> {
    if (principal.role === 'casemanager' && principal.pi !== dto.piCode) {
      throw new ForbiddenProblem('a casemanager registers candidates of their own PI only');
    }
    if (!findPenitentiaryInstitution(dto.piCode))
      throw new UnprocessableProblem(`unknown PI ${dto.piCode}`, 'piCode');
    const regionCode = this.regionOf(dto.returnMunicipalityCode, 'returnMunicipalityCode');
    this.checkMunicipalities(dto.excludedMunicipalities ?? []);
    const djiNumberHash = this.hasher.hash(dto.djiNumber);

    // A concurrent registration of the same number at another PI makes the insert fail: the second
    // try sees that candidate and transfers it, so even a race answers no differently.
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.idempotency.transaction(idempotency, async (manager) => {
          const registered = await manager.findOne(Candidate, {
            where: { djiNumberHash },
            lock: { mode: 'pessimistic_write' },
          });
          if (registered?.piCode === dto.piCode) throw new AlreadyRegisteredHere(registered.id);
          if (registered) return this.transfer(manager, principal, registered, dto, regionCode);
          return this.registerNew(manager, principal, dto, djiNumberHash, regionCode);
        });
      } catch (error) {
        if (error instanceof AlreadyRegisteredHere) {
          // After the rollback, so the refusal stays on record.
          await this.audit.record(principal, 'candidate.registration-refused', {
            candidateId: error.candidateId,
            piCode: dto.piCode,
          });
          throw this.duplicate();
        }
        if (attempt === 1 && isUniqueViolation(error, 'candidates_dji_number_hash_key')) continue;
        throw error;
      }
    }
  }

  private async registerNew(
    manager: EntityManager,
    principal: Principal,
    dto: RegisterCandidateDto,
    djiNumberHash: string,
    regionCode: string,
  ): Promise<CandidateView> {
    const candidate = manager.create(Candidate, {
      id: randomUUID(),
      djiNumberHash,
      ...this.registeredState(dto, regionCode),
      version: 1,
    });
    await manager.insert(Candidate, candidate);
    await this.afterChange(manager, candidate, CANDIDATE_REGISTERED);
    await this.audit.record(
      principal,
      'candidate.registered',
      { candidateId: candidate.id, piCode: dto.piCode },
      manager,
    );
    return CandidateView.of(await manager.findOneByOrFail(Candidate, { id: candidate.id }));
  }

  /**
   * The candidate moves to the registering PI under its own pseudonym: the new PI's registration
   * replaces its state (active again, even if it had left), its certificates stay its own, the old
   * PI loses sight of it. Standing referrals were made on the old state (release date, region) and
   * are withdrawn; the recomputer re-judges its open suggestions against the new state.
   */
  private async transfer(
    manager: EntityManager,
    principal: Principal,
    candidate: Candidate,
    dto: RegisterCandidateDto,
    regionCode: string,
  ): Promise<CandidateView> {
    const fromPiCode = candidate.piCode;
    Object.assign(candidate, {
      ...this.registeredState(dto, regionCode),
      version: candidate.version + 1,
    });
    await manager.save(candidate);
    await this.outbox.record(manager, {
      topic: CANDIDATE_TRANSFERRED,
      key: candidate.id,
      version: candidate.version,
      payload: { ...stateOf(candidate), fromPiCode },
    });
    await this.enqueueFollowUps(manager, candidate.id);
    // The withdrawal event has no reason for a transfer: it goes without one.
    await this.referrals.withdrawStandingReferralsOf(manager, candidate.id, null);
    await this.audit.record(
      principal,
      'candidate.transferred',
      { candidateId: candidate.id, piCode: dto.piCode, otherPiCode: fromPiCode },
      manager,
    );
    return CandidateView.of(await manager.findOneByOrFail(Candidate, { id: candidate.id }));
  }

  /** What a registration sets, for a new candidate and a transferred one alike. */
  private registeredState(dto: RegisterCandidateDto, regionCode: string) {
    return {
      piCode: dto.piCode,
      expectedReleaseDate: dto.expectedReleaseDate,
      returnMunicipalityCode: dto.returnMunicipalityCode,
      regionCode,
      vogOutlook: dto.vogOutlook,
      excludedMunicipalities: dto.excludedMunicipalities ?? [],
      preferences: { ...dto.preferences },
      consent: { ...dto.consent },
      status: 'active' as const,
      leftReason: null,
    };
  }

  async update(principal: Principal, id: string, dto: UpdateCandidateDto): Promise<CandidateView> {
    const regionCode = dto.returnMunicipalityCode
      ? this.regionOf(dto.returnMunicipalityCode, 'returnMunicipalityCode')
      : undefined;
    this.checkMunicipalities(dto.excludedMunicipalities ?? []);
    return this.dataSource.transaction(async (manager) => {
      const candidate = await this.lockActive(manager, principal, id, 'be changed');
      Object.assign(candidate, {
        ...(dto.expectedReleaseDate && { expectedReleaseDate: dto.expectedReleaseDate }),
        ...(dto.returnMunicipalityCode && {
          returnMunicipalityCode: dto.returnMunicipalityCode,
          regionCode,
        }),
        ...(dto.vogOutlook && { vogOutlook: dto.vogOutlook }),
        ...(dto.excludedMunicipalities && { excludedMunicipalities: dto.excludedMunicipalities }),
        ...(dto.preferences && { preferences: { ...dto.preferences } }),
        ...(dto.consent && { consent: { ...dto.consent } }),
        version: candidate.version + 1,
      });
      await manager.save(candidate);
      await this.afterChange(manager, candidate, CANDIDATE_UPDATED);
      // Without consent no employer or school may see the profile any more; consent given again
      // later makes new referrals only through new acceptances.
      if (!candidate.consent.shareAnonymisedProfile)
        await this.referrals.withdrawStandingReferralsOf(manager, id, 'consent-withdrawn');
      await this.audit.record(principal, 'candidate.updated', { candidateId: id }, manager);
      return CandidateView.of(await manager.findOneByOrFail(Candidate, { id }));
    });
  }

  /**
   * The candidate leaves the platform: status `left` (final), the left event, its standing
   * referrals withdrawn; the recomputer then expires its open suggestions, as for any change.
   * Accepted and rejected suggestions keep their status.
   */
  async leave(principal: Principal, id: string, dto: LeaveCandidateDto): Promise<CandidateView> {
    return this.dataSource.transaction(async (manager) => {
      const candidate = await this.lockActive(manager, principal, id, 'leave again');
      candidate.status = 'left';
      const leftReason = dto.reason ?? 'removed';
      candidate.leftReason = leftReason;
      candidate.version += 1;
      await manager.save(candidate);
      await this.outbox.record(manager, {
        topic: CANDIDATE_LEFT,
        key: id,
        version: candidate.version,
        payload: { candidateId: id, reason: candidate.leftReason },
      });
      await this.enqueueFollowUps(manager, id);
      await this.referrals.withdrawStandingReferralsOf(
        manager,
        id,
        withdrawalReasonOfLeaving(leftReason),
      );
      await this.audit.record(principal, 'candidate.left', { candidateId: id }, manager);
      return CandidateView.of(await manager.findOneByOrFail(Candidate, { id }));
    });
  }

  async get(principal: Principal, id: string): Promise<CandidateView> {
    const candidate = assertCanSeeCandidate(
      principal,
      await this.dataSource.manager.findOneBy(Candidate, { id }),
      id,
    );
    const certificates = await this.dataSource.manager.find(CandidateCertificate, {
      where: { candidateId: id, status: 'valid' },
      order: { issuedOn: 'ASC', crebo: 'ASC' },
    });
    await this.audit.record(principal, 'candidate.read', { candidateId: id });
    return CandidateView.of(candidate, certificates);
  }

  /**
   * The candidates in the caller's scope (PI staff their PI, advisors their regions, admins all),
   * filtered, soonest release first; each with its valid certificates, as `GET /candidates/:id`
   * shows one. Filters outside the caller's scope (another PI, another region) leave an empty page.
   * Every candidate shown is an audited read (`candidate.listed`).
   */
  async list(principal: Principal, query: ListCandidatesQuery): Promise<CandidateListView> {
    const scope = candidatesInScope(principal);
    const builder = this.dataSource.manager.createQueryBuilder(Candidate, 'c');
    if (scope) builder.andWhere(scope.where, scope.parameters);
    if (query.pi) builder.andWhere('c.pi_code = :pi', { pi: query.pi });
    if (query.region) builder.andWhere('c.region_code = :region', { region: query.region });
    if (query.status) builder.andWhere('c.status = :status', { status: query.status });
    if (query.releaseWithinDays !== undefined) {
      builder.andWhere('c.expected_release_date <= :releasedBy', {
        releasedBy: addCalendarDays(this.clock.today(), query.releaseWithinDays),
      });
    }
    if (query.consent !== undefined) {
      builder.andWhere("(c.consent ->> 'shareAnonymisedProfile')::boolean = :consent", {
        consent: query.consent,
      });
    }
    if (query.hasCertificate !== undefined) {
      const certified =
        "EXISTS (SELECT 1 FROM candidate_certificates cc WHERE cc.candidate_id = c.id AND cc.status = 'valid')";
      builder.andWhere(query.hasCertificate ? certified : `NOT ${certified}`);
    }
    const page = await paginate(builder, query, SOONEST_RELEASE_FIRST, (candidate) => candidate);
    const ids = page.items.map((candidate) => candidate.id);
    const certificates =
      ids.length === 0
        ? []
        : await this.dataSource.manager.find(CandidateCertificate, {
            where: { candidateId: In(ids), status: 'valid' },
            order: { issuedOn: 'ASC', crebo: 'ASC' },
          });
    await this.audit.recordEach(
      principal,
      'candidate.listed',
      ids.map((candidateId) => ({ candidateId })),
    );
    return {
      items: page.items.map((candidate) =>
        CandidateView.of(
          candidate,
          certificates.filter((certificate) => certificate.candidateId === candidate.id),
        ),
      ),
      nextCursor: page.nextCursor,
    };
  }

  /** A number unknown or registered at another PI is the same 404, recorded with the PI's involved. */
  async lookup(principal: Principal, djiNumber: string): Promise<CandidateView> {
    const found = await this.dataSource.manager.findOneBy(Candidate, {
      djiNumberHash: this.hasher.hash(djiNumber),
    });
    const piCode = principal.role === 'casemanager' ? principal.pi : undefined;
    if (!found || !canSeeCandidate(principal, found)) {
      await this.audit.record(principal, 'candidate.lookup-refused', {
        candidateId: found?.id,
        piCode,
        otherPiCode: found?.piCode,
      });
    }
    const candidate = assertCanSeeCandidate(principal, found, 'with this DJI number');
    await this.audit.record(principal, 'candidate.looked-up', {
      candidateId: candidate.id,
      piCode: candidate.piCode,
    });
    return CandidateView.of(candidate);
  }

  /**
   * The candidate, locked for a change, in the caller's scope (404 otherwise) and still on the
   * platform: a candidate who left cannot be changed (409).
   */
  private async lockActive(
    manager: EntityManager,
    principal: Principal,
    id: string,
    change: string,
  ): Promise<Candidate> {
    const candidate = assertCanSeeCandidate(
      principal,
      await manager.findOne(Candidate, { where: { id }, lock: { mode: 'pessimistic_write' } }),
      id,
    );
    if (candidate.status === 'left')
      throw new ConflictProblem(`candidate ${id} has left the platform and cannot ${change}`);
    return candidate;
  }

  /** The event, the search document and the suggestions follow every change of a candidate. */
  private async afterChange(
    manager: EntityManager,
    candidate: Candidate,
    topic: typeof CANDIDATE_REGISTERED | typeof CANDIDATE_UPDATED,
  ) {
    await this.outbox.record(manager, {
      topic,
      key: candidate.id,
      version: candidate.version,
      payload: stateOf(candidate),
    });
    await this.enqueueFollowUps(manager, candidate.id);
  }

  /** Its search document is reindexed, then its suggestions recomputed (the only path that expires them). */
  private async enqueueFollowUps(manager: EntityManager, candidateId: string) {
    await enqueueChange(manager, 'candidates', 'candidate', [candidateId]);
  }

  private regionOf(municipalityCode: string, field: string): string {
    const municipality = findMunicipality(municipalityCode);
    if (!municipality)
      throw new UnprocessableProblem(`unknown municipality ${municipalityCode}`, field);
    return municipality.regionCode;
  }

  private checkMunicipalities(codes: string[]) {
    codes.forEach((code, index) => this.regionOf(code, `excludedMunicipalities.${index}`));
  }

  private duplicate() {
    return new ConflictProblem('a candidate with this DJI number is already registered');
  }
}
