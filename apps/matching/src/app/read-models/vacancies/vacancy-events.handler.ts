import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import {
  EventEnvelope,
  VACANCY_CLOSED,
  VACANCY_PLACEMENT_RECORDED,
  VACANCY_PUBLISHED,
  VACANCY_UPDATED,
} from '@bridge/contracts';
import { HandlesEvent, HandlesEvents } from '@bridge/messaging';
import { requireMunicipality } from '@bridge/reference-data';
import { TargetReadModel } from '../target-read-model';
import { Vacancy } from './vacancy.entity';

/** Keeps the covenant vacancies, from employers' events; each change is indexed and re-matched. */
@Injectable()
export class VacancyEventsHandler {
  private readonly vacancies = new TargetReadModel(Vacancy, 'vacancyId', 'vacancies', 'vacancy');

  @HandlesEvents(VACANCY_PUBLISHED)
  onPublished(events: EventEnvelope<typeof VACANCY_PUBLISHED>[], manager: EntityManager) {
    return this.vacancies.replace(manager, events.map(stateOf));
  }

  @HandlesEvents(VACANCY_UPDATED)
  onUpdated(events: EventEnvelope<typeof VACANCY_UPDATED>[], manager: EntityManager) {
    return this.vacancies.replace(manager, events.map(stateOf));
  }

  @HandlesEvent(VACANCY_CLOSED)
  async onClosed(event: EventEnvelope<typeof VACANCY_CLOSED>, manager: EntityManager) {
    await this.vacancies.patch(manager, event.payload.vacancyId, event.version, {
      status: 'closed',
    });
  }

  /** One opening taken; the referrals module places the referral on the same event. */
  @HandlesEvent(VACANCY_PLACEMENT_RECORDED)
  async onPlacementRecorded(
    event: EventEnvelope<typeof VACANCY_PLACEMENT_RECORDED>,
    manager: EntityManager,
  ) {
    const { vacancyId, openingsLeft, status } = event.payload;
    await this.vacancies.patch(manager, vacancyId, event.version, { openingsLeft, status });
  }
}

/** The read model's row of a published or updated vacancy: the whole state the event carries. */
function stateOf({
  payload,
  version,
}: EventEnvelope<typeof VACANCY_PUBLISHED> | EventEnvelope<typeof VACANCY_UPDATED>): Vacancy {
  return {
    vacancyId: payload.vacancyId,
    employerId: payload.employerId,
    covenantId: payload.covenantId,
    title: payload.title,
    description: payload.description,
    sector: payload.sector,
    municipalityCode: payload.municipalityCode,
    regionCode: requireMunicipality(payload.municipalityCode).regionCode,
    hoursPerWeek: payload.hoursPerWeek,
    startDate: payload.startDate,
    openings: payload.openings,
    openingsLeft: payload.openingsLeft,
    requiredQualifications: payload.requiredQualifications,
    preferredQualifications: payload.preferredQualifications,
    requiresVog: payload.requiresVog,
    expiresOn: payload.expiresOn,
    status: payload.status,
    version,
  };
}
