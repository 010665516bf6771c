import { z } from 'zod';
import { entityId, targetType } from '../../common.schemas';

export const REFERRAL_WITHDRAWN = 'matching.referral.withdrawn.v1';
/**
 * Why a referral no longer stands, as the employer or school sees it: the candidate left the
 * platform, withdrew consent, or was placed at another vacancy or school place.
 */
export const REFERRAL_WITHDRAWAL_REASONS = [
  'candidate-left',
  'consent-withdrawn',
  'placed-elsewhere',
] as const;
export const referralWithdrawalReason = z.enum(REFERRAL_WITHDRAWAL_REASONS);
export type ReferralWithdrawalReason = z.infer<typeof referralWithdrawalReason>;
/** A referral no longer stands (key: referralId). Events from before reasons were sent carry none. */
export const referralWithdrawnPayload = z.object({
  referralId: entityId,
  targetId: entityId,
  targetType,
  reason: referralWithdrawalReason.optional(),
});
export type ReferralWithdrawn = z.infer<typeof referralWithdrawnPayload>;
