export const CASEWORK_BASE = '/casemanagement';

export const caseworkPaths = {
  candidates: CASEWORK_BASE,
  register: `${CASEWORK_BASE}/registreren`,
  lookup: `${CASEWORK_BASE}/zoeken`,
  candidate: (id: string) => `${CASEWORK_BASE}/kandidaten/${encodeURIComponent(id)}`,
  edit: (id: string) => `${CASEWORK_BASE}/kandidaten/${encodeURIComponent(id)}/wijzigen`,
  leave: (id: string) => `${CASEWORK_BASE}/kandidaten/${encodeURIComponent(id)}/vertrek`,
};

/** What a link from the list carries to a candidate: the list's filters, for the way back. */
export interface ListState {
  listSearch?: string;
}

export function listPath(state: unknown): string {
  const search = (state as ListState | null)?.listSearch;
  return search ? `${CASEWORK_BASE}?${search}` : CASEWORK_BASE;
}
