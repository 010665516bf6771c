import { z } from 'zod';
import { brin, entityId, isoDate, piCode, regionCode } from '../../common.schemas';

/** The full state of a covenant, carried by its signed and changed events. */
export const covenantStatePayload = z
  .object({
    covenantId: entityId,
    name: z.string().min(1),
    employerId: entityId.nullable().default(null),
    brin: brin.nullable().default(null),
    regionCodes: z.array(regionCode),
    piCodes: z.array(piCode),
    validFrom: isoDate,
    validTo: isoDate,
    placementsPerYear: z.number().int().min(0).nullable().default(null),
    support: z.array(z.string().min(1)).default([]),
  })
  .refine((covenant) => (covenant.employerId === null) !== (covenant.brin === null), {
    message: 'a covenant names exactly one of employerId and brin',
    path: ['employerId'],
  });
export type CovenantState = z.infer<typeof covenantStatePayload>;
