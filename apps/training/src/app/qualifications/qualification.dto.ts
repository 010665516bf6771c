import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { IsKnownSectorFilter, PageQueryDto } from '@bridge/platform';
import type { Qualification } from '@bridge/reference-data';
import { ApiNextCursor } from '../common/openapi-examples';

export class ListQualificationsQueryDto extends PageQueryDto {
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

export class QualificationView {
  @ApiProperty({ example: '25290' })
  crebo: string;

  @ApiProperty({ example: 'Basislasser' })
  title: string;

  @ApiProperty({
    minimum: 1,
    maximum: 4,
    example: 2,
    description: '1 = Entree',
  })
  level: number;

  @ApiProperty({ example: 'Techniek en procesindustrie' })
  sector: string;

  static of(qualification: Qualification): QualificationView {
    return {
      crebo: qualification.crebo,
      title: qualification.title,
      level: qualification.level,
      sector: qualification.sector,
    };
  }
}

export class QualificationPageView {
  @ApiProperty({ type: [QualificationView] })
  items: QualificationView[];

  @ApiNextCursor()
  nextCursor: string | null;
}
