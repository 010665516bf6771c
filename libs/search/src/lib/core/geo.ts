import type { GeoPoint } from '../search-engine.port';

/** Mean earth radius used by Meilisearch (via the `geoutils` crate): 6371 km. */
export const EARTH_RADIUS_METERS = 6371e3;

const RAD = Math.PI / 180;

/**
 * Great-circle distance in meters (haversine formula), computed the way Meilisearch does
 * (`geoutils::Location::haversine_distance_to`: same radius, rounded to the millimetre), so that
 * both adapters agree on which documents fall inside a `geoRadius`.
 */
export function haversineMeters(a: GeoPoint, b: GeoPoint): number {
  const phi1 = a.lat * RAD;
  const phi2 = b.lat * RAD;
  const hav = (theta: number) => (1 - Math.cos(theta)) / 2;
  const h = hav(phi2 - phi1) + Math.cos(phi1) * Math.cos(phi2) * hav((b.lng - a.lng) * RAD);
  const meters = 2 * EARTH_RADIUS_METERS * Math.asin(Math.sqrt(Math.min(1, Math.max(0, h))));
  return Math.round(meters * 1000) / 1000;
}

/** Reads a valid `_geo` point from a document, or `undefined`. */
export function geoOf(document: Record<string, unknown>): GeoPoint | undefined {
  const geo = document['_geo'];
  if (typeof geo !== 'object' || geo === null) return undefined;
  const { lat, lng } = geo as Record<string, unknown>;
  if (typeof lat !== 'number' || typeof lng !== 'number') return undefined;
  if (!Number.isFinite(lat) || !Number.isFinite(lng)) return undefined;
  return { lat, lng };
}

export function isValidLatitude(lat: unknown): lat is number {
  return typeof lat === 'number' && Number.isFinite(lat) && lat >= -90 && lat <= 90;
}

export function isValidLongitude(lng: unknown): lng is number {
  return typeof lng === 'number' && Number.isFinite(lng) && lng >= -180 && lng <= 180;
}

/**
 * A latitude/longitude box that contains every point within `radiusMeters` of `center`
 * (a superset, used to narrow candidates before the exact distance test), or `undefined` when the
 * circle reaches a pole or the antimeridian and no simple box exists.
 */
export function boundingBox(
  center: GeoPoint,
  radiusMeters: number,
): { minLat: number; maxLat: number; minLng: number; maxLng: number } | undefined {
  // Widen by 0.1% so rounding in the exact test never puts a point inside the circle but outside the box.
  const angular = (radiusMeters * 1.001) / EARTH_RADIUS_METERS;
  const dLat = angular / RAD;
  const minLat = center.lat - dLat;
  const maxLat = center.lat + dLat;
  if (minLat <= -90 || maxLat >= 90) return undefined;
  const sinRatio = Math.sin(angular) / Math.cos(center.lat * RAD);
  if (sinRatio >= 1) return undefined;
  const dLng = Math.asin(sinRatio) / RAD;
  const minLng = center.lng - dLng;
  const maxLng = center.lng + dLng;
  if (minLng < -180 || maxLng > 180) return undefined;
  return { minLat, maxLat, minLng, maxLng };
}

/**
 * A latitude/longitude box every point of which lies within `radiusMeters` of `center` (a subset of the circle: the
 * exact distance need not be computed inside it), or `undefined` where no safe one is simple (radius under 100 m or
 * over 1,000 km, near a pole or the antimeridian).
 *
 * Why it is inside: for a point Δφ, Δλ (radians) from the centre, haversine h = hav(Δφ) + cos φ0 cos φ hav(Δλ)
 * <= (Δφ² + cos φ0 cos φmax Δλ²) / 4 with φmax the box's latitude nearest the equator; with |Δφ| <= a and
 * |Δλ| <= a / sqrt(cos φ0 cos φmax) that is <= a² / 2, and a = θ / √2 (1 - θ² / 24) * 0.999 (θ the radius as an
 * angle) keeps a² / 2 under hav(θ) with 0.1 % to spare for rounding.
 */
export function innerBox(
  center: GeoPoint,
  radiusMeters: number,
): { minLat: number; maxLat: number; minLng: number; maxLng: number } | undefined {
  if (radiusMeters < 100 || radiusMeters > 1_000_000) return undefined;
  const theta = radiusMeters / EARTH_RADIUS_METERS;
  const a = (theta / Math.SQRT2) * (1 - theta ** 2 / 24) * 0.999;
  const dLat = a / RAD;
  if (Math.abs(center.lat) + dLat >= 89) return undefined;
  const nearestEquator = Math.max(0, Math.abs(center.lat) - dLat);
  const dLng = a / Math.sqrt(Math.cos(center.lat * RAD) * Math.cos(nearestEquator * RAD)) / RAD;
  const minLng = center.lng - dLng;
  const maxLng = center.lng + dLng;
  if (minLng < -180 || maxLng > 180) return undefined;
  return { minLat: center.lat - dLat, maxLat: center.lat + dLat, minLng, maxLng };
}
