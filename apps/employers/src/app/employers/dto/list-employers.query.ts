import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { PageQueryDto } from '@bridge/platform';
import { IsText } from '../../common/text';

export class ListEmployersQuery extends PageQueryDto {
  @ApiPropertyOptional({
    description: 'Part of the name (case-insensitive), or the first digits of the KvK number',
    example: 'houtbewerking',
    maxLength: 100,
  })
  @IsOptional()
  @IsText(100)
  q?: string;
}
