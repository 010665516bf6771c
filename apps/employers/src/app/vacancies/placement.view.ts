import { ApiProperty } from '@nestjs/swagger';
import { VACANCY_STATUSES, type VacancyStatus } from './vacancy.entity';

export class PlacementView {
  @ApiProperty({
    format: 'uuid',
    example: '2f6c1b9e-8d4a-4e7f-9c3b-5a1d0e2f4b6c',
    description: 'The placement, as its follow-ups address it',
  })
  placementId: string;

  @ApiProperty({ example: '6ec0bd7f-11c0-43da-975e-2a8ad9ebae0b' })
  vacancyId: string;

  @ApiProperty({ example: '9a1d3c2e-7b6f-4e5d-8c4b-3a2f1e0d9c8b' })
  referralId: string;

  @ApiProperty({ example: 1 })
  openingsLeft: number;

  @ApiProperty({ enum: VACANCY_STATUSES, example: 'open' })
  status: VacancyStatus;
}
