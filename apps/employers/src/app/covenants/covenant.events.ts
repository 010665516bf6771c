import { COVENANT_SIGNED, NewEvent } from '@bridge/contracts';
import { currentRequestId } from '@bridge/platform';
import type { Covenant } from './covenant.entity';

/** `employers.covenant.signed.v1`: the covenant's full state (key: covenantId). */
export function covenantSigned(covenant: Covenant): NewEvent<typeof COVENANT_SIGNED> {
  const correlationId = currentRequestId();
  return {
    topic: COVENANT_SIGNED,
    key: covenant.id,
    version: covenant.version,
    payload: {
      covenantId: covenant.id,
      name: covenant.name,
      employerId: covenant.employerId,
      brin: covenant.brin,
      regionCodes: covenant.regionCodes,
      piCodes: covenant.piCodes,
      validFrom: covenant.validFrom,
      validTo: covenant.validTo,
      placementsPerYear: covenant.placementsPerYear,
      support: covenant.support,
    },
    ...(correlationId ? { correlationId } : {}),
  };
}
