import { z } from 'zod';
import { entityId } from '../../common.schemas';

export const CANDIDATE_LEFT = 'matching.candidate.left.v1';
/** A candidate left the platform's window (released long ago, consent withdrawn) (key: candidateId). */
export const candidateLeftPayload = z.object({
  candidateId: entityId,
  reason: z.enum(['window-passed', 'consent-withdrawn', 'removed']),
});
export type CandidateLeft = z.infer<typeof candidateLeftPayload>;
