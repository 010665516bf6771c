/** What training writes to its audit log (`AuditService<TrainingAuditAction>`, from `@bridge/platform`). */
export type TrainingAuditAction =
  | 'certificate.registered'
  | 'certificate.revoked'
  | 'certificate.read'
  | 'certificates.listed'
  | 'referral.placed'
  | 'placement.followed-up'
  | 'placement-follow-ups.listed'
  | 'audit.read';
