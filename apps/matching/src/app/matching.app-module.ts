import { DynamicModule, Module } from '@nestjs/common';
import { ServiceDefinition, ServiceRuntime, serviceInfrastructure } from '@bridge/service-runtime';
import { MatchingSchema1764300000100 } from './migrations/1764300000100-matching-schema';

/** The matching service: its infrastructure and one module per domain concept. */
@Module({})
export class MatchingAppModule {
  static forRoot(runtime: ServiceRuntime): DynamicModule {
    return {
      module: MatchingAppModule,
      imports: [
        ...serviceInfrastructure(runtime, {
          entities: [],
          migrations: [MatchingSchema1764300000100],
        }),
      ],
    };
  }
}

export const matchingService: ServiceDefinition = {
  title: 'Matching service',
  description: 'Candidates nearing release, search indexes, the match engine, suggestions and their review, referrals, insights and the audit log.',
  rootModule: (runtime) => MatchingAppModule.forRoot(runtime),
};
