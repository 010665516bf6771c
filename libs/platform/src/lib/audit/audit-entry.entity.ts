import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * What else an entry records of an export: the filters it applied (codes, statuses, dates) and how
 * many rows it wrote. Codes and counts only, like the rest of the log: never free text.
 */
export interface AuditDetails {
  filters?: Record<string, string>;
  rows?: number;
}

/**
 * One read of candidate data or one decision about a candidate: who, as what role, did what, when.
 * Every service keeps its own log in its own database (table `audit_entries`, created by
 * `createAuditLogTable` in a migration of the service), append-only.
 */
@Entity({ name: 'audit_entries' })
export class AuditEntry {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  at: Date;

  @Column({ type: 'text' })
  actor: string;

  @Column({ type: 'text' })
  role: string;

  @Column({ type: 'text' })
  action: string;

  /** The candidate's pseudonym; never a DJI number. */
  @Column({ name: 'candidate_id', type: 'uuid', nullable: true })
  candidateId: string | null;

  @Column({ name: 'target_id', type: 'text', nullable: true })
  targetId: string | null;

  /** A referral: the only handle on a candidate that employers and schools ever get. */
  @Column({ name: 'referral_id', type: 'text', nullable: true })
  referralId: string | null;

  @Column({ name: 'request_id', type: 'text', nullable: true })
  requestId: string | null;

  /** The PI the action was done for (e.g. the PI a candidate was registered or transferred at). */
  @Column({ name: 'pi_code', type: 'text', nullable: true })
  piCode: string | null;

  /** The other PI involved: where a transferred candidate came from, where a refused lookup's candidate is. */
  @Column({ name: 'other_pi_code', type: 'text', nullable: true })
  otherPiCode: string | null;

  @Column({ type: 'jsonb', nullable: true })
  details: AuditDetails | null;
}
