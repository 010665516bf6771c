import { covenantStatePayload } from './covenant-state.schema';

export const COVENANT_CHANGED = 'employers.covenant.changed.v1';
/** A covenant changed; the payload is its whole new state (key: covenantId). */
export const covenantChangedPayload = covenantStatePayload;
