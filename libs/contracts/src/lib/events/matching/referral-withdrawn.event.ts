import { z } from 'zod';
import { entityId, targetType } from '../../common.schemas';

export const REFERRAL_WITHDRAWN = 'matching.referral.withdrawn.v1';
/** A referral no longer stands, e.g. the candidate left (key: referralId). */
export const referralWithdrawnPayload = z.object({
  referralId: entityId,
  targetId: entityId,
  targetType,
});
export type ReferralWithdrawn = z.infer<typeof referralWithdrawnPayload>;
