import { z } from 'zod';
import { piCode } from '../../common.schemas';
import { candidateStatePayload } from './candidate-state.schema';

export const CANDIDATE_TRANSFERRED = 'matching.candidate.transferred.v1';

/**
 * A detainee moved to another PI ("overplaatsing") and was registered there: the same candidate
 * (same pseudonym, its certificates stay its own) now belongs to `piCode`, with the state the new
 * PI registered, active again even if it had left (key: candidateId). Readers that keep a
 * candidate's PI apply it as a newer state; `fromPiCode` says where it came from.
 */
export const candidateTransferredPayload = candidateStatePayload.extend({ fromPiCode: piCode });
export type CandidateTransferred = z.infer<typeof candidateTransferredPayload>;
