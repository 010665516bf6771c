import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Outbox } from '@bridge/messaging';
import {
  BadRequestProblem,
  IdempotencyService,
  IdempotentRequest,
  newestFirst,
  Page,
  paginate,
  Principal,
} from '@bridge/platform';
import { Clock } from '../common/clock';
import { isEntityId, newEntityId } from '../common/ids';
import { ReferenceCheck } from '../common/reference-check';
import { EmployersService } from '../employers/employers.service';
import { covenantSigned } from './covenant.events';
import { Covenant } from './covenant.entity';
import { CovenantDto } from './dto/covenant.dto';
import { covenantShapeErrors, CreateCovenantDto } from './dto/create-covenant.dto';
import { ListCovenantsQueryDto } from './dto/list-covenants-query.dto';

@Injectable()
export class CovenantsService {
  constructor(
    @InjectRepository(Covenant) private readonly covenants: Repository<Covenant>,
    private readonly employers: EmployersService,
    private readonly outbox: Outbox,
    private readonly idempotency: IdempotencyService,
    private readonly clock: Clock,
  ) {}

  /** Records a signed covenant and its `covenant.signed` event in one transaction. */
  async sign(dto: CreateCovenantDto, idempotency?: IdempotentRequest): Promise<CovenantDto> {
    const shapeErrors = covenantShapeErrors(dto);
    if (shapeErrors.length > 0) {
      throw new BadRequestProblem(`Invalid input: ${[...new Set(shapeErrors.map((e) => e.field))].join(', ')}`, shapeErrors);
    }
    const references = new ReferenceCheck();
    if (dto.employerId !== undefined && !(await this.employers.find(dto.employerId))) {
      references.unknown('employerId', `unknown employer ${JSON.stringify(dto.employerId)}`);
    }
    const regionCodes = references.regions('regionCodes', dto.regionCodes);
    const piCodes = references.penitentiaryInstitutions('piCodes', dto.piCodes);
    references.assertAllKnown();

    const now = this.clock.now();
    const covenant = this.covenants.create({
      id: newEntityId(),
      name: dto.name,
      employerId: dto.employerId ?? null,
      brin: dto.brin ?? null,
      regionCodes,
      piCodes,
      validFrom: dto.validFrom,
      validTo: dto.validTo,
      placementsPerYear: dto.placementsPerYear ?? null,
      support: dto.support ?? [],
      version: 1,
      createdAt: now,
      updatedAt: now,
    });
    return this.idempotency.transaction(idempotency, async (manager) => {
      await manager.insert(Covenant, covenant);
      await this.outbox.record(manager, covenantSigned(covenant));
      return CovenantDto.of(covenant, this.clock.today());
    });
  }

  /** Covenants the caller may see (admin all, an employer its own), filtered, newest first. */
  async list(principal: Principal, query: ListCovenantsQueryDto): Promise<Page<CovenantDto>> {
    const today = this.clock.today();
    const qb = this.covenants.createQueryBuilder('covenant');
    if (principal.role !== 'admin') {
      const employerId = principal.role === 'employer' ? principal.employerId : undefined;
      if (!isEntityId(employerId)) qb.andWhere('FALSE');
      else qb.andWhere('covenant.employerId = :employerId', { employerId });
    }
    if (query.region !== undefined) qb.andWhere(':region = ANY(covenant.regionCodes)', { region: query.region });
    if (query.pi !== undefined) qb.andWhere(':pi = ANY(covenant.piCodes)', { pi: query.pi });
    if (query.active !== undefined) {
      const inForce = 'covenant.validFrom <= :today AND covenant.validTo >= :today';
      qb.andWhere(query.active ? `(${inForce})` : `NOT (${inForce})`, { today });
    }
    return paginate(qb, query, newestFirst('covenant'), (covenant) => CovenantDto.of(covenant, today));
  }

  /** The covenant with this id, or null (also for an id that cannot be one of ours). */
  async find(id: string): Promise<Covenant | null> {
    return isEntityId(id) ? this.covenants.findOneBy({ id }) : null;
  }
}
