import { z } from 'zod';
import { crebo, entityId, isoDateTime } from '../../common.schemas';

export const CERTIFICATE_REVOKED = 'training.certificate.revoked.v1';

/** A certificate stops counting everywhere (key: certificateId). The reason stays in training. */
export const certificateRevokedPayload = z.object({
  certificateId: entityId,
  candidateId: entityId,
  crebo,
  revokedAt: isoDateTime,
});
export type CertificateRevoked = z.infer<typeof certificateRevokedPayload>;
