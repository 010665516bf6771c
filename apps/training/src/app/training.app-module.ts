import { DynamicModule, Module } from '@nestjs/common';
import {
  ServiceDefinition,
  ServiceRuntime,
  serviceInfrastructure,
} from '@bridge/service-runtime';
import { Candidate } from './candidates/candidate.entity';
import { CandidatesModule } from './candidates/candidates.module';
import { Certificate } from './certificates/certificate.entity';
import { CertificatesModule } from './certificates/certificates.module';
import { DemoWorkshops1764300000200 } from './migrations/1764300000200-demo-workshops';
import { TrainingSchema1764300000100 } from './migrations/1764300000100-training-schema';
import { QualificationsModule } from './qualifications/qualifications.module';
import { Workshop } from './workshops/workshop.entity';
import { WorkshopsModule } from './workshops/workshops.module';

/** The training service: its infrastructure and one module per domain concept. */
@Module({})
export class TrainingAppModule {
  static forRoot(runtime: ServiceRuntime): DynamicModule {
    return {
      module: TrainingAppModule,
      imports: [
        ...serviceInfrastructure(runtime, {
          entities: [Candidate, Workshop, Certificate],
          migrations: [TrainingSchema1764300000100, DemoWorkshops1764300000200],
        }),
        CandidatesModule,
        CertificatesModule,
        QualificationsModule,
        WorkshopsModule,
      ],
    };
  }
}

export const trainingService: ServiceDefinition = {
  title: 'Training service',
  description:
    'In-Made practice certificates, workshops, qualifications, education providers and school places.',
  rootModule: (runtime) => TrainingAppModule.forRoot(runtime),
};
