import { Module } from '@nestjs/common';
import { ReferralsController } from './referrals.controller';
import { ReferralsService } from './referrals.service';
import { SchoolPlacePlacementHandler } from './school-place-placement.handler';

/** Accepted suggestions as employers and schools see them, until placed, declined or withdrawn. */
@Module({
  controllers: [ReferralsController],
  providers: [ReferralsService, SchoolPlacePlacementHandler],
  exports: [ReferralsService],
})
export class ReferralsModule {}
