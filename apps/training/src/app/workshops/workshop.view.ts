import { ApiProperty } from '@nestjs/swagger';
import { WORKSHOP_TYPE_CODES } from '@bridge/reference-data';
import { ApiNextCursor } from '../common/openapi-examples';
import { Workshop } from './workshop.entity';

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

export class WorkshopListView {
  @ApiProperty({ type: [WorkshopView] })
  items: WorkshopView[];

  @ApiNextCursor()
  nextCursor: string | null;
}
