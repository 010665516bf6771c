import { Module } from '@nestjs/common';
import { StandingReferrals } from '../../read-models/candidates/standing-referrals';
import { CandidateReferralsController } from './candidate-referrals.controller';
import { PlacementEventsHandler } from './placement-events.handler';
import { ReferralsController } from './referrals.controller';
import { ReferralsService } from './referrals.service';

/** Accepted suggestions as employers and schools see them, until placed, declined or withdrawn. */
@Module({
  controllers: [ReferralsController, CandidateReferralsController],
  providers: [
    ReferralsService,
    PlacementEventsHandler,
    { provide: StandingReferrals, useExisting: ReferralsService },
  ],
  exports: [ReferralsService, StandingReferrals],
})
export class ReferralsModule {}
