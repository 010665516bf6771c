import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One read of candidate data or one review decision: who, as what role, did what, when. */
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

  @Column({ name: 'candidate_id', type: 'uuid', nullable: true })
  candidateId: string | null;

  @Column({ name: 'target_id', type: 'text', nullable: true })
  targetId: string | null;

  @Column({ name: 'request_id', type: 'text', nullable: true })
  requestId: string | null;
}
