import { Module } from '@nestjs/common';
import { CovenantEventsHandler } from './covenant-events.handler';

/** Covenants, kept from employers' events. */
@Module({ providers: [CovenantEventsHandler] })
export class CovenantsModule {}
