import { Module } from '@nestjs/common';
import { CandidatesController } from './candidates.controller';
import { CandidatesService } from './candidates.service';
import { DjiNumberHasher } from './dji-number.hasher';

@Module({ controllers: [CandidatesController], providers: [CandidatesService, DjiNumberHasher] })
export class CandidatesModule {}
