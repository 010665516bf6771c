import { CERTIFICATE_REGISTERED, CERTIFICATE_REVOKED, NewEvent } from '@bridge/contracts';
import type { Certificate } from './certificate.entity';

/** `training.certificate.registered.v1`: what matching needs to match on it (key: certificateId). */
export function certificateRegistered(
  certificate: Certificate,
): NewEvent<typeof CERTIFICATE_REGISTERED> {
  return {
    topic: CERTIFICATE_REGISTERED,
    key: certificate.id,
    version: certificate.version,
    payload: {
      certificateId: certificate.id,
      candidateId: certificate.candidateId,
      piCode: certificate.piCode,
      crebo: certificate.crebo,
      title: certificate.title,
      level: certificate.level,
      sector: certificate.sector,
      ...(certificate.workshopId !== null && { workshopId: certificate.workshopId }),
      workProcesses: certificate.workProcesses,
      issuedOn: certificate.issuedOn,
    },
  };
}

/** `training.certificate.revoked.v1` (key: certificateId); the reason stays in training. */
export function certificateRevoked(
  certificate: Certificate & { revokedAt: Date },
): NewEvent<typeof CERTIFICATE_REVOKED> {
  return {
    topic: CERTIFICATE_REVOKED,
    key: certificate.id,
    version: certificate.version,
    payload: {
      certificateId: certificate.id,
      candidateId: certificate.candidateId,
      crebo: certificate.crebo,
      revokedAt: certificate.revokedAt.toISOString(),
    },
  };
}
