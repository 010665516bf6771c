import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { Principal } from '@bridge/platform';
import { IdempotencyRecord } from './idempotency-record.entity';

/** How long a key is remembered; after that it may be used afresh. */
export const IDEMPOTENCY_KEY_TTL_SECONDS = 24 * 60 * 60;
/** A request still "in progress" after this long is taken to have died and its key is freed. */
export const IDEMPOTENCY_ABANDONED_AFTER_SECONDS = 120;

export interface IdempotencyRef {
  caller: string;
  operation: string;
  key: string;
}

export type IdempotencyBegin =
  | { kind: 'new' }
  | { kind: 'replay'; status: number; body: unknown }
  | { kind: 'in-progress' }
  | { kind: 'mismatch' };

/**
 * Remembers the result of create requests by (caller, operation, key). `begin` reserves the key
 * atomically (one INSERT … ON CONFLICT), so two concurrent retries cannot both create; `complete`
 * stores the first result; `release` frees the key when the request failed, so a corrected retry
 * can run. Only successful results are replayed.
 */
@Injectable()
export class IdempotencyService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async begin(
    ref: IdempotencyRef,
    requestHash: string,
  ): Promise<IdempotencyBegin> {
    const reserved: unknown[] = await this.dataSource.query(
      `INSERT INTO idempotency_keys (caller, operation, idempotency_key, request_hash, state)
       VALUES ($1, $2, $3, $4, 'in-progress')
       ON CONFLICT (caller, operation, idempotency_key) DO UPDATE SET
         request_hash = EXCLUDED.request_hash, state = 'in-progress', response_status = NULL,
         response_body = NULL, created_at = now(), completed_at = NULL
       WHERE idempotency_keys.created_at < now() - make_interval(secs => $5)
          OR (idempotency_keys.state = 'in-progress' AND idempotency_keys.created_at < now() - make_interval(secs => $6))
       RETURNING caller`,
      [
        ref.caller,
        ref.operation,
        ref.key,
        requestHash,
        IDEMPOTENCY_KEY_TTL_SECONDS,
        IDEMPOTENCY_ABANDONED_AFTER_SECONDS,
      ],
    );
    if (reserved.length > 0) return { kind: 'new' };

    const existing = await this.dataSource
      .getRepository(IdempotencyRecord)
      .findOne({
        where: {
          caller: ref.caller,
          operation: ref.operation,
          idempotencyKey: ref.key,
        },
      });
    // Released between our INSERT and this read: let the client retry.
    if (!existing) return { kind: 'in-progress' };
    if (existing.requestHash !== requestHash) return { kind: 'mismatch' };
    if (existing.state !== 'completed' || existing.responseStatus === null)
      return { kind: 'in-progress' };
    return {
      kind: 'replay',
      status: existing.responseStatus,
      body: existing.responseBody,
    };
  }

  async complete(
    ref: IdempotencyRef,
    status: number,
    body: unknown,
  ): Promise<void> {
    await this.dataSource.query(
      `UPDATE idempotency_keys SET state = 'completed', response_status = $4, response_body = $5::jsonb, completed_at = now()
       WHERE caller = $1 AND operation = $2 AND idempotency_key = $3 AND state = 'in-progress'`,
      [
        ref.caller,
        ref.operation,
        ref.key,
        status,
        JSON.stringify(body ?? null),
      ],
    );
  }

  async release(ref: IdempotencyRef): Promise<void> {
    await this.dataSource.query(
      `DELETE FROM idempotency_keys WHERE caller = $1 AND operation = $2 AND idempotency_key = $3 AND state = 'in-progress'`,
      [ref.caller, ref.operation, ref.key],
    );
  }
}

/** The caller a key belongs to: the token's subject, role and scope claim. */
export function callerOf(principal: Principal): string {
  switch (principal.role) {
    case 'workshop-leader':
    case 'casemanager':
      return `${principal.role}:${principal.sub}:${principal.pi}`;
    case 'employer':
      return `${principal.role}:${principal.sub}:${principal.employerId}`;
    case 'education-provider':
      return `${principal.role}:${principal.sub}:${principal.brin}`;
    case 'uwv-advisor':
      return `${principal.role}:${principal.sub}:${[...principal.regions].sort().join(',')}`;
    case 'admin':
      return `${principal.role}:${principal.sub}`;
  }
}

/** SHA-256 of a JSON value with object keys sorted, so key order does not change the hash. */
export function requestHash(body: unknown): string {
  return createHash('sha256').update(canonicalJson(body)).digest('hex');
}

export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}
