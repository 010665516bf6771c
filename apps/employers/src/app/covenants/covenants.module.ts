import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdempotencyModule } from '@bridge/platform';
import { EmployersModule } from '../employers/employers.module';
import { VacancyClosingModule } from '../vacancies/vacancy-closing.module';
import { Covenant } from './covenant.entity';
import { CovenantsController } from './covenants.controller';
import { CovenantsService } from './covenants.service';

/** Covenants with DJI, signed by an employer or a school. */
@Module({
  imports: [
    TypeOrmModule.forFeature([Covenant]),
    EmployersModule,
    IdempotencyModule,
    VacancyClosingModule,
  ],
  controllers: [CovenantsController],
  providers: [CovenantsService],
  exports: [CovenantsService],
})
export class CovenantsModule {}
