import { z } from 'zod';
import { entityId, targetType } from '../../common.schemas';

export const REFERRAL_DECLINED = 'matching.referral.declined.v1';
/** The employer or school declined a referral (key: referralId). */
export const referralDeclinedPayload = z.object({
  referralId: entityId,
  targetId: entityId,
  targetType,
});
export type ReferralDeclined = z.infer<typeof referralDeclinedPayload>;
