import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The first answer to a create sent with an `Idempotency-Key`, per caller and key. Written in the
 * transaction of the create itself, so a key is remembered exactly when its resource exists.
 * Table: `IdempotencyKeysTable1764300000050`.
 */
@Entity({ name: 'idempotency_keys' })
export class IdempotencyRecord {
  /** `callerOf(principal)`: subject, role and scope claim of the token. */
  @PrimaryColumn({ type: 'text' })
  caller: string;

  @PrimaryColumn({ name: 'idempotency_key', type: 'text' })
  key: string;

  /** `POST /vacancies`: a key belongs to one route. */
  @Column({ type: 'text' })
  route: string;

  /** SHA-256 of the request body (canonical JSON): a key belongs to one request. */
  @Column({ name: 'request_hash', type: 'text' })
  requestHash: string;

  /** Null only inside the creating transaction, before the answer is known. */
  @Column({ name: 'response_status', type: 'integer', nullable: true })
  responseStatus: number | null;

  @Column({ name: 'response_body', type: 'jsonb', nullable: true })
  responseBody: unknown;

  /** When the key was claimed; it expires `IDEMPOTENCY_KEY_TTL_SECONDS` later. */
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;
}
