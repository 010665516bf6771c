import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import {
  EventEnvelope,
  SCHOOL_PLACE_PLACEMENT_RECORDED,
  SCHOOL_PLACE_PUBLISHED,
  SCHOOL_PLACE_UPDATED,
  SCHOOL_PLACE_WITHDRAWN,
} from '@bridge/contracts';
import { HandlesEvent, HandlesEvents } from '@bridge/messaging';
import { requireMunicipality } from '@bridge/reference-data';
import { TargetReadModel } from '../target-read-model';
import { SchoolPlace } from './school-place.entity';

/** Keeps training's school places; each change is indexed and re-matched. */
@Injectable()
export class SchoolPlaceEventsHandler {
  private readonly schoolPlaces = new TargetReadModel(
    SchoolPlace,
    'schoolPlaceId',
    'school_places',
    'school-place',
  );

  @HandlesEvents(SCHOOL_PLACE_PUBLISHED)
  onPublished(events: EventEnvelope<typeof SCHOOL_PLACE_PUBLISHED>[], manager: EntityManager) {
    return this.schoolPlaces.replace(manager, events.map(stateOf));
  }

  @HandlesEvents(SCHOOL_PLACE_UPDATED)
  onUpdated(events: EventEnvelope<typeof SCHOOL_PLACE_UPDATED>[], manager: EntityManager) {
    return this.schoolPlaces.replace(manager, events.map(stateOf));
  }

  @HandlesEvent(SCHOOL_PLACE_WITHDRAWN)
  async onWithdrawn(event: EventEnvelope<typeof SCHOOL_PLACE_WITHDRAWN>, manager: EntityManager) {
    await this.schoolPlaces.patch(manager, event.payload.schoolPlaceId, event.version, {
      status: 'withdrawn',
    });
  }

  /** One seat taken; the referrals module places the referral on the same event. */
  @HandlesEvent(SCHOOL_PLACE_PLACEMENT_RECORDED)
  async onPlacementRecorded(
    event: EventEnvelope<typeof SCHOOL_PLACE_PLACEMENT_RECORDED>,
    manager: EntityManager,
  ) {
    const { schoolPlaceId, seatsLeft, status } = event.payload;
    await this.schoolPlaces.patch(manager, schoolPlaceId, event.version, { seatsLeft, status });
  }
}

/** The read model's row of a published or updated school place: the whole state the event carries. */
function stateOf({
  payload,
  version,
}:
  | EventEnvelope<typeof SCHOOL_PLACE_PUBLISHED>
  | EventEnvelope<typeof SCHOOL_PLACE_UPDATED>): SchoolPlace {
  return {
    schoolPlaceId: payload.schoolPlaceId,
    brin: payload.brin,
    covenantId: payload.covenantId,
    crebo: payload.crebo,
    title: payload.title,
    level: payload.level,
    sector: payload.sector,
    learningPath: payload.learningPath,
    municipalityCode: payload.municipalityCode,
    regionCode: requireMunicipality(payload.municipalityCode).regionCode,
    startDate: payload.startDate,
    seats: payload.seats,
    seatsLeft: payload.seatsLeft,
    minLevel: payload.entryRequirements.minLevel,
    requiredQualifications: payload.entryRequirements.requiredQualifications,
    status: payload.status,
    version,
  };
}
