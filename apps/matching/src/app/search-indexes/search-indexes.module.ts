import { Module } from '@nestjs/common';
import { AdminReindexController } from './admin-reindex.controller';
import { SearchIndexer } from './search-indexer';

@Module({ controllers: [AdminReindexController], providers: [SearchIndexer], exports: [SearchIndexer] })
export class SearchIndexesModule {}
