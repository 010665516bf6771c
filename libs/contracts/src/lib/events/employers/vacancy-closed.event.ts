import { z } from 'zod';
import { entityId } from '../../common.schemas';

export const VACANCY_CLOSED = 'employers.vacancy.closed.v1';
/** A vacancy was closed by its employer or expired (key: vacancyId). */
export const vacancyClosedPayload = z.object({
  vacancyId: entityId,
  employerId: entityId,
  reason: z.enum(['closed-by-employer', 'expired', 'covenant-ended']),
});
export type VacancyClosed = z.infer<typeof vacancyClosedPayload>;
