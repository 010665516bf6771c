import { z } from 'zod';
import { entityId, isoDate } from '../../common.schemas';

export const COVENANT_ENDED = 'employers.covenant.ended.v1';
/** A covenant ended before or at its validTo (key: covenantId). */
export const covenantEndedPayload = z.object({ covenantId: entityId, endedOn: isoDate });
export type CovenantEnded = z.infer<typeof covenantEndedPayload>;
