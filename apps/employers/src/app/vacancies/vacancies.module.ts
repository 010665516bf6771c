import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdempotencyModule } from '@bridge/platform';
import { CovenantsModule } from '../covenants/covenants.module';
import { EmployersModule } from '../employers/employers.module';
import { ReferralsModule } from '../referrals/referrals.module';
import { PlacementFollowUp } from './placement-follow-up.entity';
import { PlacementFollowUpsController } from './placement-follow-ups.controller';
import { PlacementFollowUpsService } from './placement-follow-ups.service';
import { Placement } from './placement.entity';
import { PlacementsService } from './placements.service';
import { VacanciesController } from './vacancies.controller';
import { VacanciesService } from './vacancies.service';
import { VacancyClosingModule } from './vacancy-closing.module';
import { VacancyExpiry } from './vacancy-expiry.service';
import { Vacancy } from './vacancy.entity';

/**
 * Covenant vacancies of employers, the placements of referrals on them and their follow-ups, and
 * the vacancies' timed closing.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([Vacancy, Placement, PlacementFollowUp]),
    ReferralsModule,
    CovenantsModule,
    EmployersModule,
    IdempotencyModule,
    VacancyClosingModule,
  ],
  controllers: [VacanciesController, PlacementFollowUpsController],
  providers: [VacanciesService, PlacementsService, PlacementFollowUpsService, VacancyExpiry],
  exports: [VacanciesService],
})
export class VacanciesModule {}
