import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { Outbox } from '@bridge/messaging';
import {
  Clock,
  ConflictProblem,
  IdempotencyService,
  IdempotentRequest,
  isUuid,
  newestFirst,
  NotFoundProblem,
  Page,
  paginate,
  Principal,
  ReferenceCheck,
} from '@bridge/platform';
import { Municipality, Qualification } from '@bridge/reference-data';
import { Covenant, covenantInForceOn } from '../covenants/covenant.entity';
import { CovenantsService } from '../covenants/covenants.service';
import { ProvidersService } from '../providers/providers.service';
import { CreateSchoolPlaceDto } from './dto/create-school-place.dto';
import { EntryRequirementsDto } from './dto/entry-requirements.dto';
import { ListSchoolPlacesQuery } from './dto/list-school-places.query';
import { UpdateSchoolPlaceDto } from './dto/update-school-place.dto';
import { schoolPlacePublished, schoolPlaceUpdated } from './school-place.events';
import { SchoolPlace } from './school-place.entity';
import { SchoolPlaceView } from './school-place.view';

/**
 * Publishes, changes and lists school places. Every change and its event are written in one
 * transaction (outbox); changes lock the row. Scope: an education provider sees and changes its
 * own places (token `brin`), admins all, UWV advisors read all (school places hold no candidate
 * data); anything else out of scope is a 404. Checks, in order (nothing is written when one
 * fails): 404 scope (the place, the BRIN, another party's covenant for a provider); 422 every
 * unknown reference at once; 409 state (not open, the covenant over or not in force, seats).
 */
