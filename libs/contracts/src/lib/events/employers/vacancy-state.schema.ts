import { z } from 'zod';
import { crebo, entityId, isoDate, municipalityCode } from '../../common.schemas';

/** The full state of a covenant vacancy, carried by its published and updated events. */
export const vacancyStatePayload = z.object({
  vacancyId: entityId,
  employerId: entityId,
  covenantId: entityId,
  title: z.string().min(1),
  description: z.string().nullable().default(null),
  sector: z.string().nullable().default(null),
  municipalityCode,
  hoursPerWeek: z.number().int().min(1).max(60),
  startDate: isoDate,
  openings: z.number().int().min(1),
  openingsLeft: z.number().int().min(0),
  requiredQualifications: z.array(crebo),
  preferredQualifications: z.array(crebo).default([]),
  requiresVog: z.boolean(),
  expiresOn: isoDate.nullable().default(null),
  status: z.enum(['open', 'filled', 'closed']),
});
export type VacancyState = z.infer<typeof vacancyStatePayload>;
