import { z } from 'zod';
import { brin, entityId } from '../../common.schemas';

export const SCHOOL_PLACE_WITHDRAWN = 'training.school-place.withdrawn.v1';
/** A school place is no longer offered (key: schoolPlaceId). */
export const schoolPlaceWithdrawnPayload = z.object({ schoolPlaceId: entityId, brin });
export type SchoolPlaceWithdrawn = z.infer<typeof schoolPlaceWithdrawnPayload>;
