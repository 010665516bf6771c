import { DynamicModule, Module } from '@nestjs/common';
import { ServiceDefinition, ServiceRuntime, serviceInfrastructure } from '@bridge/service-runtime';
import { TrainingSchema1764300000100 } from './migrations/1764300000100-training-schema';

/** The training service: its infrastructure and one module per domain concept. */
@Module({})
export class TrainingAppModule {
  static forRoot(runtime: ServiceRuntime): DynamicModule {
    return {
      module: TrainingAppModule,
      imports: [
        ...serviceInfrastructure(runtime, {
          entities: [],
          migrations: [TrainingSchema1764300000100],
        }),
      ],
    };
  }
}

export const trainingService: ServiceDefinition = {
  title: 'Training service',
  description: 'In-Made practice certificates, workshops, qualifications, education providers and school places.',
  rootModule: (runtime) => TrainingAppModule.forRoot(runtime),
};
