/** The employer's screens, below the area's base path. */
export const EMPLOYER_BASE = '/werkgever';
export const employerPaths = {
  vacancies: EMPLOYER_BASE,
  newVacancy: `${EMPLOYER_BASE}/vacatures/nieuw`,
  vacancy: (id: string) => `${EMPLOYER_BASE}/vacatures/${encodeURIComponent(id)}`,
  editVacancy: (id: string) => `${EMPLOYER_BASE}/vacatures/${encodeURIComponent(id)}/wijzigen`,
  covenants: `${EMPLOYER_BASE}/convenanten`,
  followUps: `${EMPLOYER_BASE}/opvolging`,
};
