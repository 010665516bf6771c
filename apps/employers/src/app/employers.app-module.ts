import { DynamicModule, Module } from '@nestjs/common';
import { ServiceDefinition, ServiceRuntime, serviceInfrastructure } from '@bridge/service-runtime';
import { EmployersSchema1764300000100 } from './migrations/1764300000100-employers-schema';

/** The employers service: its infrastructure and one module per domain concept. */
@Module({})
export class EmployersAppModule {
  static forRoot(runtime: ServiceRuntime): DynamicModule {
    return {
      module: EmployersAppModule,
      imports: [
        ...serviceInfrastructure(runtime, {
          entities: [],
          migrations: [EmployersSchema1764300000100],
        }),
      ],
    };
  }
}

export const employersService: ServiceDefinition = {
  title: 'Employers service',
  description: 'Covenant employers, covenants with DJI, covenant vacancies and their placements.',
  rootModule: (runtime) => EmployersAppModule.forRoot(runtime),
};
