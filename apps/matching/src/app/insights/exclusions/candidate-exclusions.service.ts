import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import {
  AuditService,
  NotFoundProblem,
  Principal,
} from '@bridge/platform';
import { MatchingAuditAction } from '../../audit/matching-audit-action';
import { candidateProfileOf, vacancyProfilesOf } from '../../match-rules/match-profiles';
import { evaluateMatch, TargetProfile } from '../../match-rules/match-rules';
import { schoolPlaceProfilesOf } from '../../match-rules/school-place-profiles';
import { assertCanSeeCandidate } from '../../read-models/candidates/candidate-scope';
import { Candidate } from '../../read-models/candidates/candidate.entity';
import { matchDay } from '../../read-models/match-day';
import { SchoolPlace } from '../../read-models/school-places/school-place.entity';
import { Vacancy } from '../../read-models/vacancies/vacancy.entity';
import { CandidateExclusionView } from './candidate-exclusion.view';
import { CandidateExclusionsQuery } from './dto/candidate-exclusions.query';

/**
 * Why targets are not suggested to a candidate: the match rules applied to the authoritative rows,
 * as the recomputer applies them, keeping the first rule each target fails.
 */
@Injectable()
export class CandidateExclusionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService<MatchingAuditAction>,
  ) {}

  /**
   * Every open target the candidate is excluded from (a closed or filled one excludes everyone, so
   * listing those says nothing), or the one named by `targetId` whatever its state. Audited.
   */
  async forCandidate(principal: Principal, candidateId: string, query: CandidateExclusionsQuery): Promise<CandidateExclusionView[]> {
    const manager = this.dataSource.manager;
    const candidate = assertCanSeeCandidate(principal, await manager.findOneBy(Candidate, { id: candidateId }), candidateId);
    const targets = query.targetId ? await this.namedTarget(manager, query.targetId) : await this.openTargets(manager);
    const profile = await candidateProfileOf(manager, candidate);
    const today = matchDay();
    const exclusions = targets.flatMap((target): CandidateExclusionView[] => {
      const evaluation = evaluateMatch(profile, target, today);
      if (evaluation.eligible) return [];
      const { id: targetId, type, title, municipalityCode } = target;
      return [{ targetId, type, title, municipalityCode, rule: evaluation.rule, detail: evaluation.detail }];
    });
    await this.audit.record(principal, 'candidate.exclusions-read', { candidateId, targetId: query.targetId });
    return exclusions.sort((a, b) => a.type.localeCompare(b.type) || a.targetId.localeCompare(b.targetId));
  }

  private async openTargets(manager: EntityManager): Promise<TargetProfile[]> {
    return [
      ...(await vacancyProfilesOf(manager, await manager.findBy(Vacancy, { status: 'open' }))),
      ...(await schoolPlaceProfilesOf(manager, await manager.findBy(SchoolPlace, { status: 'open' }))),
    ];
  }

  private async namedTarget(manager: EntityManager, targetId: string): Promise<TargetProfile[]> {
    const targets = [
      ...(await vacancyProfilesOf(manager, await manager.findBy(Vacancy, { vacancyId: targetId }))),
      ...(await schoolPlaceProfilesOf(manager, await manager.findBy(SchoolPlace, { schoolPlaceId: targetId }))),
    ];
    if (targets.length === 0) {
      throw new NotFoundProblem(`target ${targetId} not found`, [{ field: 'targetId', message: 'is no vacancy or school place known to matching' }]);
    }
    return targets;
  }
}
