import { NewEvent, VACANCY_PUBLISHED } from '@bridge/contracts';
import { currentRequestId } from '@bridge/platform';
import type { Vacancy } from './vacancy.entity';

/** `employers.vacancy.published.v1`: the vacancy's full state (key: vacancyId). */
export function vacancyPublished(vacancy: Vacancy): NewEvent<typeof VACANCY_PUBLISHED> {
  const correlationId = currentRequestId();
  return {
    topic: VACANCY_PUBLISHED,
    key: vacancy.id,
    version: vacancy.version,
    payload: {
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
    },
    ...(correlationId ? { correlationId } : {}),
  };
}
