import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { Outbox } from '@bridge/messaging';
import {
  BadRequestProblem,
  Clock,
  ConflictProblem,
  FieldError,
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
import { EmployersService } from '../employers/employers.service';
import { VacancyClosing } from '../vacancies/vacancy-closing.service';
import { covenantChanged, covenantEnded, covenantSigned } from './covenant.events';
import { Covenant } from './covenant.entity';
import { CovenantView } from './covenant.view';
import { covenantShapeErrors, CreateCovenantDto } from './dto/create-covenant.dto';
import { EndCovenantDto } from './dto/end-covenant.dto';
import { ListCovenantsQuery } from './dto/list-covenants.query';
import { UpdateCovenantDto } from './dto/update-covenant.dto';

@Injectable()
export class CovenantsService {
  constructor(
    @InjectRepository(Covenant) private readonly covenants: Repository<Covenant>,
    private readonly employers: EmployersService,
    private readonly outbox: Outbox,
    private readonly idempotency: IdempotencyService,
    private readonly clock: Clock,
    private readonly vacancyClosing: VacancyClosing,
  ) {}

  /** Records a signed covenant and its `covenant.signed` event in one transaction. */
  async sign(dto: CreateCovenantDto, idempotency?: IdempotentRequest): Promise<CovenantView> {
    throwIfInvalid(covenantShapeErrors(dto));
    const references = new ReferenceCheck();
    if (dto.employerId !== undefined && !(await this.employers.find(dto.employerId))) {
      references.unknown('employerId', `Unknown employer: ${dto.employerId}`);
    }
    const regionCodes = references.regions('regionCodes', dto.regionCodes);
    const piCodes = references.penitentiaryInstitutions('piCodes', dto.piCodes);
    references.assertAllKnown();

    const now = this.clock.now();
    const covenant = this.covenants.create({
      id: randomUUID(),
      name: dto.name,
      employerId: dto.employerId ?? null,
      brin: dto.brin ?? null,
      regionCodes,
      piCodes,
      validFrom: dto.validFrom,
      validTo: dto.validTo,
      placementsPerYear: dto.placementsPerYear ?? null,
      support: dto.support ?? [],
      endedOn: null,
      endReason: null,
      version: 1,
      createdAt: now,
      updatedAt: now,
    });
    return this.idempotency.transaction(idempotency, async (manager) => {
      await manager.insert(Covenant, covenant);
      await this.outbox.record(manager, covenantSigned(covenant));
      return CovenantView.of(covenant, this.clock.today());
    });
  }

  /**
   * Covenants the caller may see (admin all, an employer its own, an education provider those signed
   * with its BRIN), filtered, newest first.
   */
  async list(principal: Principal, query: ListCovenantsQuery): Promise<Page<CovenantView>> {
    const today = this.clock.today();
    const qb = this.covenants.createQueryBuilder('covenant');
    if (principal.role === 'education-provider') {
      qb.andWhere('covenant.brin = :brin', { brin: principal.brin });
    } else if (principal.role !== 'admin') {
      const employerId = principal.role === 'employer' ? principal.employerId : undefined;
      if (!isUuid(employerId)) qb.andWhere('FALSE');
      else qb.andWhere('covenant.employerId = :employerId', { employerId });
    }
    if (query.region !== undefined)
      qb.andWhere(':region = ANY(covenant.regionCodes)', { region: query.region });
    if (query.pi !== undefined) qb.andWhere(':pi = ANY(covenant.piCodes)', { pi: query.pi });
    if (query.active !== undefined) {
      const inForce = 'covenant.validFrom <= :today AND covenant.validTo >= :today';
      qb.andWhere(query.active ? `(${inForce})` : `NOT (${inForce})`, { today });
    }
    return paginate(qb, query, newestFirst('covenant'), (covenant) =>
      CovenantView.of(covenant, today),
    );
  }

  /** A covenant as the caller may see it: admin any, an employer its own, an education provider its BRIN's; else 404. */
  async get(principal: Principal, id: string): Promise<CovenantView> {
    const covenant = await this.find(id);
    if (covenant === null || !covenantVisibleTo(covenant, principal)) throw covenantNotFound(id);
    return CovenantView.of(covenant, this.clock.today());
  }

  /**
   * Changes a covenant (any create field but its signatory) and records `covenant.changed` with its
   * whole new state, version + 1. Checks, under the covenant's row lock: 400 input (an empty body;
   * validTo before validFrom, counting the stored one of the two); 404 unknown; 422 unknown region
   * or PI codes; 409 an ended covenant. Its vacancies are left as they are (the timed job closes
   * them once the covenant is no longer in force).
   */
  async update(id: string, dto: UpdateCovenantDto): Promise<CovenantView> {
    throwIfInvalid(emptyPatchErrors(dto));
    return this.covenants.manager.transaction(async (manager) => {
      const covenant = await lockedCovenant(manager, id);
      throwIfInvalid(validityChangeErrors(covenant, dto));
      const references = new ReferenceCheck();
      const regionCodes =
        dto.regionCodes !== undefined
          ? references.regions('regionCodes', dto.regionCodes)
          : undefined;
      const piCodes =
        dto.piCodes !== undefined
          ? references.penitentiaryInstitutions('piCodes', dto.piCodes)
          : undefined;
      references.assertAllKnown();
      if (covenant.endedOn !== null) {
        throw new ConflictProblem(
          `Covenant ${id} ended on ${covenant.endedOn}; an ended covenant does not change`,
        );
      }

      if (dto.name !== undefined) covenant.name = dto.name;
      if (regionCodes) covenant.regionCodes = regionCodes;
      if (piCodes) covenant.piCodes = piCodes;
      if (dto.validFrom !== undefined) covenant.validFrom = dto.validFrom;
      if (dto.validTo !== undefined) covenant.validTo = dto.validTo;
      if (dto.placementsPerYear !== undefined) covenant.placementsPerYear = dto.placementsPerYear;
      if (dto.support !== undefined) covenant.support = dto.support ?? [];
      covenant.version += 1;
      covenant.updatedAt = this.clock.now();
      await manager.save(Covenant, covenant);
      await this.outbox.record(manager, covenantChanged(covenant));
      return CovenantView.of(covenant, this.clock.today());
    });
  }

  /**
   * Ends a covenant on `endedOn` (default today): that day becomes its validTo, version + 1, and
   * `covenant.ended` is recorded. Under the covenant's row lock: 404 unknown; 409 already ended;
   * 400 endedOn outside [validFrom, validTo]. When endedOn is today or earlier its open vacancies
   * close now, in the same transaction (reason `covenant-ended`); otherwise the timed job closes
   * them on endedOn.
   */
  async end(id: string, dto: EndCovenantDto): Promise<CovenantView> {
    const today = this.clock.today();
    return this.covenants.manager.transaction(async (manager) => {
      const covenant = await lockedCovenant(manager, id);
      if (covenant.endedOn !== null)
        throw new ConflictProblem(`Covenant ${id} already ended on ${covenant.endedOn}`);
      const endedOn = dto.endedOn ?? today;
      if (!covenant.isActiveOn(endedOn)) {
        const message =
          endedOn < covenant.validFrom
            ? 'must not be before validFrom'
            : 'must not be after validTo';
        throw new BadRequestProblem(
          `endedOn ${endedOn} lies outside the covenant's validity (${covenant.validFrom} to ${covenant.validTo})`,
          [
            {
              field: 'endedOn',
              message: dto.endedOn === undefined ? `(today, the default) ${message}` : message,
            },
          ],
        );
      }

      covenant.endedOn = endedOn;
      covenant.validTo = endedOn;
      covenant.endReason = dto.reason ?? null;
      covenant.version += 1;
      covenant.updatedAt = this.clock.now();
      await manager.save(Covenant, covenant);
      await this.outbox.record(manager, covenantEnded(covenant, endedOn));
      if (covenant.isOverOn(today)) {
        await this.vacancyClosing.closeOpenWhere(
          manager,
          'vacancy.covenantId = :covenantId',
          { covenantId: id },
          'covenant-ended',
        );
      }
      return CovenantView.of(covenant, today);
    });
  }

  /** The covenant with this id, or null (also for an id that cannot be one of ours). */
  async find(id: string): Promise<Covenant | null> {
    return isUuid(id) ? this.covenants.findOneBy({ id }) : null;
  }
}

/** The covenant row, locked for the rest of the transaction (`SELECT … FOR UPDATE`); else 404. */
async function lockedCovenant(manager: EntityManager, id: string): Promise<Covenant> {
  const covenant = isUuid(id)
    ? await manager.findOne(Covenant, { where: { id }, lock: { mode: 'pessimistic_write' } })
    : null;
  if (!covenant) throw covenantNotFound(id);
  return covenant;
}

/** A change must not make the covenant end before it starts; names the field(s) the change gives. */
function validityChangeErrors(covenant: Covenant, dto: UpdateCovenantDto): FieldError[] {
  const validFrom = dto.validFrom ?? covenant.validFrom;
  const validTo = dto.validTo ?? covenant.validTo;
  if (validTo >= validFrom) return [];
  const errors: FieldError[] = [];
  if (dto.validFrom !== undefined)
    errors.push({ field: 'validFrom', message: `must not be after validTo (${validTo})` });
  if (dto.validTo !== undefined)
    errors.push({ field: 'validTo', message: `must not be before validFrom (${validFrom})` });
  return errors;
}

/** Admins see every covenant; an employer those it signed; an education provider those signed with its BRIN. */
export function covenantVisibleTo(covenant: Covenant, principal: Principal): boolean {
  switch (principal.role) {
    case 'admin':
      return true;
    case 'employer':
      return covenant.employerId !== null && covenant.employerId === principal.employerId;
    case 'education-provider':
      return covenant.brin !== null && covenant.brin === principal.brin;
    default:
      return false;
  }
}

function covenantNotFound(id: string): NotFoundProblem {
  return new NotFoundProblem(`Covenant ${id} was not found`);
}