@Injectable()
export class SchoolPlacesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly providers: ProvidersService,
    private readonly covenants: CovenantsService,
    private readonly outbox: Outbox,
    private readonly idempotency: IdempotencyService,
    private readonly clock: Clock,
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
      const references = new ReferenceCheck();
      const covenant =
        dto.covenantId === undefined
          ? undefined
          : await this.namedCovenant(manager, principal, dto.brin, dto.covenantId, references);
      if (!(await this.providers.find(manager, dto.brin)))
        references.unknown('brin', `Unknown provider: ${dto.brin}`);
      const qualification = references.qualification('crebo', dto.crebo);
      const municipality = references.municipality('municipalityCode', dto.municipalityCode);
      const requirements = entryRequirements(references, dto.entryRequirements);
      references.assertAllKnown();
      if (covenant) assertCovenantHolds(covenant, dto.startDate, this.clock.today());

      // The reference check above answered 422 for an unknown crebo or municipality.
      const { crebo, title, level, sector } = qualification as Qualification;
      const { regionCode } = municipality as Municipality;
      const now = new Date();
      const place = manager.create(SchoolPlace, {
        id: randomUUID(),
        brin: dto.brin,
        covenantId: dto.covenantId ?? null,
        crebo,
        title,
        level,
        sector,
        learningPath: dto.learningPath,
        municipalityCode: dto.municipalityCode,
        regionCode,
        startDate: dto.startDate,
        seats: dto.seats,
        seatsLeft: dto.seats,
        status: 'open',
        ...requirements,
        version: 1,
        createdBy: principal.sub,
        createdAt: now,
        updatedAt: now,
      });
      await manager.insert(SchoolPlace, place);
      await this.outbox.record(manager, schoolPlacePublished(place));
      return SchoolPlaceView.of(place);
    });
  }

  update(principal: Principal, id: string, dto: UpdateSchoolPlaceDto): Promise<SchoolPlaceView> {
    return this.dataSource.transaction(async (manager) => {
      const place = await lockSchoolPlace(manager, principal, id);
      const covenantId = dto.covenantId !== undefined ? dto.covenantId : place.covenantId;
      const references = new ReferenceCheck();
      // The covenant is checked again whenever it or the start date it must hold on changes.
      const covenant =
        covenantId !== null && (dto.covenantId !== undefined || dto.startDate !== undefined)
          ? await this.namedCovenant(manager, principal, place.brin, covenantId, references)
          : undefined;
      const qualification =
        dto.crebo !== undefined ? references.qualification('crebo', dto.crebo) : undefined;
      const municipality =
        dto.municipalityCode !== undefined
          ? references.municipality('municipalityCode', dto.municipalityCode)
          : undefined;
      const requirements =
        dto.entryRequirements !== undefined
          ? entryRequirements(references, dto.entryRequirements)
          : undefined;
      references.assertAllKnown();
      assertOpen(place);
      if (covenant)
        assertCovenantHolds(covenant, dto.startDate ?? place.startDate, this.clock.today());

      const changes: Partial<SchoolPlace> = { ...requirements };
      if (dto.covenantId !== undefined) changes.covenantId = dto.covenantId;
      if (qualification) {
        changes.crebo = qualification.crebo;
        changes.title = qualification.title;
        changes.level = qualification.level;
        changes.sector = qualification.sector;
      }
      if (dto.learningPath !== undefined) changes.learningPath = dto.learningPath;
      if (municipality) {
        changes.municipalityCode = dto.municipalityCode;
        changes.regionCode = municipality.regionCode;
      }
      if (dto.startDate !== undefined) changes.startDate = dto.startDate;
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
      await this.outbox.record(manager, schoolPlaceUpdated(updated));
      return SchoolPlaceView.of(updated);
    });
  }

  async get(principal: Principal, id: string): Promise<SchoolPlaceView> {
    const place = isUuid(id)
      ? await this.dataSource.manager.findOne(SchoolPlace, { where: { id } })
      : null;
    if (!place || !mayRead(place.brin, principal)) throw placeNotFound(id);
    return SchoolPlaceView.of(place);
  }

  /** School places in the caller's scope, newest first. */
  list(principal: Principal, query: ListSchoolPlacesQuery): Promise<Page<SchoolPlaceView>> {
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
   * The covenant a place of `brin` names. A covenant of another party (an employer's, another
   * school's) is out of an education provider's scope (404, thrown here, before any 422) and a
   * wrong reference for an admin, as the employers service treats vacancies; an unknown covenant
   * is an unknown reference. Both are recorded in `references`, and give undefined.
   */
  private async namedCovenant(
    manager: EntityManager,
    principal: Principal,
    brin: string,
    covenantId: string,
    references: ReferenceCheck,
  ): Promise<Covenant | undefined> {
    const covenant = await this.covenants.find(manager, covenantId);
    if (!covenant) {
      references.unknown('covenantId', `Unknown covenant: ${covenantId}`);
      return undefined;
    }
    if (covenant.brin === brin) return covenant;
    if (principal.role !== 'admin')
      throw new NotFoundProblem(`Covenant ${covenantId} was not found`, [
        { field: 'covenantId', message: 'was not found' },
      ]);
    references.unknown(
      'covenantId',
      `Covenant ${covenantId} is not a covenant of provider ${brin}`,
    );
    return undefined;
  }
}

/** The place locked (`FOR UPDATE`) for a change by `principal`; 404 when out of scope. */
export async function lockSchoolPlace(
  manager: EntityManager,
  principal: Principal,
  id: string,
): Promise<SchoolPlace> {
  const place = isUuid(id)
    ? await manager.findOne(SchoolPlace, {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      })
    : null;
  if (!place || !mayChange(place.brin, principal)) throw placeNotFound(id);
  return place;
}

/** 409 unless the place is open (a full or withdrawn place no longer changes). */
export function assertOpen(place: SchoolPlace): void {
  if (place.status !== 'open')
    throw new ConflictProblem(`School place ${place.id} is ${place.status}, not open`);
}

function mayChange(brin: string, principal: Principal): boolean {
  if (principal.role === 'admin') return true;
  return principal.role === 'education-provider' && principal.brin === brin;
}

function mayRead(brin: string, principal: Principal): boolean {
  return principal.role === 'uwv-advisor' || mayChange(brin, principal);
}

/** 409 when the covenant has ended before today, or does not hold on the place's start date. */
function assertCovenantHolds(covenant: Covenant, startDate: string, today: string): void {
  const { covenantId, endedOn } = covenant;
  if (endedOn !== null && endedOn < today)
    throw new ConflictProblem(`Covenant ${covenantId} ended on ${endedOn}`, [
      { field: 'covenantId', message: `ended on ${endedOn}` },
    ]);
  if (!covenantInForceOn(covenant, startDate))
    throw new ConflictProblem(`Covenant ${covenantId} is not in force on startDate ${startDate}`, [
      { field: 'covenantId', message: 'is not in force on the start date' },
      { field: 'startDate', message: 'lies outside the validity of the covenant' },
    ]);
}

/** The entry requirements as stored; each unknown required crebo is recorded in `references`. */
function entryRequirements(
  references: ReferenceCheck,
  requirements?: EntryRequirementsDto,
): Pick<SchoolPlace, 'minLevel' | 'requiredQualifications'> {
  const required = requirements?.requiredQualifications ?? [];
  references.qualifications(
    'entryRequirements.requiredQualifications',
    required,
    'required qualification',
  );
  return { minLevel: requirements?.minLevel ?? null, requiredQualifications: required };
}

function placeNotFound(id: string): NotFoundProblem {
  return new NotFoundProblem(`School place ${id} was not found`);
}
