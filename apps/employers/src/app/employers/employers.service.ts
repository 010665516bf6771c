import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { isUniqueViolation } from '@bridge/database';
import {
  Clock,
  ConflictProblem,
  IdempotencyService,
  IdempotentRequest,
  isUuid,
  KeysetColumn,
  NotFoundProblem,
  Page,
  paginate,
  Principal,
  ReferenceCheck,
} from '@bridge/platform';
import { emptyPatchErrors } from '../common/patch-body';
import { throwIfInvalid } from '../common/problems';
import { CreateEmployerDto } from './dto/create-employer.dto';
import { ListEmployersQuery } from './dto/list-employers.query';
import { UpdateEmployerDto } from './dto/update-employer.dto';
import { Employer } from './employer.entity';
import { EmployerView } from './employer.view';

const KVK_UNIQUE = 'employers_kvk_number_key';

/** `GET /employers`: by name, then id (unique, so the order is total). */
const BY_NAME: KeysetColumn<Employer>[] = [
  {
    name: 'name',
    expression: 'employer.name',
    direction: 'ASC',
    valueOf: (employer) => employer.name,
  },
  {
    name: 'id',
    expression: 'employer.id',
    direction: 'ASC',
    valueOf: (employer) => employer.id,
    accepts: isUuid,
  },
];

@Injectable()
export class EmployersService {
  constructor(
    @InjectRepository(Employer) private readonly employers: Repository<Employer>,
    private readonly idempotency: IdempotencyService,
    private readonly clock: Clock,
  ) {}

  async register(dto: CreateEmployerDto, idempotency?: IdempotentRequest): Promise<EmployerView> {
    const references = new ReferenceCheck();
    const municipality = references.municipality('municipalityCode', dto.municipalityCode);
    references.assertAllKnown();
    if (await this.employers.existsBy({ kvkNumber: dto.kvkNumber }))
      throw duplicateKvk(dto.kvkNumber);

    const now = this.clock.now();
    const employer = this.employers.create({
      id: randomUUID(),
      kvkNumber: dto.kvkNumber,
      name: dto.name,
      municipalityCode: municipality?.code ?? dto.municipalityCode,
      sector: dto.sector ?? null,
      createdAt: now,
      updatedAt: now,
    });
    try {
      return await this.idempotency.transaction(idempotency, async (manager) => {
        await manager.insert(Employer, employer);
        return EmployerView.of(employer);
      });
    } catch (error) {
      if (isUniqueViolation(error, KVK_UNIQUE)) throw duplicateKvk(dto.kvkNumber);
      throw error;
    }
  }

  /** An employer as the caller may see it: admin any, an employer only itself; else 404. */
  async get(principal: Principal, id: string): Promise<EmployerView> {
    const visible =
      principal.role === 'admin' || (principal.role === 'employer' && principal.employerId === id);
    const employer = visible ? await this.find(id) : null;
    if (!employer) throw new NotFoundProblem(`Employer ${id} was not found`);
    return EmployerView.of(employer);
  }

  /** Every employer (admin), by name; `q` matches part of the name (any case) or the start of the KvK number. */
  async list(query: ListEmployersQuery): Promise<Page<EmployerView>> {
    const qb = this.employers.createQueryBuilder('employer');
    if (query.q !== undefined) {
      qb.andWhere(
        '(strpos(lower(employer.name), lower(:q)) > 0 OR strpos(employer.kvkNumber, :q) = 1)',
        { q: query.q },
      );
    }
    return paginate(qb, query, BY_NAME, (employer) => EmployerView.of(employer));
  }

  /**
   * Changes an employer's name, municipality or sector (admin); the KvK number never changes.
   * Checks: 400 input (an empty body) → 404 unknown → 422 unknown municipality. The service emits
   * no employer events, so this writes the row only.
   */
  async update(id: string, dto: UpdateEmployerDto): Promise<EmployerView> {
    throwIfInvalid(emptyPatchErrors(dto));
    const employer = await this.find(id);
    if (!employer) throw new NotFoundProblem(`Employer ${id} was not found`);
    const references = new ReferenceCheck();
    const municipality =
      dto.municipalityCode !== undefined
        ? references.municipality('municipalityCode', dto.municipalityCode)
        : undefined;
    references.assertAllKnown();

    if (dto.name !== undefined) employer.name = dto.name;
    if (municipality) employer.municipalityCode = municipality.code;
    if (dto.sector !== undefined) employer.sector = dto.sector;
    employer.updatedAt = this.clock.now();
    await this.employers.update(
      { id },
      {
        name: employer.name,
        municipalityCode: employer.municipalityCode,
        sector: employer.sector,
        updatedAt: employer.updatedAt,
      },
    );
    return EmployerView.of(employer);
  }

  /** The employer with this id, or null (also for an id that cannot be one of ours). */
  async find(id: string): Promise<Employer | null> {
    return isUuid(id) ? this.employers.findOneBy({ id }) : null;
  }
}

function duplicateKvk(kvkNumber: string): ConflictProblem {
  return new ConflictProblem(`An employer with kvkNumber ${kvkNumber} is already registered`, [
    { field: 'kvkNumber', message: 'is already registered' },
  ]);
}
