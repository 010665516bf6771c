import { Module } from '@nestjs/common';
import { SearchIndexesModule } from '../search-indexes/search-indexes.module';
import { MatchSettingsChange } from './match-settings-change';
import { MatchTargets } from './match-targets';
import { MatchingPipeline } from './matching-pipeline';
import { ReleaseWindowSweep } from './release-window-sweep';
import { SuggestionRecomputer } from './suggestion-recomputer';
import { TargetCatalogue } from './target-catalogue';

@Module({
  imports: [SearchIndexesModule],
  providers: [
    MatchTargets,
    TargetCatalogue,
    SuggestionRecomputer,
    MatchingPipeline,
    ReleaseWindowSweep,
    MatchSettingsChange,
  ],
  exports: [MatchingPipeline],
})
export class MatchEngineModule {}
