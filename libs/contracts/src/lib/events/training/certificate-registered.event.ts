import { z } from 'zod';
import { crebo, entityId, isoDate, piCode } from '../../common.schemas';

export const CERTIFICATE_REGISTERED = 'training.certificate.registered.v1';

/** An In-Made practice certificate was registered for a candidate (key: certificateId). */
export const certificateRegisteredPayload = z.object({
  certificateId: entityId,
  candidateId: entityId,
  piCode,
  crebo,
  title: z.string().min(1),
  level: z.number().int().min(1).max(4),
  sector: z.string().min(1),
  workshopId: entityId.optional(),
  workProcesses: z.array(z.string().min(1).max(200)).default([]),
  issuedOn: isoDate,
});
export type CertificateRegistered = z.infer<typeof certificateRegisteredPayload>;
