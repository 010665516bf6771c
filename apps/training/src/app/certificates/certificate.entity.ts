import { Column, Entity, PrimaryColumn } from 'typeorm';

export const CERTIFICATE_STATUSES = ['valid', 'revoked'] as const;
export type CertificateStatus = (typeof CERTIFICATE_STATUSES)[number];

/**
 * An In-Made practice certificate (praktijkverklaring): a candidate showed the work of an MBO
 * qualification in a workshop. `title`, `level` and `sector` are the reference data as they stood
 * when it was issued. `version` is the aggregate version carried by its events.
 */
@Entity({ name: 'certificates' })
export class Certificate {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'candidate_id', type: 'text' })
  candidateId: string;

  /** The PI the candidate was in when the certificate was registered (the issuing PI). */
  @Column({ name: 'pi_code', type: 'text' })
  piCode: string;

  @Column({ type: 'text' })
  crebo: string;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'smallint' })
  level: number;

  @Column({ type: 'text' })
  sector: string;

  @Column({ name: 'workshop_id', type: 'text', nullable: true })
  workshopId: string | null;

  @Column({ name: 'work_processes', type: 'text', array: true })
  workProcesses: string[];

  @Column({ name: 'issued_on', type: 'date' })
  issuedOn: string;

  @Column({ type: 'text' })
  status: CertificateStatus;

  @Column({ type: 'integer' })
  version: number;

  /** `sub` of the workshop leader or admin who registered it. */
  @Column({ name: 'registered_by', type: 'text' })
  registeredBy: string;

  @Column({ name: 'registered_at', type: 'timestamptz' })
  registeredAt: Date;

  @Column({ name: 'revoked_by', type: 'text', nullable: true })
  revokedBy: string | null;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  /** Stays in training: the revoked event carries no reason. */
  @Column({ name: 'revocation_reason', type: 'text', nullable: true })
  revocationReason: string | null;
}
