import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import {
  SCHOOL_PLACE_PLACEMENT_RECORDED,
  SCHOOL_PLACE_PUBLISHED,
  SCHOOL_PLACE_UPDATED,
  SCHOOL_PLACE_WITHDRAWN,
  SchoolPlaceState,
} from '@bridge/contracts';
import { Outbox } from '@bridge/messaging';
import {
  AuditService,
  calendarDateInNetherlands,
  ConflictProblem,
  currentRequestId,
  IdempotencyService,
  IdempotentRequest,
  newestFirst,
  NotFoundProblem,
  Page,
  paginate,
  Principal,
  UnprocessableProblem,
} from '@bridge/platform';
import { findMunicipality, findQualification, Qualification } from '@bridge/reference-data';
import { TrainingAuditAction } from '../common/training-audit-action';
import { covenantInForceOn } from '../covenants/covenant.entity';
import { CovenantService } from '../covenants/covenant.service';
import { ProviderService } from '../providers/provider.service';
import { ReferralService } from '../referrals/referral.service';
import { SchoolPlace } from './school-place.entity';
import { SchoolPlacePlacement } from './school-place-placement.entity';
import {
  CreateSchoolPlaceDto,
  EntryRequirementsDto,
  ListSchoolPlacesQueryDto,
  PlacementView,
  RecordPlacementDto,
  SchoolPlaceView,
  UpdateSchoolPlaceDto,
} from './school-place.dto';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Publishes, changes, withdraws and lists school places. Every change and its event are written in
 * one transaction (outbox); changes lock the row. Scope: an education provider sees and changes
 * its own places (token `brin`), admins all, UWV advisors read all (school places hold no
 * candidate data); anything else out of scope is a 404.
 */
