import { vacancyStatePayload } from './vacancy-state.schema';

export const VACANCY_UPDATED = 'employers.vacancy.updated.v1';
/** A vacancy changed; the payload is its whole new state (key: vacancyId). */
export const vacancyUpdatedPayload = vacancyStatePayload;
