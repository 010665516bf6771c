import data from '../data/penitentiary-institutions.json';
import { UnknownReferenceError } from './errors';
import { deepFreeze, normalizeCode } from './normalize';

/** `PI` = penitentiaire inrichting, `JC` = justitieel complex (Zaanstad, Schiphol). */
export type PenitentiaryInstitutionKind = 'PI' | 'JC';

/**
 * `active`: a source shows the institution/location in use. `unverified`: existence confirmed,
 * current operation not confirmed by a recent source (still a valid code; check before relying on it).
 */
export type ReferenceStatus = 'active' | 'unverified';

export interface PenitentiaryLocation {
  /** Location name as in the source, e.g. `locatie Scheveningen`. */
  readonly name: string;
  readonly municipalityCode: string;
  readonly regionCode: string;
  readonly status: ReferenceStatus;
  /** Why a location is `unverified` (source wording). */
  readonly statusNote?: string;
}

/** A DJI institution for adults (gevangeniswezen). */
export interface PenitentiaryInstitution {
  /**
   * Stable code derived from the name (`PI-VUGHT`, `PI-UTRECHT-NIEUWERSLUIS`, `JC-SCHIPHOL`);
   * it never changes once issued, also not when the institution is renamed. See README.md.
   */
  readonly code: string;
  readonly kind: PenitentiaryInstitutionKind;
  /** Name as DJI/the source writes it, e.g. `PI Vught`, `Justitieel Complex Zaanstad`. */
  readonly name: string;
  /** Other names seen in sources (former names, building names). */
  readonly aliases: readonly string[];
  readonly status: ReferenceStatus;
  /** Source wording of the status evidence, e.g. `active (DJI weblog 2024)`. */
  readonly statusNote: string;
  /** Municipality of the main location (the first, confirmed location). */
  readonly municipalityCode: string;
  /** Labour market region of the main location. */
  readonly regionCode: string;
  /** All locations, main location first (always at least one). */
  readonly locations: readonly PenitentiaryLocation[];
  readonly note: string | null;
}

function toKind(kind: string, code: string): PenitentiaryInstitutionKind {
  if (kind === 'PI' || kind === 'JC') return kind;
  throw new Error(`reference-data: bad kind ${kind} for ${code}`);
}

function toStatus(status: string, what: string): ReferenceStatus {
  if (status === 'active' || status === 'unverified') return status;
  throw new Error(`reference-data: bad status ${status} for ${what}`);
}

const INSTITUTIONS: readonly PenitentiaryInstitution[] = deepFreeze(
  data.institutions.map(
    (i): PenitentiaryInstitution => ({
      code: i.code,
      kind: toKind(i.kind, i.code),
      name: i.name,
      aliases: [...i.aliases],
      status: toStatus(i.status, i.code),
      statusNote: i.statusNote,
      municipalityCode: i.municipalityCode,
      regionCode: i.regionCode,
      locations: i.locations.map(
        (l: {
          name: string;
          municipalityCode: string;
          regionCode: string;
          status: string;
          statusNote?: string;
        }): PenitentiaryLocation => ({
          name: l.name,
          municipalityCode: l.municipalityCode,
          regionCode: l.regionCode,
          status: toStatus(l.status, `${i.code} / ${l.name}`),
          ...(l.statusNote === undefined ? {} : { statusNote: l.statusNote }),
        }),
      ),
      note: i.note,
    }),
  ),
);

const BY_CODE: ReadonlyMap<string, PenitentiaryInstitution> = new Map(
  INSTITUTIONS.map((i) => [i.code, i]),
);

/** The institution with this code (case-insensitive, e.g. `PI-VUGHT`), or `undefined`. */
export function findPenitentiaryInstitution(code: string): PenitentiaryInstitution | undefined {
  return BY_CODE.get(normalizeCode(code));
}

/** Like {@link findPenitentiaryInstitution}, but throws {@link UnknownReferenceError} for an unknown code. */
export function requirePenitentiaryInstitution(code: string): PenitentiaryInstitution {
  const institution = findPenitentiaryInstitution(code);
  if (!institution) throw new UnknownReferenceError('penitentiary-institution', code);
  return institution;
}

/**
 * All institutions with a valid code, ordered by code, including those with status `unverified`.
 * Closed institutions (e.g. Overmaze, Bijlmerbajes, Almere) are not in the data at all.
 */
export function listPenitentiaryInstitutions(): readonly PenitentiaryInstitution[] {
  return INSTITUTIONS;
}
