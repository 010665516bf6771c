import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
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
import { emptyPatchErrors } from '../common/patch-body';
import { throwIfInvalid } from '../common/problems';
import { Covenant } from '../covenants/covenant.entity';
import { CovenantsService } from '../covenants/covenants.service';
import { EmployersService } from '../employers/employers.service';
import { CloseVacancyDto } from './dto/close-vacancy.dto';
import { CreateVacancyDto, vacancyShapeErrors } from './dto/create-vacancy.dto';
import { ListVacanciesQuery } from './dto/list-vacancies.query';
import { UpdateVacancyDto } from './dto/update-vacancy.dto';
import { VacancyClosing } from './vacancy-closing.service';
import { vacancyPublished, vacancyUpdated } from './vacancy.events';
import { Vacancy } from './vacancy.entity';
import { VacancyView } from './vacancy.view';

@Injectable()
export class VacanciesService {
  constructor(
    @InjectRepository(Vacancy) private readonly vacancies: Repository<Vacancy>,
    private readonly covenants: CovenantsService,
    private readonly employers: EmployersService,
    private readonly outbox: Outbox,
    private readonly idempotency: IdempotencyService,
    private readonly clock: Clock,
    private readonly closing: VacancyClosing,
  ) {}

  /**
   * Publishes a vacancy under a covenant and records `vacancy.published` in the same transaction.
   * Checks, in order (nothing is written when one fails): 400 input rules; 404 a covenant of
   * another employer (or of a school) for an employer; 422 every unknown reference at once (covenant,
   * municipality, crebos) and, for an admin, a school's covenant; 409 a covenant that is over
   * (ended, or past its validTo: `covenantId`) or not in force on the start date (`startDate`).
   */
  async publish(
    principal: Principal,
    dto: CreateVacancyDto,
    idempotency?: IdempotentRequest,
  ): Promise<VacancyView> {
    const today = this.clock.today();
    throwIfInvalid(vacancyShapeErrors(dto, today));

    const covenant = await this.covenants.find(dto.covenantId);
    if (covenant && principal.role === 'employer' && covenant.employerId !== principal.employerId) {
      throw covenantNotFound(dto.covenantId);
    }
    const references = new ReferenceCheck();
    if (!covenant) references.unknown('covenantId', `Unknown covenant: ${dto.covenantId}`);
    else if (covenant.employerId === null) {
      references.unknown('covenantId', 'is a covenant of a school, not of an employer');
    }
    const municipality = references.municipality('municipalityCode', dto.municipalityCode);
    const requiredQualifications = references.qualifications(
      'requiredQualifications',
      dto.requiredQualifications,
    );
    const preferredQualifications = references.qualifications(
      'preferredQualifications',
      dto.preferredQualifications ?? [],
    );
    references.assertAllKnown();
    // The check above rejected a missing covenant and a school's covenant.
    const employerCovenant = covenant as Covenant & { employerId: string };
    assertCovenantTakesVacancy(employerCovenant, dto.startDate, today);
    const employer = await this.employers.find(employerCovenant.employerId);

    const now = this.clock.now();
    const vacancy = this.vacancies.create({
      id: randomUUID(),
      employerId: employerCovenant.employerId,
      covenantId: employerCovenant.id,
      title: dto.title,
      description: dto.description ?? null,
      sector: employer?.sector ?? null,
      municipalityCode: municipality?.code ?? dto.municipalityCode,
      regionCode: municipality?.regionCode ?? '',
      hoursPerWeek: dto.hoursPerWeek,
      startDate: dto.startDate,
      openings: dto.openings,
      openingsLeft: dto.openings,
      requiredQualifications,
      preferredQualifications,
      requiresVog: dto.requiresVog,
      expiresOn: dto.expiresOn ?? null,
      status: 'open',
      closeReason: null,
      version: 1,
      createdAt: now,
      updatedAt: now,
    });
    return this.idempotency.transaction(idempotency, async (manager) => {
      await manager.insert(Vacancy, vacancy);
      await this.outbox.record(manager, vacancyPublished(vacancy));
      return VacancyView.of(vacancy);
    });
  }

