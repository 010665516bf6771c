import { Module } from '@nestjs/common';
import { InsightExportService } from '../insight-export.service';
import { FairnessController } from './fairness.controller';
import { FairnessService } from './fairness.service';

/** Who gets offered what (`GET /insights/fairness`). */
@Module({
  controllers: [FairnessController],
  providers: [FairnessService, InsightExportService],
})
export class FairnessModule {}
