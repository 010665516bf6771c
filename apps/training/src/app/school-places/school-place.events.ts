import {
  NewEvent,
  SCHOOL_PLACE_PLACEMENT_FOLLOWED_UP,
  SCHOOL_PLACE_PLACEMENT_RECORDED,
  SCHOOL_PLACE_PUBLISHED,
  SCHOOL_PLACE_UPDATED,
  SCHOOL_PLACE_WITHDRAWN,
  SchoolPlaceState,
} from '@bridge/contracts';
import type { FollowUpAnswer } from '@bridge/platform';
import type { SchoolPlace } from './school-place.entity';

/** `training.school-place.published.v1`: the place's full state (key: schoolPlaceId). */
export function schoolPlacePublished(place: SchoolPlace): NewEvent<typeof SCHOOL_PLACE_PUBLISHED> {
  return {
    topic: SCHOOL_PLACE_PUBLISHED,
    key: place.id,
    version: place.version,
    payload: state(place),
  };
}

/** `training.school-place.updated.v1`: the place's whole new state (key: schoolPlaceId). */
export function schoolPlaceUpdated(place: SchoolPlace): NewEvent<typeof SCHOOL_PLACE_UPDATED> {
  return {
    topic: SCHOOL_PLACE_UPDATED,
    key: place.id,
    version: place.version,
    payload: state(place),
  };
}

/** `training.school-place.withdrawn.v1` (key: schoolPlaceId). */
export function schoolPlaceWithdrawn(place: SchoolPlace): NewEvent<typeof SCHOOL_PLACE_WITHDRAWN> {
  return {
    topic: SCHOOL_PLACE_WITHDRAWN,
    key: place.id,
    version: place.version,
    payload: { schoolPlaceId: place.id, brin: place.brin },
  };
}

/** `training.school-place.placement-recorded.v1`: a referral took one seat (key: schoolPlaceId). */
export function schoolPlacePlacementRecorded(
  place: SchoolPlace,
  referralId: string,
): NewEvent<typeof SCHOOL_PLACE_PLACEMENT_RECORDED> {
  return {
    topic: SCHOOL_PLACE_PLACEMENT_RECORDED,
    key: place.id,
    version: place.version,
    payload: {
      schoolPlaceId: place.id,
      referralId,
      seatsLeft: place.seatsLeft,
      status: place.status,
    },
  };
}

/**
 * `training.school-place.placement-followed-up.v1` (key: schoolPlaceId): the school's answer at a
 * checkpoint. The place does not change, so the event carries its current version.
 */
export function schoolPlacePlacementFollowedUp(
  place: SchoolPlace,
  placement: { id: string; referralId: string },
  answer: FollowUpAnswer,
): NewEvent<typeof SCHOOL_PLACE_PLACEMENT_FOLLOWED_UP> {
  return {
    topic: SCHOOL_PLACE_PLACEMENT_FOLLOWED_UP,
    key: place.id,
    version: place.version,
    payload: {
      schoolPlaceId: place.id,
      placementId: placement.id,
      referralId: placement.referralId,
      checkpoint: answer.checkpoint,
      holds: answer.holds,
      endedOn: answer.endedOn,
    },
  };
}

function state(place: SchoolPlace): SchoolPlaceState {
  return {
    schoolPlaceId: place.id,
    brin: place.brin,
    covenantId: place.covenantId,
    crebo: place.crebo,
    title: place.title,
    level: place.level,
    sector: place.sector,
    learningPath: place.learningPath,
    municipalityCode: place.municipalityCode,
    startDate: place.startDate,
    seats: place.seats,
    seatsLeft: place.seatsLeft,
    status: place.status,
    entryRequirements: {
      minLevel: place.minLevel,
      requiredQualifications: place.requiredQualifications,
    },
  };
}
