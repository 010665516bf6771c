import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdempotencyModule } from '@bridge/platform';
import { CandidatesModule } from '../candidates/candidates.module';
import { WorkshopsModule } from '../workshops/workshops.module';
import { CertificateController } from './certificate.controller';
import { Certificate } from './certificate.entity';
import { CertificateService } from './certificate.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([Certificate]),
    CandidatesModule,
    WorkshopsModule,
    IdempotencyModule,
  ],
  controllers: [CertificateController],
  providers: [CertificateService],
})
export class CertificatesModule {}
