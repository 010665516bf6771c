import { Injectable, Logger } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { CandidateLeft, CandidateState } from '@bridge/contracts';
import type { Principal } from '@bridge/platform';
import { Candidate } from './candidate.entity';

/**
 * The candidates read model: applies matching's candidate events (newest aggregate version wins)
 * and answers who a candidate is and who may see them. Every method takes the caller's
 * EntityManager, so it runs inside the caller's transaction (the inbox's, or a write's).
 */
@Injectable()
export class CandidateService {
  private readonly logger = new Logger(CandidateService.name);

  /**
   * Inserts or replaces the candidate's state, unless the stored version is as new or newer
   * (a late, older event changes nothing). Returns whether the state was applied.
   */
  async applyState(
    manager: EntityManager,
    state: CandidateState,
    version: number,
  ): Promise<boolean> {
    const applied: unknown[] = await manager.query(
      `INSERT INTO candidates (candidate_id, pi_code, region_code, expected_release_date, status, version)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (candidate_id) DO UPDATE SET
         pi_code = EXCLUDED.pi_code,
         region_code = EXCLUDED.region_code,
         expected_release_date = EXCLUDED.expected_release_date,
         status = EXCLUDED.status,
         version = EXCLUDED.version,
         updated_at = now()
       WHERE candidates.version < EXCLUDED.version
       RETURNING candidate_id`,
      [
        state.candidateId,
        state.piCode.toUpperCase(),
        state.regionCode,
        state.expectedReleaseDate,
        state.status,
        version,
      ],
    );
    if (applied.length === 0) this.logStale(state.candidateId, version);
    return applied.length > 0;
  }

  /** Marks the candidate as left (a tombstone when unknown), unless a newer version is stored. */
  async markLeft(manager: EntityManager, left: CandidateLeft, version: number): Promise<boolean> {
    const applied: unknown[] = await manager.query(
      `INSERT INTO candidates (candidate_id, status, version)
       VALUES ($1, 'left', $2)
       ON CONFLICT (candidate_id) DO UPDATE SET status = 'left', version = EXCLUDED.version, updated_at = now()
       WHERE candidates.version < EXCLUDED.version
       RETURNING candidate_id`,
      [left.candidateId, version],
    );
    if (applied.length === 0) this.logStale(left.candidateId, version);
    return applied.length > 0;
  }

  find(manager: EntityManager, candidateId: string): Promise<Candidate | null> {
    return manager.findOne(Candidate, { where: { candidateId } });
  }

  private logStale(candidateId: string, version: number) {
    this.logger.debug(
      `ignored candidate ${candidateId} version ${version}: a newer version is applied`,
    );
  }
}

/**
 * Whether the caller may see this candidate's training data: workshop leaders and casemanagers of
 * the candidate's PI, UWV advisors of the candidate's return region, admins.
 */
export function candidateVisibleTo(candidate: Candidate, principal: Principal): boolean {
  switch (principal.role) {
    case 'admin':
      return true;
    case 'workshop-leader':
    case 'casemanager':
      return candidate.piCode === principal.pi;
    case 'uwv-advisor':
      return candidate.regionCode !== null && principal.regions.includes(candidate.regionCode);
    default:
      return false;
  }
}
