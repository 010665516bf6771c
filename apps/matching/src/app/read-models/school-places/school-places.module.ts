import { Module } from '@nestjs/common';
import { SchoolPlaceEventsHandler } from './school-place-events.handler';

/** Training's school places, kept from its events. */
@Module({ providers: [SchoolPlaceEventsHandler] })
export class SchoolPlacesModule {}
