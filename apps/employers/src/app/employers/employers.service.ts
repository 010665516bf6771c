import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { isUniqueViolation } from '@bridge/database';
import { ConflictProblem, IdempotencyService, IdempotentRequest, NotFoundProblem, Principal } from '@bridge/platform';
import { Clock } from '../common/clock';
import { isEntityId, newEntityId } from '../common/ids';
import { ReferenceCheck } from '../common/reference-check';
import { CreateEmployerDto } from './dto/create-employer.dto';
import { EmployerDto } from './dto/employer.dto';
import { Employer } from './employer.entity';

const KVK_UNIQUE = 'employers_kvk_number_key';

@Injectable()
export class EmployersService {
  constructor(
    @InjectRepository(Employer) private readonly employers: Repository<Employer>,
    private readonly idempotency: IdempotencyService,
    private readonly clock: Clock,
  ) {}

  async register(dto: CreateEmployerDto, idempotency?: IdempotentRequest): Promise<EmployerDto> {
    const references = new ReferenceCheck();
    const municipality = references.municipality('municipalityCode', dto.municipalityCode);
    references.assertAllKnown();
    if (await this.employers.existsBy({ kvkNumber: dto.kvkNumber })) throw duplicateKvk(dto.kvkNumber);

    const now = this.clock.now();
    const employer = this.employers.create({
      id: newEntityId(),
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
        return EmployerDto.of(employer);
      });
    } catch (error) {
      if (isUniqueViolation(error, KVK_UNIQUE)) throw duplicateKvk(dto.kvkNumber);
      throw error;
    }
  }

  /** An employer as the caller may see it: admin any, an employer only itself; else 404. */
  async get(principal: Principal, id: string): Promise<EmployerDto> {
    const visible = principal.role === 'admin' || (principal.role === 'employer' && principal.employerId === id);
    const employer = visible ? await this.find(id) : null;
    if (!employer) throw new NotFoundProblem(`Employer ${id} was not found`);
    return EmployerDto.of(employer);
  }

  /** The employer with this id, or null (also for an id that cannot be one of ours). */
  async find(id: string): Promise<Employer | null> {
    return isEntityId(id) ? this.employers.findOneBy({ id }) : null;
  }
}

function duplicateKvk(kvkNumber: string): ConflictProblem {
  return new ConflictProblem(`An employer with kvkNumber ${kvkNumber} is already registered`, [
    { field: 'kvkNumber', message: 'is already registered' },
  ]);
}
