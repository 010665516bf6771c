import { Injectable, Logger } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { CovenantEnded, CovenantState } from '@bridge/contracts';
import { replaceNewer } from '@bridge/database';
import { Covenant } from './covenant.entity';

/**
 * The covenants read model: applies employers' covenant events (newest aggregate version wins)
 * and answers which covenant an id names. Every method takes the caller's EntityManager, so it
 * runs inside the caller's transaction (the inbox's, or a write's).
 */
@Injectable()
export class CovenantsService {
  private readonly logger = new Logger(CovenantsService.name);

  /**
   * Inserts or replaces the covenant's state, unless the stored version is as new or newer (a late,
   * older event changes nothing). An end applied before stays. Returns whether it was applied.
   */
  async applyState(
    manager: EntityManager,
    state: CovenantState,
    version: number,
  ): Promise<boolean> {
    const covenant = manager.create(Covenant, {
      covenantId: state.covenantId,
      employerId: state.employerId,
      brin: state.brin,
      regionCodes: state.regionCodes,
      piCodes: state.piCodes,
      validFrom: state.validFrom,
      validTo: state.validTo,
      endedOn: null,
      version,
    });
    const written = await replaceNewer(
      manager,
      Covenant,
      'covenantId',
      [covenant],
      (property) => property !== 'endedOn',
    );
    return this.applied(written, covenant);
  }

  /**
   * Records the end of the covenant, unless a newer version is stored. An unknown covenant gets a
   * tombstone (id, end and version only), in force on no date; a known one keeps its state.
   */
  async markEnded(manager: EntityManager, ended: CovenantEnded, version: number): Promise<boolean> {
    const tombstone = manager.create(Covenant, {
      covenantId: ended.covenantId,
      employerId: null,
      brin: null,
      regionCodes: [],
      piCodes: [],
      validFrom: null,
      validTo: null,
      endedOn: ended.endedOn,
      version,
    });
    const written = await replaceNewer(
      manager,
      Covenant,
      'covenantId',
      [tombstone],
      (property) => property === 'endedOn' || property === 'version',
    );
    return this.applied(written, tombstone);
  }

  find(manager: EntityManager, covenantId: string): Promise<Covenant | null> {
    return manager.findOne(Covenant, { where: { covenantId } });
  }

  private applied(written: string[], covenant: Covenant): boolean {
    if (written.length === 0)
      this.logger.debug(
        `ignored covenant ${covenant.covenantId} version ${covenant.version}: a newer version is applied`,
      );
    return written.length > 0;
  }
}
