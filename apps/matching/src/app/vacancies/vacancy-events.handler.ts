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
import { enqueueMatching } from '../match-engine/match-queue';
import { isNewer } from '../read-model';
import { ReferralsService } from '../referrals/referrals.service';
import { enqueueIndexing } from '../search-indexes/search-index-queue';
import { Vacancy } from './vacancy.entity';

/** Keeps the covenant vacancies, from employers' events; each change is indexed and re-matched. */
@Injectable()
export class VacancyEventsHandler {
  constructor(private readonly referrals: ReferralsService) {}

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
    await this.patch(manager, event.payload.vacancyId, event.version, { status: 'closed' });
  }

  /**
   * One opening taken, and the referral placed. The referral follows even when a newer vacancy
   * event got here first: the version orders the vacancy's states, not its placements.
   */
  @HandlesEvent(VACANCY_PLACEMENT_RECORDED)
  async onPlacementRecorded(event: EventEnvelope<typeof VACANCY_PLACEMENT_RECORDED>, manager: EntityManager) {
    const { vacancyId, referralId, openingsLeft, status } = event.payload;
    await this.patch(manager, vacancyId, event.version, { openingsLeft, status });
    await this.referrals.recordPlacement(manager, { referralId, targetId: vacancyId, targetType: 'vacancy' });
  }

  private async upsert(
    event: EventEnvelope<typeof VACANCY_PUBLISHED> | EventEnvelope<typeof VACANCY_UPDATED>,
    manager: EntityManager,
  ) {
    const { payload } = event;
    const existing = await manager.findOneBy(Vacancy, { vacancyId: payload.vacancyId });
    if (!isNewer(existing, event.version)) return;
    await manager.save(Vacancy, {
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
    await this.changed(manager, payload.vacancyId);
  }

  private async patch(manager: EntityManager, vacancyId: string, version: number, changes: Partial<Vacancy>) {
    const existing = await manager.findOneBy(Vacancy, { vacancyId });
    if (!existing || !isNewer(existing, version)) return;
    await manager.update(Vacancy, { vacancyId }, { ...changes, version });
    await this.changed(manager, vacancyId);
  }

  private async changed(manager: EntityManager, vacancyId: string) {
    await enqueueIndexing(manager, 'vacancies', [vacancyId]);
    await enqueueMatching(manager, 'vacancy', [vacancyId]);
  }
}
