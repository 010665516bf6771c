import { ApiProperty } from '@nestjs/swagger';
import { REFERRAL_ID_EXAMPLE } from '../common/openapi-examples';
import { SCHOOL_PLACE_STATUSES, type SchoolPlaceStatus } from './school-place.entity';

/** What a placement answers: the referral that took a seat and the place's seats and status after it. */
export class PlacementView {
  @ApiProperty({
    format: 'uuid',
    example: '2f6c1b9e-8d4a-4e7f-9c3b-5a1d0e2f4b6c',
    description: 'The placement, as its follow-ups address it',
  })
  placementId: string;

  @ApiProperty({
    format: 'uuid',
    example: '7c9e6679-7425-40de-944b-e07fc1f90ae7',
  })
  schoolPlaceId: string;

  @ApiProperty({ example: REFERRAL_ID_EXAMPLE })
  referralId: string;

  @ApiProperty({ minimum: 0, example: 3 })
  seatsLeft: number;

  @ApiProperty({ enum: SCHOOL_PLACE_STATUSES, example: 'open' })
  status: SchoolPlaceStatus;
}
