import data from '../data/municipalities.json';
import { UnknownReferenceError } from './errors';
import { deepFreeze, normalizeCode } from './normalize';

/** A Dutch gemeente (CBS municipal set valid from 1 January 2023; 342 gemeenten). */
export interface Municipality {
  /** CBS gemeentecode, e.g. `GM0363`. */
  readonly code: string;
  /** CBS name, e.g. `Amsterdam`, `'s-Gravenhage`, `Hengelo (O.)`. */
  readonly name: string;
  /** Province name, e.g. `Noord-Holland`, `Fryslân`. */
  readonly province: string;
  /** Approximate centroid (WGS84 degrees, ~1 km accuracy): for regional distances, not routing. */
  readonly lat: number;
  readonly lon: number;
  /** Labour market region (arbeidsmarktregio) code, e.g. `AM18`. */
  readonly regionCode: string;
}

const MUNICIPALITIES: readonly Municipality[] = deepFreeze(
  data.municipalities.map(
    (m): Municipality => ({
      code: m.code,
      name: m.name,
      province: m.province,
      lat: m.lat,
      lon: m.lon,
      regionCode: m.regionCode,
    }),
  ),
);

const BY_CODE: ReadonlyMap<string, Municipality> = new Map(MUNICIPALITIES.map((m) => [m.code, m]));

/** The municipality with this CBS code (case-insensitive, e.g. `GM0363`), or `undefined`. */
export function findMunicipality(code: string): Municipality | undefined {
  // The code as stored first: the match engine asks millions of times a minute, almost always so.
  return BY_CODE.get(code) ?? BY_CODE.get(normalizeCode(code));
}

/** Like {@link findMunicipality}, but throws {@link UnknownReferenceError} for an unknown code. */
export function requireMunicipality(code: string): Municipality {
  const municipality = findMunicipality(code);
  if (!municipality) throw new UnknownReferenceError('municipality', code);
  return municipality;
}

/** All 342 municipalities, ordered by code. */
export function listMunicipalities(): readonly Municipality[] {
  return MUNICIPALITIES;
}
