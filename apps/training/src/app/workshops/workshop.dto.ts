import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString } from 'class-validator';
import { IsKnownPiFilter, PageQueryDto } from '@bridge/platform';
import { WORKSHOP_TYPE_CODES } from '@bridge/reference-data';
import { ApiNextCursor } from '../common/openapi-examples';
import { Workshop } from './workshop.entity';

export class ListWorkshopsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({
    description: 'PI code (reference data), e.g. PI-VUGHT; case-insensitive',
    example: 'PI-VUGHT',
  })
  @IsOptional()
  @IsString()
  @IsKnownPiFilter()
  pi?: string;
}

export class WorkshopView {
  @ApiProperty({ example: 'pi-vught-wood' })
  id: string;

  @ApiProperty({ example: 'PI-VUGHT' })
  piCode: string;

  @ApiProperty({ enum: WORKSHOP_TYPE_CODES, example: 'wood' })
  type: string;

  @ApiProperty({ example: 'Houtbewerking PI Vught' })
  name: string;

  static of(workshop: Workshop): WorkshopView {
    return {
      id: workshop.id,
      piCode: workshop.piCode,
      type: workshop.type,
      name: workshop.name,
    };
  }
}

export class WorkshopPageView {
  @ApiProperty({ type: [WorkshopView] })
  items: WorkshopView[];

  @ApiNextCursor()
  nextCursor: string | null;
}
