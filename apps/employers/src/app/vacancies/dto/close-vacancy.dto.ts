import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';

export class CloseVacancyDto {
  @ApiPropertyOptional({
    description: 'Why the employer closes it (kept here, not in the event)',
    maxLength: 500,
    example: 'Intern ingevuld',
  })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  reason?: string;
}
