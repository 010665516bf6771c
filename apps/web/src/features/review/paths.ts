/** Where the advisor's screens live (the area's base path) and how a review is addressed. */
export const REVIEW_BASE = '/beoordelen';

export const reviewPath = (suggestionId: string) =>
  `${REVIEW_BASE}/suggesties/${encodeURIComponent(suggestionId)}`;
