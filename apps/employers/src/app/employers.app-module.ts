import { DynamicModule, Module } from '@nestjs/common';
import { AuditEntry, AuditModule } from '@bridge/platform';
import { ServiceDefinition, ServiceRuntime, serviceInfrastructure } from '@bridge/service-runtime';
import { Covenant } from './covenants/covenant.entity';
import { CovenantsModule } from './covenants/covenants.module';
import { Employer } from './employers/employer.entity';
import { EmployersModule } from './employers/employers.module';
import { EmployersSchema1764300000100 } from './migrations/1764300000100-employers-schema';
import { ReferralsAndPlacements1764300000300 } from './migrations/1764300000300-referrals-and-placements';
import { CovenantEndingAndVacancyExpiry1764300000400 } from './migrations/1764300000400-covenant-ending-and-vacancy-expiry';
import { EmployerListIndex1764300000500 } from './migrations/1764300000500-employer-list-index';
import { AuditLog1764300000600 } from './migrations/1764300000600-audit-log';
import { PlacementFollowUps1764300001600 } from './migrations/1764300001600-placement-follow-ups';
import { AuditDetails1764300001700 } from './migrations/1764300001700-audit-details';
import { Referral } from './referrals/referral.entity';
import { ReferralsModule } from './referrals/referrals.module';
import { VacanciesModule } from './vacancies/vacancies.module';
import { PlacementFollowUp } from './vacancies/placement-follow-up.entity';
import { Placement } from './vacancies/placement.entity';
import { Vacancy } from './vacancies/vacancy.entity';

/** The employers service's own tables, mapped. */
export const EMPLOYERS_ENTITIES = [
  Employer,
  Covenant,
  Vacancy,
  Referral,
  Placement,
  PlacementFollowUp,
  AuditEntry,
];

/** The employers service: its infrastructure and one module per domain concept. */
@Module({})
export class EmployersAppModule {
  static forRoot(runtime: ServiceRuntime): DynamicModule {
    return {
      module: EmployersAppModule,
      imports: [
        ...serviceInfrastructure(runtime, {
          entities: EMPLOYERS_ENTITIES,
          migrations: [
            EmployersSchema1764300000100,
            ReferralsAndPlacements1764300000300,
            CovenantEndingAndVacancyExpiry1764300000400,
            EmployerListIndex1764300000500,
            AuditLog1764300000600,
            PlacementFollowUps1764300001600,
            AuditDetails1764300001700,
          ],
        }),
        AuditModule,
        EmployersModule,
        CovenantsModule,
        VacanciesModule,
        ReferralsModule,
      ],
    };
  }
}

export const employersService: ServiceDefinition = {
  title: 'Employers service',
  description: 'Covenant employers, covenants with DJI, covenant vacancies and their placements.',
  rootModule: (runtime) => EmployersAppModule.forRoot(runtime),
};
