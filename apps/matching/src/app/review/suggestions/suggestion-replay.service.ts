import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  AuditService,
  calendarDateInNetherlands,
  NotFoundProblem,
  Principal,
  ServiceConfig,
} from '@bridge/platform';
import { MatchingAuditAction } from '../../audit/matching-audit-action';
import { loadSnapshots } from '../../match-engine/match-inputs';
import { matchSettingsFingerprint } from '../../match-engine/match-settings-change';
import {
  replayDifferences,
  replayMatch,
  RULES_VERSION_BEFORE_RECORDING,
} from '../../match-engine/suggestion-replay';
import { Suggestion } from '../../match-engine/suggestion.entity';
import type { CandidateProfile, TargetProfile } from '../../match-rules/match-rules';
import { MATCH_RULES_VERSION } from '../../match-rules/match-settings';
import { RecordedResultView, SuggestionReplayView } from './suggestion-replay.view';

export const NOT_REPLAYABLE_REASON =
  'computed before the inputs of suggestions were recorded; it becomes replayable once a recompute writes it again';

/**
 * An admin's check that a suggestion follows from what it was computed from: its stored inputs judged again, for
 * its day, by the running code's rules and settings.
 */
@Injectable()
export class SuggestionReplayService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService<MatchingAuditAction>,
    private readonly config: ServiceConfig,
  ) {}

  async replay(principal: Principal, id: string): Promise<SuggestionReplayView> {
    const { manager } = this.dataSource;
    const suggestion = await manager.findOneBy(Suggestion, { id });
    if (!suggestion) throw new NotFoundProblem(`suggestion ${id} not found`);
    const { candidateInput, targetInput, asOf } = suggestion;
    const snapshots =
      candidateInput && targetInput && asOf
        ? await loadSnapshots(manager, [candidateInput, targetInput])
        : new Map();
    // It reads the candidate's profile: audited whether or not it can be replayed.
    await this.audit.record(principal, 'suggestion.replayed', {
      candidateId: suggestion.candidateId,
      targetId: suggestion.targetId,
    });
    const recorded: RecordedResultView = {
      rulesVersion: suggestion.rulesVersion ?? RULES_VERSION_BEFORE_RECORDING,
      settingsFingerprint: suggestion.settingsFingerprint ?? '',
      asOf: asOf ?? calendarDateInNetherlands(suggestion.updatedAt),
      score: suggestion.score,
      explanation: suggestion.explanation,
    };
    const candidate = candidateInput && snapshots.get(candidateInput)?.content;
    const target = targetInput && snapshots.get(targetInput)?.content;
    if (!candidate || !target || !asOf) {
      return {
        suggestionId: id,
        replayable: false,
        reason: NOT_REPLAYABLE_REASON,
        recorded,
        replayed: null,
        same: false,
        differences: [],
      };
    }
    const outcome = replayMatch(candidate as CandidateProfile, target as TargetProfile, asOf);
    const differences = replayDifferences(suggestion, outcome);
    return {
      suggestionId: id,
      replayable: true,
      reason: null,
      recorded,
      replayed: {
        rulesVersion: MATCH_RULES_VERSION,
        settingsFingerprint: matchSettingsFingerprint(this.config.match),
        ...outcome,
      },
      same: differences.length === 0,
      differences,
    };
  }
}
