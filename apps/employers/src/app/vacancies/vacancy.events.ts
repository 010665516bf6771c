import {
  NewEvent,
  Topic,
  VACANCY_CLOSED,
  VACANCY_PLACEMENT_RECORDED,
  VACANCY_PUBLISHED,
  VACANCY_UPDATED,
  VacancyState,
} from '@bridge/contracts';
import { currentRequestId } from '@bridge/platform';
import type { Vacancy } from './vacancy.entity';

/** `employers.vacancy.published.v1`: the vacancy's full state (key: vacancyId). */
export function vacancyPublished(vacancy: Vacancy): NewEvent<typeof VACANCY_PUBLISHED> {
  return event(VACANCY_PUBLISHED, vacancy, state(vacancy));
}

/** `employers.vacancy.updated.v1`: the vacancy's whole new state (key: vacancyId). */
export function vacancyUpdated(vacancy: Vacancy): NewEvent<typeof VACANCY_UPDATED> {
  return event(VACANCY_UPDATED, vacancy, state(vacancy));
}

/** `employers.vacancy.closed.v1` by its employer (key: vacancyId); the free-text reason stays here. */
export function vacancyClosedByEmployer(vacancy: Vacancy): NewEvent<typeof VACANCY_CLOSED> {
  return event(VACANCY_CLOSED, vacancy, {
    vacancyId: vacancy.id,
    employerId: vacancy.employerId,
    reason: 'closed-by-employer',
  });
}

/** `employers.vacancy.placement-recorded.v1`: a referral took one opening (key: vacancyId). */
export function vacancyPlacementRecorded(vacancy: Vacancy, referralId: string): NewEvent<typeof VACANCY_PLACEMENT_RECORDED> {
  return event(VACANCY_PLACEMENT_RECORDED, vacancy, {
    vacancyId: vacancy.id,
    referralId,
    openingsLeft: vacancy.openingsLeft,
    status: vacancy.status,
  });
}

function event<T extends Topic>(topic: T, vacancy: Vacancy, payload: NewEvent<T>['payload']): NewEvent<T> {
  const correlationId = currentRequestId();
  return {
    topic,
    key: vacancy.id,
    version: vacancy.version,
    payload,
    ...(correlationId ? { correlationId } : {}),
  } as NewEvent<T>;
}

function state(vacancy: Vacancy): VacancyState {
  return {
    vacancyId: vacancy.id,
    employerId: vacancy.employerId,
    covenantId: vacancy.covenantId,
    title: vacancy.title,
    description: vacancy.description,
    sector: vacancy.sector,
    municipalityCode: vacancy.municipalityCode,
    hoursPerWeek: vacancy.hoursPerWeek,
    startDate: vacancy.startDate,
    openings: vacancy.openings,
    openingsLeft: vacancy.openingsLeft,
    requiredQualifications: vacancy.requiredQualifications,
    preferredQualifications: vacancy.preferredQualifications,
    requiresVog: vacancy.requiresVog,
    expiresOn: vacancy.expiresOn,
    status: vacancy.status,
  };
}
