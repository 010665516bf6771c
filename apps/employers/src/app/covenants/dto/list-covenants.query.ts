import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsOptional } from 'class-validator';
import { IsKnownPiFilter, IsKnownRegionFilter, PageQueryDto, QueryBoolean } from '@bridge/platform';

export class ListCovenantsQuery extends PageQueryDto {
  @ApiPropertyOptional({
    description: 'Covenants covering this labour market region',
    example: 'AM18',
  })
  @IsOptional()
  @IsKnownRegionFilter()
  region?: string;

  @ApiPropertyOptional({
    description: 'Covenants naming this penitentiary institution',
    example: 'PI-VUGHT',
  })
  @IsOptional()
  @IsKnownPiFilter()
  pi?: string;

  @ApiPropertyOptional({
    description: 'In force today (true) or not (false)',
    example: true,
    type: Boolean,
  })
  @IsOptional()
  @QueryBoolean()
  @IsBoolean()
  active?: boolean;
}
