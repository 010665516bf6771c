import { z } from 'zod';
import { entityId } from '../../common.schemas';
import { placementFollowUpFields } from '../placement-follow-up.schema';

export const SCHOOL_PLACE_PLACEMENT_FOLLOWED_UP = 'training.school-place.placement-followed-up.v1';
/** The school said, 3 or 6 months after the start date, whether a placement still holds (key: schoolPlaceId). */
export const schoolPlacePlacementFollowedUpPayload = z.object({
  schoolPlaceId: entityId,
  ...placementFollowUpFields,
});
export type SchoolPlacePlacementFollowedUp = z.infer<typeof schoolPlacePlacementFollowedUpPayload>;
