import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { isUniqueViolation } from '@bridge/database';
import {
  BadRequestProblem,
  ConflictProblem,
  IdempotencyService,
  IdempotentRequest,
  KeysetColumn,
  NotFoundProblem,
  Page,
  paginate,
  Principal,
  UnprocessableProblem,
} from '@bridge/platform';
import { findMunicipality } from '@bridge/reference-data';
import { Provider } from './provider.entity';
import {
  ListProvidersQueryDto,
  ProviderView,
  RegisterProviderDto,
  UpdateProviderDto,
} from './provider.dto';
import { BRIN_PATTERN } from '../common/reference-codes';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** `GET /providers`: by name, then id (unique, so the order is total). */
const BY_NAME: KeysetColumn<Provider>[] = [
  {
    name: 'name',
    expression: 'p.name',
    direction: 'ASC',
    valueOf: (provider) => provider.name,
  },
  {
    name: 'id',
    expression: 'p.id',
    direction: 'ASC',
    valueOf: (provider) => provider.id,
    accepts: (value) => UUID.test(value),
  },
];

/**
 * Registers education providers (admin) and answers who they are. A provider sees only itself;
 * anyone else out of scope gets 404.
 */
@Injectable()
export class ProviderService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly idempotency: IdempotencyService,
  ) {}

  register(
    principal: Principal,
    dto: RegisterProviderDto,
    idempotency?: IdempotentRequest,
  ): Promise<ProviderView> {
    return this.idempotency.transaction(idempotency, async (manager) => {
      if (!findMunicipality(dto.municipalityCode))
        throw new UnprocessableProblem(
          `Unknown municipality: ${dto.municipalityCode}`,
          'municipalityCode',
        );
      if (await manager.exists(Provider, { where: { brin: dto.brin } }))
        throw duplicateProvider(dto.brin);
      const provider = manager.create(Provider, {
        id: randomUUID(),
        brin: dto.brin,
        name: dto.name.trim(),
        municipalityCode: dto.municipalityCode,
        createdBy: principal.sub,
        createdAt: new Date(),
      });
      try {
        await manager.insert(Provider, provider);
      } catch (error) {
        // A concurrent request registered the same BRIN after our check.
        if (isUniqueViolation(error, 'providers_brin_unique')) throw duplicateProvider(dto.brin);
        throw error;
      }
      return ProviderView.of(provider);
    });
  }

  async get(principal: Principal, brin: string): Promise<ProviderView> {
    const provider = providerVisibleTo(brin, principal)
      ? await this.find(this.dataSource.manager, brin)
      : null;
    if (!provider) throw new NotFoundProblem(`Provider ${brin} was not found`);
    return ProviderView.of(provider);
  }

  /** Every provider (admin), by name; `q` matches part of the name (any case) or the start of the BRIN. */
  list(query: ListProvidersQueryDto): Promise<Page<ProviderView>> {
    const qb = this.dataSource.manager.createQueryBuilder(Provider, 'p');
    if (query.q !== undefined)
      qb.andWhere('(strpos(lower(p.name), lower(:q)) > 0 OR strpos(p.brin, upper(:q)) = 1)', {
        q: query.q,
      });
    return paginate(qb, query, BY_NAME, (provider) => ProviderView.of(provider));
  }

  /**
   * Changes a provider's name or municipality (admin); the BRIN never changes. `idOrBrin` is the
   * provider's id or its BRIN (as `GET /providers/:brin` names it). Checks: 400 an empty body →
   * 404 unknown → 422 unknown municipality. Providers have no events: this writes the row only.
   */
  async update(idOrBrin: string, dto: UpdateProviderDto): Promise<ProviderView> {
    if (dto.name === undefined && dto.municipalityCode === undefined)
      throw new BadRequestProblem('Invalid input: body', [
        { field: 'body', message: 'names no field to change' },
      ]);
    const where = UUID.test(idOrBrin)
      ? { id: idOrBrin }
      : BRIN_PATTERN.test(idOrBrin)
        ? { brin: idOrBrin }
        : null;
    const provider = where ? await this.dataSource.manager.findOne(Provider, { where }) : null;
    if (!provider) throw new NotFoundProblem(`Provider ${idOrBrin} was not found`);
    if (dto.municipalityCode !== undefined && !findMunicipality(dto.municipalityCode))
      throw new UnprocessableProblem(
        `Unknown municipality: ${dto.municipalityCode}`,
        'municipalityCode',
      );
    if (dto.name !== undefined) provider.name = dto.name.trim();
    if (dto.municipalityCode !== undefined) provider.municipalityCode = dto.municipalityCode;
    await this.dataSource.manager.update(
      Provider,
      { id: provider.id },
      { name: provider.name, municipalityCode: provider.municipalityCode },
    );
    return ProviderView.of(provider);
  }

  find(manager: EntityManager, brin: string): Promise<Provider | null> {
    return manager.findOne(Provider, { where: { brin } });
  }
}

/** Admins see every provider; an education provider only the one of its token's `brin`. */
export function providerVisibleTo(brin: string, principal: Principal): boolean {
  if (principal.role === 'admin') return true;
  return principal.role === 'education-provider' && principal.brin === brin;
}

function duplicateProvider(brin: string): ConflictProblem {
  return new ConflictProblem(`A provider with BRIN ${brin} is already registered`, [
    { field: 'brin', message: 'is already registered' },
  ]);
}
