import { Module } from '@nestjs/common';
import { ReferralsModule } from '../referrals/referrals.module';
import { SchoolPlaceEventsHandler } from './school-place-events.handler';

/** Training's school places, kept from its events; their placements place referrals. */
@Module({ imports: [ReferralsModule], providers: [SchoolPlaceEventsHandler] })
export class SchoolPlacesModule {}
