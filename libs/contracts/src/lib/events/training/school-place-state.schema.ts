import { z } from 'zod';
import { brin, crebo, entityId, isoDate, municipalityCode } from '../../common.schemas';

/** The full state of a school place, carried by its published and updated events. */
export const schoolPlaceStatePayload = z.object({
  schoolPlaceId: entityId,
  brin,
  covenantId: entityId.nullable().default(null),
  crebo,
  title: z.string().min(1),
  level: z.number().int().min(1).max(4),
  sector: z.string().min(1),
  learningPath: z.enum(['BBL', 'BOL']),
  municipalityCode,
  startDate: isoDate,
  seats: z.number().int().min(1),
  seatsLeft: z.number().int().min(0),
  status: z.enum(['open', 'full', 'withdrawn']),
  entryRequirements: z.object({
    minLevel: z.number().int().min(1).max(4).nullable().default(null),
    requiredQualifications: z.array(crebo).default([]),
  }),
});
export type SchoolPlaceState = z.infer<typeof schoolPlaceStatePayload>;
