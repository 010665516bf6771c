import { z } from 'zod';
import { entityId, isoDate, municipalityCode, piCode, regionCode } from '../../common.schemas';

/**
 * What other services may know of a candidate: a pseudonym, the PI and dates.
 * Never a name, BSN, DJI number or offence data.
 */
export const candidateStatePayload = z.object({
  candidateId: entityId,
  piCode,
  expectedReleaseDate: isoDate,
  returnMunicipalityCode: municipalityCode,
  regionCode,
  status: z.enum(['active', 'left']),
});
export type CandidateState = z.infer<typeof candidateStatePayload>;
