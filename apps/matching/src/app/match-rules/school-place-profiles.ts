import { EntityManager } from 'typeorm';
import { Covenant } from '../read-models/covenants/covenant.entity';
import { covenantsById } from '../read-models/covenants/covenants-by-id';
import { SchoolPlace } from '../read-models/school-places/school-place.entity';
import type { TargetProfile } from './match-rules';

/** School places as the match rules see them, the covenants they name read in one statement. */
export async function schoolPlaceProfilesOf(
  manager: EntityManager,
  places: SchoolPlace[],
): Promise<TargetProfile[]> {
  const covenantById = await covenantsById(
    manager,
    places.flatMap((place) => (place.covenantId ? [place.covenantId] : [])),
  );
  return places.map((place) =>
    schoolPlaceProfile(place, place.covenantId ? covenantById.get(place.covenantId) : undefined),
  );
}

/**
 * A school place as the match rules see it: the entry requirements are the required
 * qualifications and the minimum level; no VOG is asked; the covenant is optional (`null`), but
 * one the place names is active only when it is the school's own (same BRIN) and holds on the
 * start date. `covenant` is the one it names (`undefined`: none, or one unknown to matching).
 */
export function schoolPlaceProfile(
  place: SchoolPlace,
  covenant: Covenant | undefined,
): TargetProfile {
  return {
    id: place.schoolPlaceId,
    type: 'school-place',
    title: place.title,
    open: place.status === 'open',
    placesLeft: place.seatsLeft,
    municipalityCode: place.municipalityCode,
    regionCode: place.regionCode,
    startDate: place.startDate,
    sector: place.sector,
    requiredQualifications: place.requiredQualifications,
    preferredQualifications: [],
    requiresVog: false,
    minLevel: place.minLevel,
    covenant: place.covenantId
      ? {
          active:
            !!covenant && covenant.brin === place.brin && covenant.isActiveOn(place.startDate),
          piCodes: covenant?.piCodes ?? [],
        }
      : null,
  };
}
