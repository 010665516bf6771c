import { covenantStatePayload } from './covenant-state.schema';

export const COVENANT_SIGNED = 'employers.covenant.signed.v1';
/** An employer or school signed a covenant with DJI (key: covenantId). */
export const covenantSignedPayload = covenantStatePayload;
