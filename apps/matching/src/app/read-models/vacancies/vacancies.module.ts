import { Module } from '@nestjs/common';
import { ReferralsModule } from '../referrals/referrals.module';
import { VacancyEventsHandler } from './vacancy-events.handler';

/** Covenant vacancies, kept from employers' events; their placements place referrals. */
@Module({ imports: [ReferralsModule], providers: [VacancyEventsHandler] })
export class VacanciesModule {}
