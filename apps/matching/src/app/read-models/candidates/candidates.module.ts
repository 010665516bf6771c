import { Module } from '@nestjs/common';
import { IdempotencyModule } from '@bridge/platform';
import { ReferralsModule } from '../referrals/referrals.module';
import { CandidateExclusionsController } from './candidate-exclusions.controller';
import { CandidateExclusionsService } from './candidate-exclusions.service';
import { CandidatesController } from './candidates.controller';
import { CandidatesService } from './candidates.service';
import { DjiNumberHasher } from './dji-number.hasher';

@Module({
  imports: [ReferralsModule, IdempotencyModule],
  controllers: [CandidatesController, CandidateExclusionsController],
  providers: [CandidatesService, CandidateExclusionsService, DjiNumberHasher],
})
export class CandidatesModule {}
