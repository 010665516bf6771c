import { Module } from '@nestjs/common';
import { VacancyClosing } from './vacancy-closing.service';

/** Closing vacancies, shared by the vacancies themselves and by ending a covenant. */
@Module({ providers: [VacancyClosing], exports: [VacancyClosing] })
export class VacancyClosingModule {}
