import { randomUUID } from 'node:crypto';
import type { COVENANT_SIGNED, PayloadInput } from '@bridge/contracts';
import { daysFromToday } from './training-test-app.fixture';

export type CovenantInput = PayloadInput<typeof COVENANT_SIGNED>;

/**
 * A covenant as employers publishes it: signed by the school of `brin`, in force from a month ago
 * for two years, unless told otherwise.
 */
export function aSchoolCovenant(
  brin: string,
  overrides: Partial<CovenantInput> = {},
): CovenantInput {
  return {
    covenantId: randomUUID(),
    name: `Convenant ${brin}`,
    employerId: null,
    brin,
    regionCodes: ['AM27'],
    piCodes: ['PI-VUGHT'],
    validFrom: daysFromToday(-30),
    validTo: daysFromToday(730),
    ...overrides,
  };
}

/** A covenant signed by an employer (no BRIN). */
export function anEmployerCovenant(overrides: Partial<CovenantInput> = {}): CovenantInput {
  return {
    ...aSchoolCovenant('00AA'),
    name: 'Convenant Houtbouw Maaskant',
    employerId: randomUUID(),
    brin: null,
    ...overrides,
  };
}
