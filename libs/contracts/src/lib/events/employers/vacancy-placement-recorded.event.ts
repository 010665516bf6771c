import { z } from 'zod';
import { entityId } from '../../common.schemas';

export const VACANCY_PLACEMENT_RECORDED = 'employers.vacancy.placement-recorded.v1';
/** A referral took one opening (key: vacancyId). */
export const vacancyPlacementRecordedPayload = z.object({
  vacancyId: entityId,
  referralId: entityId,
  openingsLeft: z.number().int().min(0),
  status: z.enum(['open', 'filled', 'closed']),
});
export type VacancyPlacementRecorded = z.infer<typeof vacancyPlacementRecordedPayload>;
