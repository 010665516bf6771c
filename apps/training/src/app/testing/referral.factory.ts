import { randomUUID } from 'node:crypto';
import type { ReferralCreated } from '@bridge/contracts';

/** A referral as matching publishes it: to the given school place, anonymised. */
export function aSchoolPlaceReferral(
  schoolPlaceId: string,
  brin: string,
  overrides: Partial<ReferralCreated> = {},
): ReferralCreated {
  return {
    referralId: randomUUID(),
    targetId: schoolPlaceId,
    targetType: 'school-place',
    employerId: null,
    brin,
    regionCode: 'AM27',
    availableFrom: '2027-01-15',
    certificates: [{ crebo: '25290', title: 'Basislasser', issuedOn: '2025-06-30' }],
    ...overrides,
  };
}
