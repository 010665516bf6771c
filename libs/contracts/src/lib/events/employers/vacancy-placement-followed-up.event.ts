import { z } from 'zod';
import { entityId } from '../../common.schemas';
import { placementFollowUpFields } from '../placement-follow-up.schema';

export const VACANCY_PLACEMENT_FOLLOWED_UP = 'employers.vacancy.placement-followed-up.v1';
/** The employer said, 3 or 6 months after the start date, whether a placement still holds (key: vacancyId). */
export const vacancyPlacementFollowedUpPayload = z.object({
  vacancyId: entityId,
  ...placementFollowUpFields,
});
export type VacancyPlacementFollowedUp = z.infer<typeof vacancyPlacementFollowedUpPayload>;
