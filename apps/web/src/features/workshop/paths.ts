export const WORKSHOP_BASE = '/werkplaats';

export const workshopPaths = {
  candidates: WORKSHOP_BASE,
  candidate: (id: string) => `${WORKSHOP_BASE}/kandidaten/${encodeURIComponent(id)}`,
  registerCertificate: (candidateId: string) =>
    `${WORKSHOP_BASE}/kandidaten/${encodeURIComponent(candidateId)}/praktijkverklaring`,
  revokeCertificate: (candidateId: string, certificateId: string) =>
    `${WORKSHOP_BASE}/kandidaten/${encodeURIComponent(candidateId)}/praktijkverklaringen/${encodeURIComponent(certificateId)}/intrekken`,
};