@Injectable()
export class SchoolPlaceService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly providers: ProviderService,
    private readonly covenants: CovenantService,
    private readonly referrals: ReferralService,
    private readonly outbox: Outbox,
    private readonly idempotency: IdempotencyService,
    private readonly audit: AuditService<TrainingAuditAction>,
  ) {}

  /** With an `Idempotency-Key`, the key is claimed and the answer stored in this transaction. */
  publish(
    principal: Principal,
    dto: CreateSchoolPlaceDto,
    idempotency?: IdempotentRequest,
  ): Promise<SchoolPlaceView> {
    return this.idempotency.transaction(idempotency, async (manager) => {
      if (!mayChange(dto.brin, principal))
        throw new NotFoundProblem(`Provider ${dto.brin} was not found`);
      if (!(await this.providers.find(manager, dto.brin)))
        throw new UnprocessableProblem(`Unknown provider: ${dto.brin}`, 'brin');
      const qualification = checkQualification(dto.crebo);
      const regionCode = checkMunicipality(dto.municipalityCode);
      const requirements = checkEntryRequirements(dto.entryRequirements);
      if (dto.covenantId !== undefined)
        await this.checkCovenant(manager, principal, dto.brin, dto.covenantId, dto.startDate);

      const now = new Date();
      const place = manager.create(SchoolPlace, {
        id: randomUUID(),
        brin: dto.brin,
        covenantId: dto.covenantId ?? null,
        crebo: qualification.crebo,
        title: qualification.title,
        level: qualification.level,
        sector: qualification.sector,
        learningPath: dto.learningPath,
        municipalityCode: dto.municipalityCode,
        regionCode,
        startDate: dto.startDate,
        seats: dto.seats,
        seatsLeft: dto.seats,
        status: 'open',
        minLevel: requirements.minLevel,
        requiredQualifications: requirements.requiredQualifications,
        version: 1,
        createdBy: principal.sub,
        createdAt: now,
        updatedAt: now,
      });
      await manager.insert(SchoolPlace, place);
      await this.outbox.record(manager, {
        topic: SCHOOL_PLACE_PUBLISHED,
        key: place.id,
        version: place.version,
        payload: stateOf(place),
        correlationId: currentRequestId(),
      });
      return SchoolPlaceView.of(place);
    });
  }

  update(principal: Principal, id: string, dto: UpdateSchoolPlaceDto): Promise<SchoolPlaceView> {
    return this.dataSource.transaction(async (manager) => {
      const place = await this.lockChangeable(manager, principal, id);
      const changes: Partial<SchoolPlace> = {};
      if (dto.covenantId !== undefined) changes.covenantId = dto.covenantId;
      if (dto.crebo !== undefined) {
        const qualification = checkQualification(dto.crebo);
        changes.crebo = qualification.crebo;
        changes.title = qualification.title;
        changes.level = qualification.level;
        changes.sector = qualification.sector;
      }
      if (dto.learningPath !== undefined) changes.learningPath = dto.learningPath;
      if (dto.municipalityCode !== undefined) {
        changes.regionCode = checkMunicipality(dto.municipalityCode);
        changes.municipalityCode = dto.municipalityCode;
      }
      if (dto.startDate !== undefined) changes.startDate = dto.startDate;
      if (dto.entryRequirements !== undefined) {
        const requirements = checkEntryRequirements(dto.entryRequirements);
        changes.minLevel = requirements.minLevel;
        changes.requiredQualifications = requirements.requiredQualifications;
      }
      const covenantId = dto.covenantId !== undefined ? dto.covenantId : place.covenantId;
      if (covenantId !== null && (dto.covenantId !== undefined || dto.startDate !== undefined))
        await this.checkCovenant(
          manager,
          principal,
          place.brin,
          covenantId,
          dto.startDate ?? place.startDate,
        );
      if (dto.seats !== undefined) {
        const placed = place.seats - place.seatsLeft;
        if (dto.seats <= placed)
          throw new ConflictProblem(
            `School place ${id} already has ${placed} placement(s); seats must stay above that`,
            [
              {
                field: 'seats',
                message: `must be more than the ${placed} placement(s) already made`,
              },
            ],
          );
        changes.seats = dto.seats;
        changes.seatsLeft = dto.seats - placed;
      }
      changes.version = place.version + 1;
      changes.updatedAt = new Date();
      await manager.update(SchoolPlace, { id }, changes);
      const updated: SchoolPlace = { ...place, ...changes };
      await this.outbox.record(manager, {
        topic: SCHOOL_PLACE_UPDATED,
        key: updated.id,
        version: updated.version,
        payload: stateOf(updated),
        correlationId: currentRequestId(),
      });
      return SchoolPlaceView.of(updated);
    });
  }

  withdraw(principal: Principal, id: string): Promise<SchoolPlaceView> {
    return this.dataSource.transaction(async (manager) => {
      const place = await this.lockChangeable(manager, principal, id);
      const changes = {
        status: 'withdrawn' as const,
        version: place.version + 1,
        updatedAt: new Date(),
      };
      await manager.update(SchoolPlace, { id }, changes);
      const withdrawn: SchoolPlace = { ...place, ...changes };
      await this.outbox.record(manager, {
        topic: SCHOOL_PLACE_WITHDRAWN,
        key: withdrawn.id,
        version: withdrawn.version,
        payload: { schoolPlaceId: withdrawn.id, brin: withdrawn.brin },
        correlationId: currentRequestId(),
      });
      return SchoolPlaceView.of(withdrawn);
    });
  }

  /**
   * Takes one seat for a referral of matching to this place. The place's row lock serialises
   * concurrent placements, so seats never go below zero; the last seat sets `full`.
   */
  recordPlacement(
    principal: Principal,
    id: string,
    dto: RecordPlacementDto,
    idempotency?: IdempotentRequest,
  ): Promise<PlacementView> {
    return this.idempotency.transaction(idempotency, async (manager) => {
      const place = await this.lockForChange(manager, principal, id);
      if (place.status === 'full')
        throw new ConflictProblem(`School place ${id} has no seats left`);
      if (place.status !== 'open')
        throw new ConflictProblem(`School place ${id} is ${place.status}, not open`);
      const referral = await this.referrals.find(manager, dto.referralId);
      if (!referral || referral.schoolPlaceId !== place.id)
        throw new UnprocessableProblem(
          `Unknown referral for school place ${id}: ${dto.referralId}`,
          'referralId',
        );
      if (referral.status !== 'active')
        throw new ConflictProblem(`Referral ${dto.referralId} is ${referral.status}`, [
          { field: 'referralId', message: `is ${referral.status}` },
        ]);
      if (
        await manager.exists(SchoolPlacePlacement, {
          where: { referralId: referral.referralId },
        })
      )
        throw new ConflictProblem(`Referral ${dto.referralId} is already placed`, [
          { field: 'referralId', message: 'is already placed' },
        ]);

      const now = new Date();
      await manager.insert(SchoolPlacePlacement, {
        referralId: referral.referralId,
        schoolPlaceId: place.id,
        placedBy: principal.sub,
        placedAt: now,
      });
      const seatsLeft = place.seatsLeft - 1;
      const changes = {
        seatsLeft,
        status: seatsLeft === 0 ? ('full' as const) : place.status,
        version: place.version + 1,
        updatedAt: now,
      };
      await manager.update(SchoolPlace, { id }, changes);
      await this.outbox.record(manager, {
        topic: SCHOOL_PLACE_PLACEMENT_RECORDED,
        key: place.id,
        version: changes.version,
        payload: {
          schoolPlaceId: place.id,
          referralId: referral.referralId,
          seatsLeft,
          status: changes.status,
        },
        correlationId: currentRequestId(),
      });
      // A placement is a decision about a referred candidate, known here only by the referral.
      await this.audit.record(
        principal,
        'referral.placed',
        { targetId: place.id, referralId: referral.referralId },
        manager,
      );
      return {
        schoolPlaceId: place.id,
        referralId: referral.referralId,
        seatsLeft,
        status: changes.status,
      };
    });
  }

  async get(principal: Principal, id: string): Promise<SchoolPlaceView> {
    const place = UUID.test(id)
      ? await this.dataSource.manager.findOne(SchoolPlace, { where: { id } })
      : null;
    if (!place || !mayRead(place.brin, principal)) throw placeNotFound(id);
    return SchoolPlaceView.of(place);
  }

  /** School places in the caller's scope, newest first. */
  list(principal: Principal, query: ListSchoolPlacesQueryDto): Promise<Page<SchoolPlaceView>> {
    const qb = this.dataSource.manager.createQueryBuilder(SchoolPlace, 'sp');
    if (principal.role === 'education-provider')
      qb.andWhere('sp.brin = :brin', { brin: principal.brin });
    else if (principal.role !== 'admin' && principal.role !== 'uwv-advisor')
      return Promise.resolve({ items: [], nextCursor: null });
    if (query.status !== undefined) qb.andWhere('sp.status = :status', { status: query.status });
    if (query.region !== undefined)
      qb.andWhere('sp.regionCode = :region', { region: query.region });
    if (query.crebo !== undefined) qb.andWhere('sp.crebo = :crebo', { crebo: query.crebo });
    return paginate(qb, query, newestFirst<SchoolPlace>('sp'), (place) =>
      SchoolPlaceView.of(place),
    );
  }

  /**
   * Whether a school place of `brin` starting on `startDate` may name this covenant: 422 when it
   * is unknown; a covenant of another party (an employer's, another school's) is a 404 to an
   * education provider (it is out of its scope) and a 422 to an admin, as the employers service
   * treats vacancies; 409 when the covenant has ended, or does not hold on the start date.
   */
  private async checkCovenant(
    manager: EntityManager,
    principal: Principal,
    brin: string,
    covenantId: string,
    startDate: string,
  ): Promise<void> {
    const covenant = await this.covenants.find(manager, covenantId);
    if (!covenant) throw new UnprocessableProblem(`Unknown covenant: ${covenantId}`, 'covenantId');
    if (covenant.brin !== brin) {
      if (principal.role !== 'admin')
        throw new NotFoundProblem(`Covenant ${covenantId} was not found`, [
          { field: 'covenantId', message: 'was not found' },
        ]);
      throw new UnprocessableProblem(
        `Covenant ${covenantId} is not a covenant of provider ${brin}`,
        'covenantId',
      );
    }
    if (covenant.endedOn !== null && covenant.endedOn < calendarDateInNetherlands())
      throw new ConflictProblem(`Covenant ${covenantId} ended on ${covenant.endedOn}`, [
        { field: 'covenantId', message: `ended on ${covenant.endedOn}` },
      ]);
    if (!covenantInForceOn(covenant, startDate))
      throw new ConflictProblem(
        `Covenant ${covenantId} is not in force on startDate ${startDate}`,
        [
          { field: 'covenantId', message: 'is not in force on the start date' },
          {
            field: 'startDate',
            message: 'lies outside the validity of the covenant',
          },
        ],
      );
  }

  /** The place locked (`FOR UPDATE`) for a change by `principal`; 404 when out of scope. */
  private async lockForChange(
    manager: EntityManager,
    principal: Principal,
    id: string,
  ): Promise<SchoolPlace> {
    const place = UUID.test(id)
      ? await manager.findOne(SchoolPlace, {
          where: { id },
          lock: { mode: 'pessimistic_write' },
        })
      : null;
    if (!place || !mayChange(place.brin, principal)) throw placeNotFound(id);
    return place;
  }

  /** The place locked for a change by `principal`: 404 out of scope, 409 when no longer open. */
  private async lockChangeable(
    manager: EntityManager,
    principal: Principal,
    id: string,
  ): Promise<SchoolPlace> {
    const place = await this.lockForChange(manager, principal, id);
    if (place.status !== 'open')
      throw new ConflictProblem(`School place ${id} is ${place.status}, not open`);
    return place;
  }
}

