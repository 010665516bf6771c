import { Module } from '@nestjs/common';
import { VacancyEventsHandler } from './vacancy-events.handler';

/** Covenant vacancies, kept from employers' events. */
@Module({ providers: [VacancyEventsHandler] })
export class VacanciesModule {}
