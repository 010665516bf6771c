import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ReferralEventsHandler } from './referral-events.handler';
import { Referral } from './referral.entity';

/** Matching's referrals to vacancies, as a read model kept from its events. */
@Module({
  imports: [TypeOrmModule.forFeature([Referral])],
  providers: [ReferralEventsHandler],
  exports: [TypeOrmModule],
})
export class ReferralsModule {}
