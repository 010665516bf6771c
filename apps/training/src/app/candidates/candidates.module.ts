import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CandidateEventsHandler } from './candidate-events.handler';
import { Candidate } from './candidate.entity';
import { CandidatesService } from './candidates.service';

/** Matching's candidates as training needs them (no HTTP endpoint). */
@Module({
  imports: [TypeOrmModule.forFeature([Candidate])],
  providers: [CandidatesService, CandidateEventsHandler],
  exports: [CandidatesService],
})
export class CandidatesModule {}
