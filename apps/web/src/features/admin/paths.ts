/** The admin's screens (absolute paths, so links read the same from every screen). */
export const ADMIN_BASE = '/beheer';

export const adminPaths = {
  employers: `${ADMIN_BASE}/werkgevers`,
  newEmployer: `${ADMIN_BASE}/werkgevers/nieuw`,
  employer: (id: string) => `${ADMIN_BASE}/werkgevers/${encodeURIComponent(id)}`,
  providers: `${ADMIN_BASE}/scholen`,
  newProvider: `${ADMIN_BASE}/scholen/nieuw`,
  provider: (brin: string) => `${ADMIN_BASE}/scholen/${encodeURIComponent(brin)}`,
  covenants: `${ADMIN_BASE}/convenanten`,
  newCovenant: `${ADMIN_BASE}/convenanten/nieuw`,
  covenant: (id: string) => `${ADMIN_BASE}/convenanten/${encodeURIComponent(id)}`,
  insights: `${ADMIN_BASE}/inzicht`,
  insightsFairness: `${ADMIN_BASE}/inzicht/eerlijkheid`,
  insightsReviews: `${ADMIN_BASE}/inzicht/beoordelingen`,
  insightsCertificates: `${ADMIN_BASE}/inzicht/praktijkverklaringen`,
  audit: `${ADMIN_BASE}/auditlog`,
  reindex: `${ADMIN_BASE}/zoekindex`,
};
