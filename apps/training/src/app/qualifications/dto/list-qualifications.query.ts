import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { IsKnownSectorFilter, PageQueryDto } from '@bridge/platform';

export class ListQualificationsQuery extends PageQueryDto {
  @ApiPropertyOptional({
    description:
      'Words that must all occur in the title (case/diacritics ignored), or a crebo prefix',
    example: 'lasser',
  })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({
    description: 'Sector (opleidingsdomein) name or code',
    example: 'Techniek en procesindustrie',
  })
  @IsOptional()
  @IsString()
  @IsKnownSectorFilter()
  sector?: string;
}
