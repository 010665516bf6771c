import { Module } from '@nestjs/common';
import { InsightExportService } from '../insight-export.service';
import { ReviewBehaviourController } from './review-behaviour.controller';
import { ReviewBehaviourService } from './review-behaviour.service';

/** Review behaviour per advisor region (`GET /insights/review-behaviour`). */
@Module({
  controllers: [ReviewBehaviourController],
  providers: [ReviewBehaviourService, InsightExportService],
})
export class ReviewBehaviourModule {}
