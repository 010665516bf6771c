import { Injectable, Logger } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { CovenantEnded, CovenantState } from '@bridge/contracts';
import { Covenant } from './covenant.entity';

/**
 * The covenants read model: applies employers' covenant events (newest aggregate version wins)
 * and answers which covenant an id names. Every method takes the caller's EntityManager, so it
 * runs inside the caller's transaction (the inbox's, or a write's).
 */
@Injectable()
export class CovenantService {
  private readonly logger = new Logger(CovenantService.name);

  /**
   * Inserts or replaces the covenant's state, unless the stored version is as new or newer (a late,
   * older event changes nothing). An end applied before stays. Returns whether it was applied.
   */
  async applyState(
    manager: EntityManager,
    state: CovenantState,
    version: number,
  ): Promise<boolean> {
    const applied: unknown[] = await manager.query(
      `INSERT INTO covenants (covenant_id, employer_id, brin, region_codes, pi_codes, valid_from, valid_to, version)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT (covenant_id) DO UPDATE SET
         employer_id = EXCLUDED.employer_id,
         brin = EXCLUDED.brin,
         region_codes = EXCLUDED.region_codes,
         pi_codes = EXCLUDED.pi_codes,
         valid_from = EXCLUDED.valid_from,
         valid_to = EXCLUDED.valid_to,
         version = EXCLUDED.version,
         updated_at = now()
       WHERE covenants.version < EXCLUDED.version
       RETURNING covenant_id`,
      [
        state.covenantId,
        state.employerId,
        state.brin,
        state.regionCodes,
        state.piCodes,
        state.validFrom,
        state.validTo,
        version,
      ],
    );
    if (applied.length === 0) this.logStale(state.covenantId, version);
    return applied.length > 0;
  }

  /** Records the end of the covenant (a tombstone when unknown), unless a newer version is stored. */
  async markEnded(manager: EntityManager, ended: CovenantEnded, version: number): Promise<boolean> {
    const applied: unknown[] = await manager.query(
      `INSERT INTO covenants (covenant_id, ended_on, version)
       VALUES ($1, $2, $3)
       ON CONFLICT (covenant_id) DO UPDATE SET ended_on = EXCLUDED.ended_on, version = EXCLUDED.version, updated_at = now()
       WHERE covenants.version < EXCLUDED.version
       RETURNING covenant_id`,
      [ended.covenantId, ended.endedOn, version],
    );
    if (applied.length === 0) this.logStale(ended.covenantId, version);
    return applied.length > 0;
  }

  find(manager: EntityManager, covenantId: string): Promise<Covenant | null> {
    return manager.findOne(Covenant, { where: { covenantId } });
  }

  private logStale(covenantId: string, version: number) {
    this.logger.debug(
      `ignored covenant ${covenantId} version ${version}: a newer version is applied`,
    );
  }
}