  /** Vacancies the caller may see (admin all, an employer its own), filtered, newest first. */
  async list(principal: Principal, query: ListVacanciesQuery): Promise<Page<VacancyView>> {
    const qb = this.vacancies.createQueryBuilder('vacancy');
    if (principal.role !== 'admin') {
      const employerId = principal.role === 'employer' ? principal.employerId : undefined;
      if (!isUuid(employerId)) qb.andWhere('FALSE');
      else qb.andWhere('vacancy.employerId = :employerId', { employerId });
    }
    if (query.status !== undefined)
      qb.andWhere('vacancy.status = :status', { status: query.status });
    if (query.region !== undefined)
      qb.andWhere('vacancy.regionCode = :region', { region: query.region });
    return paginate(qb, query, newestFirst('vacancy'), VacancyView.of);
  }

  /** A vacancy as the caller may see it: admin and UWV advisors any, an employer its own; else 404. */
  async get(principal: Principal, id: string): Promise<VacancyView> {
    const vacancy = isUuid(id) ? await this.vacancies.findOneBy({ id }) : null;
    if (vacancy === null || !vacancyVisibleTo(vacancy, principal))
      throw new NotFoundProblem(`Vacancy ${id} was not found`);
    return VacancyView.of(vacancy);
  }

  /**
   * Changes an open vacancy (any create field but its covenant) and records `vacancy.updated` with
   * its whole new state, version + 1. Checks as on a create: 400 input; 404 not the caller's; 422
   * unknown codes; 409 its covenant not in force on a new startDate. Then, under a row lock: 409
   * when it is no longer open, or when new openings would not exceed the placements already made.
   */
  async update(principal: Principal, id: string, dto: UpdateVacancyDto): Promise<VacancyView> {
    throwIfInvalid([...emptyPatchErrors(dto), ...vacancyShapeErrors(dto, this.clock.today())]);
    const vacancy = await this.findOwn(principal, id);

    const references = new ReferenceCheck();
    const municipality =
      dto.municipalityCode !== undefined
        ? references.municipality('municipalityCode', dto.municipalityCode)
        : undefined;
    const requiredQualifications =
      dto.requiredQualifications !== undefined
        ? references.qualifications('requiredQualifications', dto.requiredQualifications)
        : undefined;
    const preferredQualifications =
      dto.preferredQualifications !== undefined
        ? references.qualifications('preferredQualifications', dto.preferredQualifications ?? [])
        : undefined;
    references.assertAllKnown();
    if (dto.startDate !== undefined) {
      const covenant = await this.covenants.find(vacancy.covenantId);
      if (!covenant?.isActiveOn(dto.startDate)) {
        throw new ConflictProblem(
          `Covenant ${vacancy.covenantId} is not in force on startDate ${dto.startDate}`,
          [{ field: 'startDate', message: 'lies outside the validity of the covenant' }],
        );
      }
    }

    return this.vacancies.manager.transaction(async (manager) => {
      const current = await lockedOpenVacancy(manager, id);
      const placed = current.openings - current.openingsLeft;
      if (dto.openings !== undefined && dto.openings <= placed) {
        throw new ConflictProblem(
          `Vacancy ${id} already has ${placed} placements; openings must exceed that`,
          [
            {
              field: 'openings',
              message: `must be more than the ${placed} placements already made`,
            },
          ],
        );
      }
      if (dto.title !== undefined) current.title = dto.title;
      if (dto.description !== undefined) current.description = dto.description;
      if (municipality) {
        current.municipalityCode = municipality.code;
        current.regionCode = municipality.regionCode;
      }
      if (dto.hoursPerWeek !== undefined) current.hoursPerWeek = dto.hoursPerWeek;
      if (dto.startDate !== undefined) current.startDate = dto.startDate;
      if (dto.openings !== undefined) {
        current.openings = dto.openings;
        current.openingsLeft = dto.openings - placed;
      }
      if (requiredQualifications) current.requiredQualifications = requiredQualifications;
      if (preferredQualifications) current.preferredQualifications = preferredQualifications;
      if (dto.requiresVog !== undefined) current.requiresVog = dto.requiresVog;
      if (dto.expiresOn !== undefined) current.expiresOn = dto.expiresOn;
      current.version += 1;
      current.updatedAt = this.clock.now();
      await manager.save(Vacancy, current);
      await this.outbox.record(manager, vacancyUpdated(current));
      return VacancyView.of(current);
    });
  }

