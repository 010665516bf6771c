import { Injectable, Logger } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { CandidateLeft, CandidateState } from '@bridge/contracts';
import { replaceNewer } from '@bridge/database';
import type { Principal } from '@bridge/platform';
import { Candidate } from './candidate.entity';

/**
 * The candidates read model: applies matching's candidate events (newest aggregate version wins)
 * and answers who a candidate is and who may see them. Every method takes the caller's
 * EntityManager, so it runs inside the caller's transaction (the inbox's, or a write's).
 */
@Injectable()
export class CandidatesService {
  private readonly logger = new Logger(CandidatesService.name);

  /**
   * Inserts or replaces the candidate's state, unless the stored version is as new or newer
   * (a late, older event changes nothing). Returns whether the state was applied.
   */
  async applyState(
    manager: EntityManager,
    state: CandidateState,
    version: number,
  ): Promise<boolean> {
    const candidate = manager.create(Candidate, {
      candidateId: state.candidateId,
      piCode: state.piCode.toUpperCase(),
      regionCode: state.regionCode,
      expectedReleaseDate: state.expectedReleaseDate,
      status: state.status,
      version,
    });
    return this.applied(
      await replaceNewer(manager, Candidate, 'candidateId', [candidate]),
      candidate,
    );
  }

  /**
   * Marks the candidate as left, unless a newer version is stored. An unknown candidate gets a
   * tombstone (id, status and version only); a known one keeps its PI, region and dates.
   */
  async markLeft(manager: EntityManager, left: CandidateLeft, version: number): Promise<boolean> {
    const tombstone = manager.create(Candidate, {
      candidateId: left.candidateId,
      piCode: null,
      regionCode: null,
      expectedReleaseDate: null,
      status: 'left',
      version,
    });
    const written = await replaceNewer(
      manager,
      Candidate,
      'candidateId',
      [tombstone],
      (property) => property === 'status' || property === 'version',
    );
    return this.applied(written, tombstone);
  }

  find(manager: EntityManager, candidateId: string): Promise<Candidate | null> {
    return manager.findOne(Candidate, { where: { candidateId } });
  }

  private applied(written: string[], candidate: Candidate): boolean {
    if (written.length === 0)
      this.logger.debug(
        `ignored candidate ${candidate.candidateId} version ${candidate.version}: a newer version is applied`,
      );
    return written.length > 0;
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
