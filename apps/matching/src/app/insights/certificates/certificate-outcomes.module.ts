import { Module } from '@nestjs/common';
import { InsightExportService } from '../insight-export.service';
import { CertificateOutcomesController } from './certificate-outcomes.controller';
import { CertificateOutcomesService } from './certificate-outcomes.service';

/** Outcome feedback to the workshops (`GET /insights/certificates`). */
@Module({
  controllers: [CertificateOutcomesController],
  providers: [CertificateOutcomesService, InsightExportService],
})
export class CertificateOutcomesModule {}
