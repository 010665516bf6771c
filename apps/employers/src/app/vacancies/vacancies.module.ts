import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdempotencyModule } from '@bridge/platform';
import { CommonModule } from '../common/common.module';
import { CovenantsModule } from '../covenants/covenants.module';
import { EmployersModule } from '../employers/employers.module';
import { ReferralsModule } from '../referrals/referrals.module';
import { Placement } from './placement.entity';
import { PlacementsService } from './placements.service';
import { VacanciesController } from './vacancies.controller';
import { VacanciesService } from './vacancies.service';
import { Vacancy } from './vacancy.entity';

/** Covenant vacancies of employers and the placements of referrals on them. */
@Module({
  imports: [TypeOrmModule.forFeature([Vacancy, Placement]), ReferralsModule, CovenantsModule, EmployersModule, IdempotencyModule, CommonModule],
  controllers: [VacanciesController],
  providers: [VacanciesService, PlacementsService],
  exports: [VacanciesService],
})
export class VacanciesModule {}
