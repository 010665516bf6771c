import { Module } from '@nestjs/common';
import { CandidateExclusionsController } from './candidate-exclusions.controller';
import { CandidateExclusionsService } from './candidate-exclusions.service';

/** Why targets are not suggested to a candidate (`GET /candidates/:id/exclusions`). */
@Module({ controllers: [CandidateExclusionsController], providers: [CandidateExclusionsService] })
export class CandidateExclusionsModule {}
