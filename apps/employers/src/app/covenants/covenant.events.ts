import {
  COVENANT_CHANGED,
  COVENANT_ENDED,
  COVENANT_SIGNED,
  CovenantState,
  NewEvent,
} from '@bridge/contracts';
import { aggregateEvent } from '../common/aggregate-event';
import type { Covenant } from './covenant.entity';

/** `employers.covenant.signed.v1`: the covenant's full state (key: covenantId). */
export function covenantSigned(covenant: Covenant): NewEvent<typeof COVENANT_SIGNED> {
  return aggregateEvent(COVENANT_SIGNED, covenant, state(covenant));
}

/** `employers.covenant.changed.v1`: the covenant's whole new state (key: covenantId). */
export function covenantChanged(covenant: Covenant): NewEvent<typeof COVENANT_CHANGED> {
  return aggregateEvent(COVENANT_CHANGED, covenant, state(covenant));
}

/** `employers.covenant.ended.v1` (key: covenantId); the free-text reason stays here. */
export function covenantEnded(
  covenant: Covenant,
  endedOn: string,
): NewEvent<typeof COVENANT_ENDED> {
  return aggregateEvent(COVENANT_ENDED, covenant, { covenantId: covenant.id, endedOn });
}

function state(covenant: Covenant): CovenantState {
  return {
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
  };
}
