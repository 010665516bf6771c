import { Controller, HttpCode, Post } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
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
  @ApiOperation({ summary: "Rebuilds the search indexes from the service's own data (admin)" })
  @ApiAcceptedResponse({
    description: 'every document is queued; the indexes are rebuilt in the background',
  })
  async reindex(): Promise<{ status: 'queued' }> {
    await this.indexer.requestRebuild();
    return { status: 'queued' };
  }
}
