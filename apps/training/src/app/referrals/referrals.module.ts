import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ReferralEventsHandler } from './referral-events.handler';
import { ReferralService } from './referral.service';
import { SchoolPlaceReferral } from './school-place-referral.entity';

/** Matching's referrals to school places, as training needs them (no HTTP endpoint). */
@Module({
  imports: [TypeOrmModule.forFeature([SchoolPlaceReferral])],
  providers: [ReferralService, ReferralEventsHandler],
  exports: [ReferralService],
})
export class ReferralsModule {}
