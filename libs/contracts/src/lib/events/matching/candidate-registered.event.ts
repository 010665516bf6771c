import { candidateStatePayload } from './candidate-state.schema';

export const CANDIDATE_REGISTERED = 'matching.candidate.registered.v1';
/** A casemanager registered a detainee nearing release (key: candidateId). */
export const candidateRegisteredPayload = candidateStatePayload;
