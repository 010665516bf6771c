import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdempotencyModule } from '@bridge/platform';
import { CommonModule } from '../common/common.module';
import { CovenantsModule } from '../covenants/covenants.module';
import { EmployersModule } from '../employers/employers.module';
import { VacanciesController } from './vacancies.controller';
import { VacanciesService } from './vacancies.service';
import { Vacancy } from './vacancy.entity';

/** Covenant vacancies of employers. */
@Module({
  imports: [TypeOrmModule.forFeature([Vacancy]), CovenantsModule, EmployersModule, IdempotencyModule, CommonModule],
  controllers: [VacanciesController],
  providers: [VacanciesService],
  exports: [VacanciesService],
})
export class VacanciesModule {}