  /**
   * Closes an open vacancy (404 not the caller's; 409 not open) and records `vacancy.closed` with
   * reason `closed-by-employer`, version + 1. The free-text reason is kept here only.
   */
  async close(principal: Principal, id: string, dto: CloseVacancyDto): Promise<VacancyView> {
    await this.findOwn(principal, id);
    return this.vacancies.manager.transaction(async (manager) => {
      const current = await lockedOpenVacancy(manager, id);
      current.closeReason = dto.reason ?? null;
      await this.closing.closeLocked(manager, current, 'closed-by-employer');
      return VacancyView.of(current);
    });
  }

  /** A vacancy the caller may change (admin any, an employer its own); else 404. */
  async findOwn(principal: Principal, id: string): Promise<Vacancy> {
    const vacancy = isUuid(id) ? await this.vacancies.findOneBy({ id }) : null;
    if (vacancy === null || !vacancyChangeableBy(vacancy, principal))
      throw new NotFoundProblem(`Vacancy ${id} was not found`);
    return vacancy;
  }
}

/**
 * A covenant takes a new vacancy only while it is not over (ended, or past its validTo: 409 on
 * `covenantId`) and when it is in force on the vacancy's start date (409 on `startDate`).
 */
export function assertCovenantTakesVacancy(
  covenant: Covenant,
  startDate: string,
  today: string,
): void {
  if (covenant.isOverOn(today)) {
    throw new ConflictProblem(`Covenant ${covenant.id} is no longer in force`, [
      {
        field: 'covenantId',
        message: covenant.endedOn ? `ended on ${covenant.endedOn}` : 'is no longer in force',
      },
    ]);
  }
  if (!covenant.isActiveOn(startDate)) {
    throw new ConflictProblem(
      `Covenant ${covenant.id} is not in force on startDate ${startDate} ` +
        `(valid ${covenant.validFrom} to ${covenant.validTo})`,
      [{ field: 'startDate', message: 'lies outside the validity of the covenant' }],
    );
  }
}

/** Admins and UWV advisors see every vacancy; an employer its own. */
export function vacancyVisibleTo(vacancy: Vacancy, principal: Principal): boolean {
  return principal.role === 'uwv-advisor' || vacancyChangeableBy(vacancy, principal);
}

/** Admins change every vacancy; an employer its own. */
export function vacancyChangeableBy(vacancy: Vacancy, principal: Principal): boolean {
  return (
    principal.role === 'admin' ||
    (principal.role === 'employer' && principal.employerId === vacancy.employerId)
  );
}

/** The vacancy row, locked for the rest of the transaction (`SELECT … FOR UPDATE`). */
export async function lockedVacancy(manager: EntityManager, id: string): Promise<Vacancy> {
  const vacancy = await manager.findOne(Vacancy, {
    where: { id },
    lock: { mode: 'pessimistic_write' },
  });
  if (!vacancy) throw new NotFoundProblem(`Vacancy ${id} was not found`);
  return vacancy;
}

async function lockedOpenVacancy(manager: EntityManager, id: string): Promise<Vacancy> {
  const vacancy = await lockedVacancy(manager, id);
  if (vacancy.status !== 'open')
    throw new ConflictProblem(`Vacancy ${id} is ${vacancy.status}, not open`);
  return vacancy;
}

function covenantNotFound(id: string): NotFoundProblem {
  return new NotFoundProblem(`Covenant ${id} was not found`, [
    { field: 'covenantId', message: 'was not found' },
  ]);
}
