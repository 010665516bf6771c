import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CandidateEventsHandler } from './candidate-events.handler';
import { Candidate } from './candidate.entity';
import { CandidateService } from './candidate.service';

/** Matching's candidates as training needs them (no HTTP endpoint). */
@Module({
  imports: [TypeOrmModule.forFeature([Candidate])],
  providers: [CandidateService, CandidateEventsHandler],
  exports: [CandidateService],
})
export class CandidatesModule {}
