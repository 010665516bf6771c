import { ApiProperty } from '@nestjs/swagger';
import type { Qualification } from '@bridge/reference-data';
import { ApiNextCursor } from '../common/openapi-examples';

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

export class QualificationListView {
  @ApiProperty({ type: [QualificationView] })
  items: QualificationView[];

  @ApiNextCursor()
  nextCursor: string | null;
}
