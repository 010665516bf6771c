import { Module } from '@nestjs/common';
import { AdminReindexController } from './admin-reindex.controller';
import { SearchIndexHealthContributor } from './search-index.health';
import { SearchIndexer } from './search-indexer';

@Module({
  controllers: [AdminReindexController],
  providers: [SearchIndexer, SearchIndexHealthContributor],
  exports: [SearchIndexer, SearchIndexHealthContributor],
})
export class SearchIndexesModule {}
