import { Controller, HttpCode, Post } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Roles } from '@bridge/platform';
import { SearchIndexer } from './search-indexer';

@ApiTags('admin')
@ApiBearerAuth()
@Controller('admin')
export class AdminReindexController {
  constructor(private readonly indexer: SearchIndexer) {}

  @Post('reindex')
  @HttpCode(202)
  @Roles('admin')
  @ApiAcceptedResponse({ description: 'every document is queued; the indexes are rebuilt in the background' })
  async reindex(): Promise<{ status: 'queued' }> {
    await this.indexer.requestRebuild();
    return { status: 'queued' };
  }
}
