import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CovenantEventsHandler } from './covenant-events.handler';
import { Covenant } from './covenant.entity';
import { CovenantsService } from './covenants.service';

/** Employers' covenants as training needs them (no HTTP endpoint). */
@Module({
  imports: [TypeOrmModule.forFeature([Covenant])],
  providers: [CovenantsService, CovenantEventsHandler],
  exports: [CovenantsService],
})
export class CovenantsModule {}
