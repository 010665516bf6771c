/** What training writes to its audit log (`AuditService<TrainingAuditAction>`, from `@bridge/platform`). */
export type TrainingAuditAction =
  | 'certificate.registered'
  | 'certificate.revoked'
  | 'certificate.read'
  | 'certificates.listed'
  | 'referral.placed'
  | 'audit.read';
