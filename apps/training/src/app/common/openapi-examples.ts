import { ApiProperty } from '@nestjs/swagger';

/** Documents the `nextCursor` of a list page (the same on every list of the service). */
export const ApiNextCursor = (): PropertyDecorator =>
  ApiProperty({
    type: String,
    nullable: true,
    description: 'Pass as `cursor` for the next page; null on the last page',
    example: 'eyJpZCI6IjdjOWU2Njc5LTc0MjUtNDBkZS05NDRiLWUwN2ZjMWY5MGFlNyJ9',
  });

/** A covenant id of the employers service, as the school-place bodies and views show it. */
export const COVENANT_ID_EXAMPLE = '5d0c3f4e-8b1a-4c2d-9e7f-1a2b3c4d5e6f';

/** A referral id of the matching service, as the placement body and view show it. */
export const REFERRAL_ID_EXAMPLE = 'c2f1a7d4-6e3b-4f8a-9d21-0b7e5c4a3f19';
