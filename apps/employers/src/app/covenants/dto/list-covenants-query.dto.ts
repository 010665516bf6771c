import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional } from 'class-validator';
import { IsKnownPiFilter, IsKnownRegionFilter, PageQueryDto } from '@bridge/platform';

export class ListCovenantsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'Covenants covering this labour market region', example: 'AM18' })
  @IsOptional()
  @IsKnownRegionFilter()
  region?: string;

  @ApiPropertyOptional({ description: 'Covenants naming this penitentiary institution', example: 'PI-VUGHT' })
  @IsOptional()
  @IsKnownPiFilter()
  pi?: string;

  @ApiPropertyOptional({ description: 'In force today (true) or not (false)', example: true, type: Boolean })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  active?: boolean;
}
