import { Module } from '@nestjs/common';
import { CommonModule } from '../common/common.module';
import { VacancyClosing } from './vacancy-closing.service';

/** Closing vacancies, shared by the vacancies themselves and by ending a covenant. */
@Module({ imports: [CommonModule], providers: [VacancyClosing], exports: [VacancyClosing] })
export class VacancyClosingModule {}
