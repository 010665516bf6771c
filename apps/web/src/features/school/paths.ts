/** The school's screens, below the area's base path. */
export const SCHOOL_BASE = '/school';
export const schoolPaths = {
  places: SCHOOL_BASE,
  newPlace: `${SCHOOL_BASE}/schoolplekken/nieuw`,
  place: (id: string) => `${SCHOOL_BASE}/schoolplekken/${encodeURIComponent(id)}`,
  followUps: `${SCHOOL_BASE}/opvolging`,
  editPlace: (id: string) => `${SCHOOL_BASE}/schoolplekken/${encodeURIComponent(id)}/wijzigen`,
};
