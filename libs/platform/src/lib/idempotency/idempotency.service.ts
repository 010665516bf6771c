import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { ConflictProblem } from '../errors/domain-problem.exception';
import { IdempotencyRecord } from './idempotency-record.entity';
import {
  IDEMPOTENCY_KEY_HEADER,
  IDEMPOTENCY_KEY_TTL_SECONDS,
  IdempotentRequest,
} from './idempotent-request.model';

/** What a replay answers: the first answer, unchanged. */
export interface StoredResponse {
  status: number;
  body: unknown;
}

/** What `transaction` did with a request's key: stored its answer, or replayed a twin's. */
export type IdempotencyOutcome = 'stored' | 'replayed';
const outcomes = new WeakMap<IdempotentRequest, IdempotencyOutcome>();

/** Tells the interceptor what became of the key (undefined: the handler never claimed it). */
export function idempotencyOutcome(request: IdempotentRequest): IdempotencyOutcome | undefined {
  return outcomes.get(request);
}

/**
 * `Idempotency-Key` for creates: "retrying a create with the same key returns the first result
 * and creates nothing new". Rules (also in libs/platform/README.md):
 *
 * - A key belongs to one caller (`callerOf`: subject, role and scope claim) and, once used, to one
 *   route and one body (canonical JSON); the same key with another body or route is a 409 naming
 *   `Idempotency-Key`. Keys of different callers never meet.
 * - The key is claimed at the start of the create's own transaction and its answer stored at the
 *   end of it, so a key is remembered exactly when its resource exists: a create that fails (any
 *   error) rolls the claim back and a retry runs anew; a crash leaves nothing half-done behind.
 * - A concurrent twin waits on the uncommitted claim and then replays the first answer (or, if
 *   that create failed, runs itself). Replays carry `Idempotent-Replayed: true`.
 * - A key is remembered `IDEMPOTENCY_KEY_TTL_SECONDS` (24 h) from its claim; after that it is
 *   free again and its next use overwrites the old record.
 */
@Injectable()
export class IdempotencyService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The stored answer for this caller and key, if any; 409 when the key served another request. */
  async storedResponse(
    request: IdempotentRequest,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<StoredResponse | undefined> {
    const record = await manager
      .createQueryBuilder(IdempotencyRecord, 'record')
      .where('record.caller = :caller AND record.key = :key', {
        caller: request.caller,
        key: request.key,
      })
      .andWhere('record.createdAt >= now() - make_interval(secs => :ttl)', {
        ttl: IDEMPOTENCY_KEY_TTL_SECONDS,
      })
      .getOne();
    if (!record) return undefined;
    if (record.route !== request.route || record.requestHash !== request.requestHash) {
      throw new ConflictProblem(
        `${IDEMPOTENCY_KEY_HEADER} ${JSON.stringify(request.key)} was already used for a different request; use a new key`,
        [
          {
            field: IDEMPOTENCY_KEY_HEADER,
            message: 'was already used for a different request',
          },
        ],
      );
    }
    // Only visible if a claim were ever committed without its answer; the claim and the answer
    // are written in one transaction, so this is a safeguard, not a state callers normally see.
    if (record.responseStatus === null) {
      throw new ConflictProblem(
        `A request with ${IDEMPOTENCY_KEY_HEADER} ${JSON.stringify(request.key)} is still being processed; retry later`,
      );
    }
    return { status: record.responseStatus, body: record.responseBody };
  }

  /**
   * Runs a create in one transaction and, when it came with a key, claims the key first and
   * stores the answer last in that same transaction. `work` must do all its writes through
   * `manager`; its result must be JSON (it is what replays answer).
   */
  async transaction<T>(
    request: IdempotentRequest | undefined,
    work: (manager: EntityManager) => Promise<T>,
  ): Promise<T> {
    if (!request) return this.dataSource.transaction(work);
    return this.dataSource.transaction(async (manager) => {
      // Waits while a twin holding the same key is in flight; claims nothing if that twin
      // committed (unless its record has expired, which this claim then takes over).
      const claimed: unknown[] = await manager.query(
        `INSERT INTO idempotency_keys (caller, idempotency_key, route, request_hash)
         VALUES ($1, $2, $3, $4)
         ON CONFLICT (caller, idempotency_key) DO UPDATE SET
           route = EXCLUDED.route, request_hash = EXCLUDED.request_hash,
           response_status = NULL, response_body = NULL, created_at = now()
         WHERE idempotency_keys.created_at < now() - make_interval(secs => $5)
         RETURNING 1`,
        [
          request.caller,
          request.key,
          request.route,
          request.requestHash,
          IDEMPOTENCY_KEY_TTL_SECONDS,
        ],
      );
      if (claimed.length === 0) {
        const stored = await this.storedResponse(request, manager);
        if (!stored) {
          throw new Error(
            `${IDEMPOTENCY_KEY_HEADER} ${request.key} was neither claimed nor stored`,
          );
        }
        outcomes.set(request, 'replayed');
        return stored.body as T;
      }
      const body = await work(manager);
      await manager.query(
        `UPDATE idempotency_keys SET response_status = $3, response_body = $4::jsonb
         WHERE caller = $1 AND idempotency_key = $2`,
        [request.caller, request.key, request.successStatus, JSON.stringify(body ?? null)],
      );
      outcomes.set(request, 'stored');
      return body;
    });
  }
}
