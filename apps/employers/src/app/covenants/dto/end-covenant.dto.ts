import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { IsCalendarDate } from '@bridge/platform';
import { IsText } from '../../common/text';

export class EndCovenantDto {
  @ApiPropertyOptional({
    description:
      'The covenant’s last day (its new validTo); today when left out. Within [validFrom, validTo].',
    example: '2026-12-31',
    format: 'date',
  })
  @IsOptional()
  @IsCalendarDate()
  endedOn?: string;

  @ApiPropertyOptional({
    description: 'Why it ends (kept here, not in the event)',
    maxLength: 500,
    example: 'Werkgever stopt met de werkplaats in Vught',
  })
  @IsOptional()
  @IsText(500)
  reason?: string;
}
