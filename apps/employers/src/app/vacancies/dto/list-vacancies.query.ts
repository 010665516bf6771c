import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { IsKnownRegionFilter, PageQueryDto } from '@bridge/platform';
import { VACANCY_STATUSES, VacancyStatus } from '../vacancy.entity';

export class ListVacanciesQuery extends PageQueryDto {
  @ApiPropertyOptional({ enum: VACANCY_STATUSES, example: 'open' })
  @IsOptional()
  @IsIn(VACANCY_STATUSES)
  status?: VacancyStatus;

  @ApiPropertyOptional({ description: 'Vacancies in this labour market region', example: 'AM18' })
  @IsOptional()
  @IsKnownRegionFilter()
  region?: string;
}
