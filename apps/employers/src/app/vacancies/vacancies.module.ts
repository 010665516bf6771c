import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdempotencyModule } from '@bridge/platform';
import { CovenantsModule } from '../covenants/covenants.module';
import { EmployersModule } from '../employers/employers.module';
import { ReferralsModule } from '../referrals/referrals.module';
import { Placement } from './placement.entity';
import { PlacementsService } from './placements.service';
import { VacanciesController } from './vacancies.controller';
import { VacanciesService } from './vacancies.service';
import { VacancyClosingModule } from './vacancy-closing.module';
import { VacancyExpiry } from './vacancy-expiry.service';
import { Vacancy } from './vacancy.entity';

/** Covenant vacancies of employers, the placements of referrals on them, and their timed closing. */
@Module({
  imports: [
    TypeOrmModule.forFeature([Vacancy, Placement]),
    ReferralsModule,
    CovenantsModule,
    EmployersModule,
    IdempotencyModule,
    VacancyClosingModule,
  ],
  controllers: [VacanciesController],
  providers: [VacanciesService, PlacementsService, VacancyExpiry],
  exports: [VacanciesService],
})
export class VacanciesModule {}
