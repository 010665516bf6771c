import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CovenantEventsHandler } from './covenant-events.handler';
import { Covenant } from './covenant.entity';
import { CovenantService } from './covenant.service';

/** Employers' covenants as training needs them (no HTTP endpoint). */
@Module({
  imports: [TypeOrmModule.forFeature([Covenant])],
  providers: [CovenantService, CovenantEventsHandler],
  exports: [CovenantService],
})
export class CovenantsModule {}
