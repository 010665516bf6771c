import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ReferralEventsHandler } from './referral-events.handler';
import { ReferralsService } from './referrals.service';
import { SchoolPlaceReferral } from './school-place-referral.entity';

/** Matching's referrals to school places, as training needs them (no HTTP endpoint). */
@Module({
  imports: [TypeOrmModule.forFeature([SchoolPlaceReferral])],
  providers: [ReferralsService, ReferralEventsHandler],
  exports: [ReferralsService],
})
export class ReferralsModule {}
