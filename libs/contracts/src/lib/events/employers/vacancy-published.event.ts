import { vacancyStatePayload } from './vacancy-state.schema';

export const VACANCY_PUBLISHED = 'employers.vacancy.published.v1';
/** A covenant vacancy opened (key: vacancyId). */
export const vacancyPublishedPayload = vacancyStatePayload;
