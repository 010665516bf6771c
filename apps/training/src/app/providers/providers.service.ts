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
  isUuid,
  KeysetColumn,
  NotFoundProblem,
  Page,
  paginate,
  Principal,
  ReferenceCheck,
} from '@bridge/platform';
import { BRIN_PATTERN } from '../common/reference-codes';
import { ListProvidersQuery } from './dto/list-providers.query';
import { RegisterProviderDto } from './dto/register-provider.dto';
import { UpdateProviderDto } from './dto/update-provider.dto';
import { Provider } from './provider.entity';
import { ProviderView } from './provider.view';

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
    accepts: isUuid,
  },
];

/**
 * Registers education providers (admin) and answers who they are. A provider sees only itself;
 * anyone else out of scope gets 404.
 */
@Injectable()
export class ProvidersService {
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
      const references = new ReferenceCheck();
      references.municipality('municipalityCode', dto.municipalityCode);
      references.assertAllKnown();
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
  list(query: ListProvidersQuery): Promise<Page<ProviderView>> {
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
    const where = isUuid(idOrBrin)
      ? { id: idOrBrin }
      : BRIN_PATTERN.test(idOrBrin)
        ? { brin: idOrBrin }
        : null;
    const provider = where ? await this.dataSource.manager.findOne(Provider, { where }) : null;
    if (!provider) throw new NotFoundProblem(`Provider ${idOrBrin} was not found`);
    const references = new ReferenceCheck();
    if (dto.municipalityCode !== undefined)
      references.municipality('municipalityCode', dto.municipalityCode);
    references.assertAllKnown();
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
