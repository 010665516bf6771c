import { candidateStatePayload } from './candidate-state.schema';

export const CANDIDATE_UPDATED = 'matching.candidate.updated.v1';
/** A candidate changed (release date, return municipality; a PI transfer is `matching.candidate.transferred.v1`) (key: candidateId). */
export const candidateUpdatedPayload = candidateStatePayload;
