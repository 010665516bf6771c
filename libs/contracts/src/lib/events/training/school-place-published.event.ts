import { schoolPlaceStatePayload } from './school-place-state.schema';

export const SCHOOL_PLACE_PUBLISHED = 'training.school-place.published.v1';
/** A school place opened (key: schoolPlaceId). */
export const schoolPlacePublishedPayload = schoolPlaceStatePayload;
