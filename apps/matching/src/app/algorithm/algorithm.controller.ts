import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AlgorithmService } from './algorithm.service';
import { AlgorithmView } from './algorithm.view';

// No @Roles: every signed-in role may read how matching decides; the description holds no candidate data.
@ApiTags('algorithm')
@ApiBearerAuth()
@Controller('algorithm')
export class AlgorithmController {
  constructor(private readonly algorithm: AlgorithmService) {}

  @Get()
  @ApiOperation({
    summary: 'How matching decides, as the algorithm register describes it (any signed-in role)',
    description:
      'The register’s fields, and generated from the code: the hard rules with the values this service runs with, the ' +
      'score factors and their weights, the bound, the data each part reads and the data never used, the advisor’s ' +
      'decision, what a referral shows and how long data is kept. docs/algorithm.md is rendered from the same description.',
  })
  @ApiOkResponse({ type: AlgorithmView })
  describe(): AlgorithmView {
    return this.algorithm.describe();
  }
}
