import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdempotencyModule } from '@bridge/platform';
import { CandidatesModule } from '../candidates/candidates.module';
import { WorkshopsModule } from '../workshops/workshops.module';
import { Certificate } from './certificate.entity';
import { CertificatesController } from './certificates.controller';
import { CertificatesService } from './certificates.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([Certificate]),
    CandidatesModule,
    WorkshopsModule,
    IdempotencyModule,
  ],
  controllers: [CertificatesController],
  providers: [CertificatesService],
})
export class CertificatesModule {}
