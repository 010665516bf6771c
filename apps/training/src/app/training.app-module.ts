import { DynamicModule, Module } from '@nestjs/common';
import { AuditEntry, AuditModule } from '@bridge/platform';
import { ServiceDefinition, ServiceRuntime, serviceInfrastructure } from '@bridge/service-runtime';
import { Candidate } from './candidates/candidate.entity';
import { CandidatesModule } from './candidates/candidates.module';
import { Certificate } from './certificates/certificate.entity';
import { CertificatesModule } from './certificates/certificates.module';
import { Covenant } from './covenants/covenant.entity';
import { CovenantsModule } from './covenants/covenants.module';
import { DemoWorkshops1764300000200 } from './migrations/1764300000200-demo-workshops';
import { ProvidersAndSchoolPlaces1764300000300 } from './migrations/1764300000300-providers-and-school-places';
import { SchoolPlaceReferrals1764300000400 } from './migrations/1764300000400-school-place-referrals';
import { Covenants1764300000500 } from './migrations/1764300000500-covenants';
import { ProviderListIndex1764300000600 } from './migrations/1764300000600-provider-list-index';
import { AuditLog1764300000700 } from './migrations/1764300000700-audit-log';
import { ReferralStatusReferred1764300000800 } from './migrations/1764300000800-referral-status-referred';
import { PlacementFollowUps1764300001600 } from './migrations/1764300001600-placement-follow-ups';
import { AuditDetails1764300001700 } from './migrations/1764300001700-audit-details';
import { TrainingSchema1764300000100 } from './migrations/1764300000100-training-schema';
import { Provider } from './providers/provider.entity';
import { ProvidersModule } from './providers/providers.module';
import { QualificationsModule } from './qualifications/qualifications.module';
import { ReferralsModule } from './referrals/referrals.module';
import { SchoolPlaceReferral } from './referrals/school-place-referral.entity';
import { SchoolPlace } from './school-places/school-place.entity';
import { SchoolPlacePlacementFollowUp } from './school-places/school-place-placement-follow-up.entity';
import { SchoolPlacePlacement } from './school-places/school-place-placement.entity';
import { SchoolPlacesModule } from './school-places/school-places.module';
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
          entities: [
            Candidate,
            Workshop,
            Certificate,
            Provider,
            SchoolPlace,
            SchoolPlaceReferral,
            SchoolPlacePlacement,
            SchoolPlacePlacementFollowUp,
            Covenant,
            AuditEntry,
          ],
          migrations: [
            TrainingSchema1764300000100,
            DemoWorkshops1764300000200,
            ProvidersAndSchoolPlaces1764300000300,
            SchoolPlaceReferrals1764300000400,
            Covenants1764300000500,
            ProviderListIndex1764300000600,
            AuditLog1764300000700,
            ReferralStatusReferred1764300000800,
            PlacementFollowUps1764300001600,
            AuditDetails1764300001700,
          ],
        }),
        AuditModule,
        CandidatesModule,
        CertificatesModule,
        CovenantsModule,
        ProvidersModule,
        QualificationsModule,
        ReferralsModule,
        SchoolPlacesModule,
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
