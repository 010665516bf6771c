export const CASEWORK_BASE = '/casemanagement';

export const caseworkPaths = {
  candidates: CASEWORK_BASE,
  register: `${CASEWORK_BASE}/registreren`,
  lookup: `${CASEWORK_BASE}/zoeken`,
  candidate: (id: string) => `${CASEWORK_BASE}/kandidaten/${encodeURIComponent(id)}`,
  edit: (id: string) => `${CASEWORK_BASE}/kandidaten/${encodeURIComponent(id)}/wijzigen`,
  leave: (id: string) => `${CASEWORK_BASE}/kandidaten/${encodeURIComponent(id)}/vertrek`,
};
