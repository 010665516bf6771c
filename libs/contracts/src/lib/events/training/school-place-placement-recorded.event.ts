import { z } from 'zod';
import { entityId } from '../../common.schemas';

export const SCHOOL_PLACE_PLACEMENT_RECORDED = 'training.school-place.placement-recorded.v1';
/** A referral took one seat (key: schoolPlaceId). */
export const schoolPlacePlacementRecordedPayload = z.object({
  schoolPlaceId: entityId,
  referralId: entityId,
  seatsLeft: z.number().int().min(0),
  status: z.enum(['open', 'full', 'withdrawn']),
});
export type SchoolPlacePlacementRecorded = z.infer<typeof schoolPlacePlacementRecordedPayload>;
