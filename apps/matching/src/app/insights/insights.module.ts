import { Module } from '@nestjs/common';
import { InsightExportService } from './insight-export.service';
import { InsightsController } from './insights.controller';
import { InsightsService } from './insights.service';

@Module({ controllers: [InsightsController], providers: [InsightsService, InsightExportService] })
export class InsightsModule {}