/** The full state carried by the published and updated events. */
export function stateOf(place: SchoolPlace): SchoolPlaceState {
  return {
    schoolPlaceId: place.id,
    brin: place.brin,
    covenantId: place.covenantId,
    crebo: place.crebo,
    title: place.title,
    level: place.level,
    sector: place.sector,
    learningPath: place.learningPath,
    municipalityCode: place.municipalityCode,
    startDate: place.startDate,
    seats: place.seats,
    seatsLeft: place.seatsLeft,
    status: place.status,
    entryRequirements: {
      minLevel: place.minLevel,
      requiredQualifications: place.requiredQualifications,
    },
  };
}

function mayChange(brin: string, principal: Principal): boolean {
  if (principal.role === 'admin') return true;
  return principal.role === 'education-provider' && principal.brin === brin;
}

function mayRead(brin: string, principal: Principal): boolean {
  return principal.role === 'uwv-advisor' || mayChange(brin, principal);
}

function checkQualification(crebo: string): Qualification {
  const qualification = findQualification(crebo);
  if (!qualification) throw new UnprocessableProblem(`Unknown crebo: ${crebo}`, 'crebo');
  return qualification;
}

/** The municipality's labour market region; 422 when the municipality is unknown. */
function checkMunicipality(code: string): string {
  const municipality = findMunicipality(code);
  if (!municipality)
    throw new UnprocessableProblem(`Unknown municipality: ${code}`, 'municipalityCode');
  return municipality.regionCode;
}

function checkEntryRequirements(requirements?: EntryRequirementsDto): {
  minLevel: number | null;
  requiredQualifications: string[];
} {
  const required = requirements?.requiredQualifications ?? [];
  required.forEach((crebo, index) => {
    if (!findQualification(crebo))
      throw new UnprocessableProblem(
        `Unknown required qualification: ${crebo}`,
        `entryRequirements.requiredQualifications.${index}`,
      );
  });
  return {
    minLevel: requirements?.minLevel ?? null,
    requiredQualifications: required,
  };
}

function placeNotFound(id: string): NotFoundProblem {
  return new NotFoundProblem(`School place ${id} was not found`);
}
