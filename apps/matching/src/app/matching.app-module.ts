import { DynamicModule, Module } from '@nestjs/common';
import { embeddedStoreDir } from '@bridge/database';
import { AuditEntry, AuditModule } from '@bridge/platform';
import { SearchHealthContributor, SearchModule, SearchModuleOptions } from '@bridge/search';
import { ServiceDefinition, ServiceRuntime, serviceInfrastructure } from '@bridge/service-runtime';
import { AlgorithmModule } from './algorithm/algorithm.module';
import { CandidateExclusionsModule } from './insights/exclusions/candidate-exclusions.module';
import { CertificateOutcomesModule } from './insights/certificates/certificate-outcomes.module';
import { FairnessModule } from './insights/fairness/fairness.module';
import { InsightsModule } from './insights/insights.module';
import { ReviewBehaviourModule } from './insights/review-behaviour/review-behaviour.module';
import { MatchEngineModule } from './match-engine/match-engine.module';
import { Suggestion } from './match-engine/suggestion.entity';
import { MatchingSchema1764300000100 } from './migrations/1764300000100-matching-schema';
import { Referrals1764300000200 } from './migrations/1764300000200-referrals';
import { SchoolPlaces1764300000300 } from './migrations/1764300000300-school-places';
import { InsightsAndQueueIndexes1764300000400 } from './migrations/1764300000400-insights-and-queue-indexes';
import { CandidateLeavingAndWindowSweep1764300000500 } from './migrations/1764300000500-candidate-leaving-and-window-sweep';
import { CandidateListIndexes1764300000600 } from './migrations/1764300000600-candidate-list-indexes';
import { AcceptedSuggestionsIndex1764300000700 } from './migrations/1764300000700-accepted-suggestions-index';
import { AuditPiCodesAndReferral1764300000800 } from './migrations/1764300000800-audit-pi-codes-and-referral';
import { SuggestionExpiryReason1764300000900 } from './migrations/1764300000900-suggestion-expiry-reason';
import { SearchIndexDefinitions1764300001000 } from './migrations/1764300001000-search-index-definitions';
import { MatchSettingsApplied1764300001100 } from './migrations/1764300001100-match-settings-applied';
import { SuggestionQueueOrder1764300001200 } from './migrations/1764300001200-suggestion-queue-order';
import { SuggestionInputsSnoozeDecisions1764300001300 } from './migrations/1764300001300-suggestion-inputs-snooze-decisions';
import { AuditDetails1764300001400 } from './migrations/1764300001400-audit-details';
import { PlacementAftermath1764300001500 } from './migrations/1764300001500-placement-aftermath';
import { Candidate } from './read-models/candidates/candidate.entity';
import { CandidatesModule } from './read-models/candidates/candidates.module';
import { CandidateCertificate } from './read-models/certificates/candidate-certificate.entity';
import { CertificatesModule } from './read-models/certificates/certificates.module';
import { Covenant } from './read-models/covenants/covenant.entity';
import { CovenantsModule } from './read-models/covenants/covenants.module';
import { SchoolPlace } from './read-models/school-places/school-place.entity';
import { SchoolPlacesModule } from './read-models/school-places/school-places.module';
import { VacanciesModule } from './read-models/vacancies/vacancies.module';
import { Vacancy } from './read-models/vacancies/vacancy.entity';
import { Referral } from './review/referrals/referral.entity';
import { SuggestionDecision } from './review/suggestions/suggestion-decision.entity';
import { ReferralsModule } from './review/referrals/referrals.module';
import { SuggestionsModule } from './review/suggestions/suggestions.module';
import { SearchIndexHealthContributor } from './search-indexes/search-index.health';

/**
 * The matching service: its infrastructure and one module per domain concept, in layers that only
 * import downwards (README, Layers). As the root, it wires a port of a lower layer to its implementation above.
 */
@Module({})
export class MatchingAppModule {
  static forRoot(runtime: ServiceRuntime): DynamicModule {
    return {
      module: MatchingAppModule,
      imports: [
        ...serviceInfrastructure(runtime, {
          entities: [
            Candidate,
            CandidateCertificate,
            Covenant,
            Vacancy,
            SchoolPlace,
            Suggestion,
            Referral,
            SuggestionDecision,
            AuditEntry,
          ],
          migrations: [
            MatchingSchema1764300000100,
            Referrals1764300000200,
            SchoolPlaces1764300000300,
            InsightsAndQueueIndexes1764300000400,
            CandidateLeavingAndWindowSweep1764300000500,
            CandidateListIndexes1764300000600,
            AcceptedSuggestionsIndex1764300000700,
            AuditPiCodesAndReferral1764300000800,
            SuggestionExpiryReason1764300000900,
            SearchIndexDefinitions1764300001000,
            MatchSettingsApplied1764300001100,
            SuggestionQueueOrder1764300001200,
            SuggestionInputsSnoozeDecisions1764300001300,
            AuditDetails1764300001400,
            PlacementAftermath1764300001500,
          ],
          healthContributors: [SearchHealthContributor, SearchIndexHealthContributor],
        }),
        SearchModule.forRoot(searchModuleOptions(runtime)),
        AuditModule,
        CandidatesModule.withStandingReferralsOf(ReferralsModule),
        CertificatesModule,
        CovenantsModule,
        VacanciesModule,
        SchoolPlacesModule,
        MatchEngineModule,
        SuggestionsModule,
        ReferralsModule,
        InsightsModule,
        CandidateExclusionsModule,
        FairnessModule,
        ReviewBehaviourModule,
        CertificateOutcomesModule,
        AlgorithmModule,
      ],
    };
  }
}

/** SEARCH_ENGINE as the search module takes it; `postgres` puts the index tables in the service's own database. */
function searchModuleOptions({ config }: ServiceRuntime): SearchModuleOptions {
  const { search } = config;
  switch (search.kind) {
    case 'meilisearch':
      return {
        kind: 'meilisearch',
        url: search.url,
        apiKey: search.masterKey,
        requestTimeoutMs: search.requestTimeoutMs,
      };
    case 'postgres':
      if (!config.database.url) throw new Error('SEARCH_ENGINE=postgres needs DATABASE_URL');
      return { kind: 'postgres', url: config.database.url };
    case 'embedded':
      // Beside the embedded database (`<DATA_DIR>/matching/postgres`): files instead of the process's memory.
      return {
        kind: 'embedded',
        scratchDir: embeddedStoreDir(config.database.dataDir, config.service, 'search'),
      };
  }
}

export const matchingService: ServiceDefinition = {
  title: 'Matching service',
  description:
    'Candidates nearing release, search indexes, the match engine, suggestions and their review, referrals, insights and the audit log.',
  rootModule: (runtime) => MatchingAppModule.forRoot(runtime),
};
