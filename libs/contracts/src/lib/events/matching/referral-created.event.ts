import { z } from 'zod';
import { brin, crebo, entityId, isoDate, regionCode, targetType } from '../../common.schemas';

export const REFERRAL_CREATED = 'matching.referral.created.v1';
/**
 * A UWV advisor accepted a suggestion (key: referralId). Anonymised: the target's owner
 * sees certificates, region and availability, never the candidate id.
 */
export const referralCreatedPayload = z
  .object({
    referralId: entityId,
    targetId: entityId,
    targetType,
    employerId: entityId.nullable().default(null),
    brin: brin.nullable().default(null),
    regionCode,
    availableFrom: isoDate,
    certificates: z.array(z.object({ crebo, title: z.string().min(1), issuedOn: isoDate })),
  })
  .refine(
    (referral) =>
      referral.targetType === 'vacancy' ? referral.employerId !== null : referral.brin !== null,
    {
      message: 'a vacancy referral names its employerId, a school-place referral its brin',
      path: ['targetType'],
    },
  );
export type ReferralCreated = z.infer<typeof referralCreatedPayload>;
