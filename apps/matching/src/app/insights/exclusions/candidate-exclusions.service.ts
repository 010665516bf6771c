import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { municipalitiesWithinKm } from '@bridge/reference-data';
import { AuditService, Clock, NotFoundProblem, Principal, ServiceConfig } from '@bridge/platform';
import { MatchingAuditAction } from '../../audit/matching-audit-action';
import { candidateProfileOf, vacancyProfilesOf } from '../../match-rules/match-profiles';
import {
  bestFirst,
  evaluateMatch,
  RankedMatch,
  TargetProfile,
} from '../../match-rules/match-rules';
import { DEFAULT_MATCH_SETTINGS, SuggestionBound } from '../../match-rules/match-settings';
import { Suggestion } from '../../match-engine/suggestion.entity';
import { schoolPlaceProfilesOf } from '../../match-rules/school-place-profiles';
import { assertCanSeeCandidate } from '../../read-models/candidates/candidate-scope';
import { Candidate } from '../../read-models/candidates/candidate.entity';
import { SchoolPlace } from '../../read-models/school-places/school-place.entity';
import { Vacancy } from '../../read-models/vacancies/vacancy.entity';
import { CandidateExclusionView, NotKeptReason } from './candidate-exclusion.view';
import { CandidateExclusionsQuery } from './dto/candidate-exclusions.query';

/**
 * Why targets are not suggested to a candidate: the match rules applied to the authoritative rows,
 * as the recomputer applies them, keeping the first rule each target fails; and for a target that
 * passes them but has no suggestion, why it is not kept.
 */
@Injectable()
export class CandidateExclusionsService {
  private readonly bound: SuggestionBound;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService<MatchingAuditAction>,
    private readonly clock: Clock,
    config: ServiceConfig,
  ) {
    this.bound = config.match;
  }

  /**
   * Every open target the candidate is excluded from (a closed or filled one excludes everyone, so
   * listing those says nothing), or the one named by `targetId` whatever its state. Audited.
   */
  async forCandidate(
    principal: Principal,
    candidateId: string,
    query: CandidateExclusionsQuery,
  ): Promise<CandidateExclusionView[]> {
    const manager = this.dataSource.manager;
    const candidate = assertCanSeeCandidate(
      principal,
      await manager.findOneBy(Candidate, { id: candidateId }),
      candidateId,
    );
    const targets = query.targetId
      ? await this.namedTarget(manager, query.targetId)
      : await this.openTargets(manager, query.inReach ? reachOf(candidate) : undefined);
    const profile = await candidateProfileOf(manager, candidate);
    const today = this.clock.today();
    const suggestions = await manager.find(Suggestion, {
      select: { targetId: true, status: true, score: true, target: true },
      where: { candidateId },
    });
    const notKept = notKeptReason(suggestions, this.bound);
    const exclusions = targets.flatMap((target): CandidateExclusionView[] => {
      const evaluation = evaluateMatch(profile, target, today);
      const { id: targetId, type, title, municipalityCode } = target;
      const why = evaluation.eligible
        ? notKept({ targetId, score: evaluation.score, startDate: target.startDate })
        : evaluation;
      return why
        ? [{ targetId, type, title, municipalityCode, rule: why.rule, detail: why.detail }]
        : [];
    });
    await this.audit.record(principal, 'candidate.exclusions-read', {
      candidateId,
      targetId: query.targetId,
    });
    return exclusions.sort(
      (a, b) => a.type.localeCompare(b.type) || a.targetId.localeCompare(b.targetId),
    );
  }

  /** The open targets, or those of them in `reach`: in its region, or in one of its municipalities. */
  private async openTargets(manager: EntityManager, reach?: Reach): Promise<TargetProfile[]> {
    const where = reach
      ? [
          { status: 'open' as const, regionCode: reach.regionCode },
          { status: 'open' as const, municipalityCode: In(reach.municipalityCodes) },
        ]
      : { status: 'open' as const };
    return [
      ...(await vacancyProfilesOf(manager, await manager.findBy(Vacancy, where))),
      ...(await schoolPlaceProfilesOf(manager, await manager.findBy(SchoolPlace, where))),
    ];
  }

  private async namedTarget(manager: EntityManager, targetId: string): Promise<TargetProfile[]> {
    const targets = [
      ...(await vacancyProfilesOf(manager, await manager.findBy(Vacancy, { vacancyId: targetId }))),
      ...(await schoolPlaceProfilesOf(
        manager,
        await manager.findBy(SchoolPlace, { schoolPlaceId: targetId }),
      )),
    ];
    if (targets.length === 0) {
      throw new NotFoundProblem(`target ${targetId} not found`, [
        { field: 'targetId', message: 'is no vacancy or school place known to matching' },
      ]);
    }
    return targets;
  }
}

/** Where a candidate's reach lies (rule 2): its return region, and the municipalities within the radius. */
interface Reach {
  regionCode: string;
  municipalityCodes: string[];
}

function reachOf(candidate: Candidate): Reach {
  const within = municipalitiesWithinKm(
    candidate.returnMunicipalityCode,
    DEFAULT_MATCH_SETTINGS.maxKm,
  );
  return {
    regionCode: candidate.regionCode,
    municipalityCodes: within.map(({ municipality }) => municipality.code),
  };
}

/** A stored suggestion as `notKeptReason` reads it. */
export type StoredSuggestion = Pick<Suggestion, 'targetId' | 'status' | 'score'> & {
  target: Pick<Suggestion['target'], 'startDate'>;
};

/**
 * For a target that passes every rule: nothing when the candidate has a suggestion of it still standing (open or
 * reviewed), else why the matcher does not keep it, judged against the candidate's open suggestions as stored.
 */
export function notKeptReason(
  suggestions: StoredSuggestion[],
  bound: SuggestionBound,
): (match: RankedMatch) => { rule: NotKeptReason; detail: string } | undefined {
  const standing = new Set(
    suggestions.filter((s) => s.status !== 'expired').map((s) => s.targetId),
  );
  const open = suggestions
    .filter((s) => s.status === 'suggested')
    .map((s) => ({ targetId: s.targetId, score: s.score, startDate: s.target.startDate }))
    .sort(bestFirst);
  const { maxSuggestionsPerCandidate: kept, minScore } = bound;
  const lowestKept = open.length >= kept ? open[kept - 1] : undefined;
  return (match) => {
    if (standing.has(match.targetId)) return undefined;
    if (match.score < minScore)
      return {
        rule: 'below-min-score',
        detail: `scores ${match.score}, below the floor of ${minScore} (MATCH_MIN_SCORE)`,
      };
    if (lowestKept && bestFirst(match, lowestKept) > 0) {
      return {
        rule: 'outranked',
        detail: `scores ${match.score}; the ${kept} open suggestions kept (MATCH_MAX_SUGGESTIONS_PER_CANDIDATE) rank higher, the lowest at ${lowestKept.score}`,
      };
    }
    return {
      rule: 'not-yet-matched',
      detail:
        'passes every rule and ranks among the best, but the matcher has not judged it yet (a change is being processed)',
    };
  };
}
