import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { isUniqueViolation } from '@bridge/database';
import {
  ConflictProblem,
  IdempotencyService,
  IdempotentRequest,
  NotFoundProblem,
  Principal,
  UnprocessableProblem,
} from '@bridge/platform';
import { findMunicipality } from '@bridge/reference-data';
import { Provider } from './provider.entity';
import { ProviderView, RegisterProviderDto } from './provider.dto';

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
        if (isUniqueViolation(error, 'providers_brin_unique'))
          throw duplicateProvider(dto.brin);
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
  return new ConflictProblem(
    `A provider with BRIN ${brin} is already registered`,
    [{ field: 'brin', message: 'is already registered' }],
  );
}
