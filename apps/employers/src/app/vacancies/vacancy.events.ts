import {
  NewEvent,
  VACANCY_CLOSED,
  VACANCY_PLACEMENT_FOLLOWED_UP,
  VACANCY_PLACEMENT_RECORDED,
  VACANCY_PUBLISHED,
  VACANCY_UPDATED,
  VacancyClosed,
  VacancyState,
} from '@bridge/contracts';
import type { FollowUpAnswer } from '@bridge/platform';
import { aggregateEvent } from '../common/aggregate-event';
import type { Vacancy } from './vacancy.entity';

/** `employers.vacancy.published.v1`: the vacancy's full state (key: vacancyId). */
export function vacancyPublished(vacancy: Vacancy): NewEvent<typeof VACANCY_PUBLISHED> {
  return aggregateEvent(VACANCY_PUBLISHED, vacancy, state(vacancy));
}

/** `employers.vacancy.updated.v1`: the vacancy's whole new state (key: vacancyId). */
export function vacancyUpdated(vacancy: Vacancy): NewEvent<typeof VACANCY_UPDATED> {
  return aggregateEvent(VACANCY_UPDATED, vacancy, state(vacancy));
}

/** Why a vacancy closed: its employer closed it, its expiry passed, or its covenant is over. */
export type VacancyCloseReason = VacancyClosed['reason'];

/** `employers.vacancy.closed.v1` (key: vacancyId); an employer's free-text reason stays here. */
export function vacancyClosed(
  vacancy: Vacancy,
  reason: VacancyCloseReason,
): NewEvent<typeof VACANCY_CLOSED> {
  return aggregateEvent(VACANCY_CLOSED, vacancy, {
    vacancyId: vacancy.id,
    employerId: vacancy.employerId,
    reason,
  });
}

/** `employers.vacancy.placement-recorded.v1`: a referral took one opening (key: vacancyId). */
export function vacancyPlacementRecorded(
  vacancy: Vacancy,
  referralId: string,
): NewEvent<typeof VACANCY_PLACEMENT_RECORDED> {
  return aggregateEvent(VACANCY_PLACEMENT_RECORDED, vacancy, {
    vacancyId: vacancy.id,
    referralId,
    openingsLeft: vacancy.openingsLeft,
    status: vacancy.status,
  });
}

/**
 * `employers.vacancy.placement-followed-up.v1` (key: vacancyId): the employer's answer at a
 * checkpoint. The vacancy does not change, so the event carries its current version.
 */
export function vacancyPlacementFollowedUp(
  vacancy: Vacancy,
  placement: { id: string; referralId: string },
  answer: FollowUpAnswer,
): NewEvent<typeof VACANCY_PLACEMENT_FOLLOWED_UP> {
  return aggregateEvent(VACANCY_PLACEMENT_FOLLOWED_UP, vacancy, {
    vacancyId: vacancy.id,
    placementId: placement.id,
    referralId: placement.referralId,
    checkpoint: answer.checkpoint,
    holds: answer.holds,
    endedOn: answer.endedOn,
  });
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
