import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { ConflictProblem } from '@bridge/platform';
import { IdempotencyRecord } from './idempotency-record.entity';
import { IdempotentRequest } from './idempotent-request';

/** What a replay answers: the first answer, unchanged. */
export interface StoredResponse {
  status: number;
  body: unknown;
}

/**
 * `Idempotency-Key` for creates (API.md: "retrying a create with the same key returns the first
 * result and creates nothing new"). The key is claimed at the start of the create's transaction and
 * its answer stored at the end of it: a concurrent twin waits on the claim and then replays; a
 * create that fails (any 4xx) rolls the claim back, so nothing is remembered and a retry runs anew.
 */
@Injectable()
export class IdempotencyService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The stored answer for this caller and key, if any; 409 when the key served another request. */
  async storedResponse(request: IdempotentRequest, manager = this.dataSource.manager): Promise<StoredResponse | undefined> {
    const record = await manager.findOneBy(IdempotencyRecord, { principalSub: request.principalSub, key: request.key });
    if (!record) return undefined;
    if (record.route !== request.route || record.requestHash !== request.requestHash) {
      throw new ConflictProblem(
        `Idempotency-Key ${JSON.stringify(request.key)} was already used for a different request`,
        [{ field: 'Idempotency-Key', message: 'was already used for a different request' }],
      );
    }
    if (record.responseStatus === null) {
      throw new ConflictProblem(`A request with Idempotency-Key ${JSON.stringify(request.key)} is still in progress`);
    }
    return { status: record.responseStatus, body: record.responseBody };
  }

  /**
   * Runs a create in one transaction and, when it came with a key, remembers its answer in that
   * same transaction. `work` must do all its reads and writes through `manager`.
   */
  async transaction<T>(request: IdempotentRequest | undefined, work: (manager: EntityManager) => Promise<T>): Promise<T> {
    if (!request) return this.dataSource.transaction(work);
    return this.dataSource.transaction(async (manager) => {
      // Waits while a twin holding the same key is in flight; inserts nothing if that twin committed.
      const claimed: unknown[] = await manager.query(
        `INSERT INTO idempotency_keys (principal_sub, idempotency_key, route, request_hash)
         VALUES ($1, $2, $3, $4) ON CONFLICT (principal_sub, idempotency_key) DO NOTHING RETURNING 1`,
        [request.principalSub, request.key, request.route, request.requestHash],
      );
      if (claimed.length === 0) {
        const stored = await this.storedResponse(request, manager);
        if (!stored) throw new Error(`idempotency key ${request.key} neither claimed nor stored`);
        return stored.body as T;
      }
      const body = await work(manager);
      await manager.update(
        IdempotencyRecord,
        { principalSub: request.principalSub, key: request.key },
        { responseStatus: request.successStatus, responseBody: JSON.parse(JSON.stringify(body)) as object },
      );
      return body;
    });
  }
}
