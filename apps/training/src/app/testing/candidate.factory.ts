import { randomUUID } from 'node:crypto';
import type { CandidateState } from '@bridge/contracts';
import { daysFromToday } from './training-test-app.fixture';

/** Where a test candidate can return to: a municipality and its labour market region. */
export const RETURN_PLACES = {
  denBosch: { returnMunicipalityCode: 'GM0796', regionCode: 'AM27' },
  zwolle: { returnMunicipalityCode: 'GM0193', regionCode: 'AM36' },
  amsterdam: { returnMunicipalityCode: 'GM0363', regionCode: 'AM18' },
} as const;

/**
 * A candidate as matching publishes it: a fresh pseudonym in PI Vught returning to
 * 's-Hertogenbosch in 60 days, unless told otherwise.
 */
export function aCandidate(overrides: Partial<CandidateState> = {}): CandidateState {
  return {
    candidateId: randomUUID(),
    piCode: 'PI-VUGHT',
    expectedReleaseDate: daysFromToday(60),
    ...RETURN_PLACES.denBosch,
    status: 'active',
    ...overrides,
  };
}
