import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import {
  EventEnvelope,
  VACANCY_CLOSED,
  VACANCY_PLACEMENT_RECORDED,
  VACANCY_PUBLISHED,
  VACANCY_UPDATED,
} from '@bridge/contracts';
import { HandlesEvent } from '@bridge/messaging';
import { requireMunicipality } from '@bridge/reference-data';
import { TargetReadModel } from '../target-read-model';
import { Vacancy } from './vacancy.entity';

/** Keeps the covenant vacancies, from employers' events; each change is indexed and re-matched. */
@Injectable()
export class VacancyEventsHandler {
  private readonly vacancies = new TargetReadModel(Vacancy, 'vacancyId', 'vacancies', 'vacancy');

  @HandlesEvent(VACANCY_PUBLISHED)
  onPublished(event: EventEnvelope<typeof VACANCY_PUBLISHED>, manager: EntityManager) {
    return this.upsert(event, manager);
  }

  @HandlesEvent(VACANCY_UPDATED)
  onUpdated(event: EventEnvelope<typeof VACANCY_UPDATED>, manager: EntityManager) {
    return this.upsert(event, manager);
  }

  @HandlesEvent(VACANCY_CLOSED)
  async onClosed(event: EventEnvelope<typeof VACANCY_CLOSED>, manager: EntityManager) {
    await this.vacancies.patch(manager, event.payload.vacancyId, event.version, { status: 'closed' });
  }

  /** One opening taken; the referrals module places the referral on the same event. */
  @HandlesEvent(VACANCY_PLACEMENT_RECORDED)
  async onPlacementRecorded(event: EventEnvelope<typeof VACANCY_PLACEMENT_RECORDED>, manager: EntityManager) {
    const { vacancyId, openingsLeft, status } = event.payload;
    await this.vacancies.patch(manager, vacancyId, event.version, { openingsLeft, status });
  }

  private async upsert(
    event: EventEnvelope<typeof VACANCY_PUBLISHED> | EventEnvelope<typeof VACANCY_UPDATED>,
    manager: EntityManager,
  ) {
    const { payload } = event;
    await this.vacancies.replace(manager, payload.vacancyId, {
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
      version: event.version,
    });
  }
}
