import data from '../data/labour-market-regions.json';
import { UnknownReferenceError } from './errors';
import { findMunicipality, Municipality, requireMunicipality } from './municipalities';
import { deepFreeze, normalizeCode } from './normalize';

/** An arbeidsmarktregio (one of the 35 labour market regions of UWV/CBS). */
export interface LabourMarketRegion {
  /** CBS code, e.g. `AM18`. Not consecutive: AM04, AM16 and AM31 do not exist. */
  readonly code: string;
  /** CBS short name, e.g. `Groot Amsterdam`. */
  readonly name: string;
  /** Member municipalities (CBS codes), ordered by code. Every municipality is in exactly one region. */
  readonly municipalityCodes: readonly string[];
}

const REGIONS: readonly LabourMarketRegion[] = deepFreeze(
  data.regions.map(
    (r): LabourMarketRegion => ({
      code: r.code,
      name: r.name,
      municipalityCodes: [...r.municipalityCodes],
    }),
  ),
);

const BY_CODE: ReadonlyMap<string, LabourMarketRegion> = new Map(REGIONS.map((r) => [r.code, r]));

/** The region with this code (case-insensitive, e.g. `AM18`), or `undefined`. */
export function findRegion(code: string): LabourMarketRegion | undefined {
  return BY_CODE.get(normalizeCode(code));
}

/** Like {@link findRegion}, but throws {@link UnknownReferenceError} for an unknown code. */
export function requireRegion(code: string): LabourMarketRegion {
  const region = findRegion(code);
  if (!region) throw new UnknownReferenceError('labour-market-region', code);
  return region;
}

/** All 35 regions, ordered by code. */
export function listRegions(): readonly LabourMarketRegion[] {
  return REGIONS;
}

/** The region a municipality belongs to, or `undefined` when the municipality code is unknown. */
export function regionOfMunicipality(municipalityCode: string): LabourMarketRegion | undefined {
  const municipality = findMunicipality(municipalityCode);
  return municipality && BY_CODE.get(municipality.regionCode);
}

/** The municipalities of a region, ordered by code; throws {@link UnknownReferenceError} for an unknown region. */
export function municipalitiesOfRegion(regionCode: string): readonly Municipality[] {
  return requireRegion(regionCode).municipalityCodes.map((code) => requireMunicipality(code));
}
