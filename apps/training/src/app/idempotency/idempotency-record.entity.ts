import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

export type IdempotencyState = 'in-progress' | 'completed';

/**
 * The first result of a create request sent with an `Idempotency-Key` header, per caller and
 * operation, so a retry gets that result back instead of creating again.
 */
@Entity({ name: 'idempotency_keys' })
export class IdempotencyRecord {
  /** Who sent it: subject, role and scope claim of the token (see `callerOf`). */
  @PrimaryColumn({ type: 'text' })
  caller: string;

  /** The route handler, e.g. `CertificateController.register`. */
  @PrimaryColumn({ type: 'text' })
  operation: string;

  @PrimaryColumn({ name: 'idempotency_key', type: 'text' })
  idempotencyKey: string;

  /** SHA-256 of the canonical request body: the same key with another body is refused. */
  @Column({ name: 'request_hash', type: 'text' })
  requestHash: string;

  @Column({ type: 'text' })
  state: IdempotencyState;

  @Column({ name: 'response_status', type: 'integer', nullable: true })
  responseStatus: number | null;

  @Column({ name: 'response_body', type: 'jsonb', nullable: true })
  responseBody: unknown;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'completed_at', type: 'timestamptz', nullable: true })
  completedAt: Date | null;
}
