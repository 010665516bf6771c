import { Module } from '@nestjs/common';
import { SearchIndexesModule } from '../search-indexes/search-indexes.module';
import { MatchSettingsChange } from './match-settings-change';
import { MatchTargets } from './match-targets';
import { MatchingPipeline } from './matching-pipeline';
import { ReleaseWindowSweep } from './release-window-sweep';
import { SuggestionRecomputer } from './suggestion-recomputer';

@Module({
  imports: [SearchIndexesModule],
  providers: [MatchTargets, SuggestionRecomputer, MatchingPipeline, ReleaseWindowSweep, MatchSettingsChange],
  exports: [MatchingPipeline],
})
export class MatchEngineModule {}
