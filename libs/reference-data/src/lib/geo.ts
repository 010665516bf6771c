import { listMunicipalities, Municipality, requireMunicipality } from './municipalities';

/** Mean Earth radius (IUGG), km. */
export const EARTH_RADIUS_KM = 6371.0088;

export interface LatLon {
  readonly lat: number;
  readonly lon: number;
}

export interface MunicipalityDistance {
  readonly municipality: Municipality;
  readonly distanceKm: number;
}

const RAD = Math.PI / 180;

/** Great-circle (haversine) distance in km between two WGS84 points. */
export function haversineKm(a: LatLon, b: LatLon): number {
  const dLat = (b.lat - a.lat) * RAD;
  const dLon = (b.lon - a.lon) * RAD;
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(a.lat * RAD) * Math.cos(b.lat * RAD) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * Great-circle distance in km between the centroids of two municipalities (0 for the same one).
 * Centroids are approximate (~1 km), so treat the result as ±1-2 km.
 * Throws {@link UnknownReferenceError} when either code is unknown.
 */
export function distanceKm(municipalityCodeA: string, municipalityCodeB: string): number {
  return haversineKm(
    requireMunicipality(municipalityCodeA),
    requireMunicipality(municipalityCodeB),
  );
}

/**
 * Every municipality whose centroid lies within `km` (inclusive) of the centroid of `code`,
 * nearest first (ties by code); includes the municipality itself at distance 0.
 * Throws {@link UnknownReferenceError} for an unknown code and `RangeError` for a negative or
 * non-finite `km`.
 */
export function municipalitiesWithinKm(code: string, km: number): MunicipalityDistance[] {
  if (!Number.isFinite(km) || km < 0)
    throw new RangeError(`km must be a finite number >= 0, got ${km}`);
  const origin = requireMunicipality(code);
  return listMunicipalities()
    .map((municipality) => ({
      municipality,
      distanceKm: haversineKm(origin, municipality),
    }))
    .filter((d) => d.distanceKm <= km)
    .sort(
      (a, b) =>
        a.distanceKm - b.distanceKm || a.municipality.code.localeCompare(b.municipality.code),
    );
}
