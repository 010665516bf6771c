import { schoolPlaceStatePayload } from './school-place-state.schema';

export const SCHOOL_PLACE_UPDATED = 'training.school-place.updated.v1';
/** A school place changed; the payload is its whole new state (key: schoolPlaceId). */
export const schoolPlaceUpdatedPayload = schoolPlaceStatePayload;
