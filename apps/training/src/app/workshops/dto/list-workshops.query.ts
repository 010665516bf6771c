import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString } from 'class-validator';
import { IsKnownPiFilter, PageQueryDto } from '@bridge/platform';

export class ListWorkshopsQuery extends PageQueryDto {
  @ApiPropertyOptional({
    description: 'PI code (reference data), e.g. PI-VUGHT; case-insensitive',
    example: 'PI-VUGHT',
  })
  @IsOptional()
  @IsString()
  @IsKnownPiFilter()
  pi?: string;
}
