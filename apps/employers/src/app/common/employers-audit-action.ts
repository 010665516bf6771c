/** What the employers service writes to its audit log (`AuditService<EmployersAuditAction>`, from `@bridge/platform`). */
export type EmployersAuditAction =
  | 'referral.placed'
  | 'placement.followed-up'
  | 'placement-follow-ups.listed'
  | 'audit.read';
