import { Module } from '@nestjs/common';
import { ReferralsModule } from '../referrals/referrals.module';
import { SuggestionReplayService } from './suggestion-replay.service';
import { SuggestionReviewService } from './suggestion-review.service';
import { SuggestionsController } from './suggestions.controller';
import { SuggestionsService } from './suggestions.service';

@Module({
  imports: [ReferralsModule],
  controllers: [SuggestionsController],
  providers: [SuggestionsService, SuggestionReviewService, SuggestionReplayService],
})
export class SuggestionsModule {}
