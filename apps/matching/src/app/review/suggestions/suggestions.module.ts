import { Module } from '@nestjs/common';
import { ReferralsModule } from '../referrals/referrals.module';
import { SuggestionReviewService } from './suggestion-review.service';
import { SuggestionsController } from './suggestions.controller';
import { SuggestionsService } from './suggestions.service';

@Module({
  imports: [ReferralsModule],
  controllers: [SuggestionsController],
  providers: [SuggestionsService, SuggestionReviewService],
})
export class SuggestionsModule {}
