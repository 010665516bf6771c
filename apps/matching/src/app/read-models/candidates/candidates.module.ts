import { DynamicModule, Module, Type } from '@nestjs/common';
import { IdempotencyModule } from '@bridge/platform';
import { CandidatesController } from './candidates.controller';
import { CandidatesService } from './candidates.service';
import { DjiNumberHasher } from './dji-number.hasher';

/** Registration, changes, leaving and lookup of candidates. */
@Module({})
export class CandidatesModule {
  /**
   * `referrals` provides and exports `StandingReferrals`: a module of a layer above, named by the
   * root module, so candidates depend on the port alone.
   */
  static withStandingReferralsOf(referrals: Type): DynamicModule {
    return {
      module: CandidatesModule,
      imports: [referrals, IdempotencyModule],
      controllers: [CandidatesController],
      providers: [CandidatesService, DjiNumberHasher],
    };
  }
}
