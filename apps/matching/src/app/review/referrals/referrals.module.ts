import { Module } from '@nestjs/common';
import { CandidateReferralsController } from './candidate-referrals.controller';
import { ReferralsController } from './referrals.controller';
import { ReferralsService } from './referrals.service';

/** Accepted suggestions as employers and schools see them, until placed, declined or withdrawn. */
@Module({
  controllers: [ReferralsController, CandidateReferralsController],
  providers: [ReferralsService],
  exports: [ReferralsService],
})
export class ReferralsModule {}
