import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { SearchEngine } from '@bridge/search';
import { Candidate } from '../candidates/candidate.entity';
import { candidateProfileOf } from '../candidates/match-profiles';
import { CANDIDATES_INDEX, dayNumber } from '../search-indexes/index-definitions';
import { Suggestion, SuggestionStatus } from '../suggestions/suggestion.entity';
import { DEFAULT_MATCH_SETTINGS, MatchSettings } from './match-settings';
import { CandidateProfile, candidateEligibility, evaluateMatch, Factor } from './match-rules';
import { MatchSubject } from './match-queue';
import { inReach, MatchTarget, MatchTargets, MAX_SEARCH_HITS, TargetType } from './match-targets';

const BATCH_SIZE = 50;
const UNREVIEWED: SuggestionStatus[] = ['suggested', 'expired'];

export interface QueuedSubject {
  id: string;
  subject_type: MatchSubject;
  subject_id: string;
}

type EligibleMatch = MatchTarget & { score: number; explanation: Factor[] };

/**
 * Recomputes suggestions incrementally: for each queued candidate, or for the candidates a queued
 * target (vacancy or school place) may concern. The search index narrows the field (status, region
 * or radius, dates); the hard rules and the score are then applied to the authoritative rows.
 */
@Injectable()
export class SuggestionRecomputer {
  private readonly settings: MatchSettings = DEFAULT_MATCH_SETTINGS;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly search: SearchEngine,
    private readonly targets: MatchTargets,
  ) {}

  /** The oldest queued subjects, still in the queue until `recompute` has handled them. */
  async pending(): Promise<QueuedSubject[]> {
    return this.dataSource.query('SELECT id, subject_type, subject_id FROM match_queue ORDER BY id LIMIT $1', [BATCH_SIZE]);
  }

  /**
   * Recomputes for the given queued subjects, then removes them from the queue. A queued candidate
   * is matched against every target in its reach; a queued target is judged only against the
   * candidates it may concern, pair by pair, so one changed vacancy costs its own pairs and not
   * every concerned candidate's whole field.
   */
  async recompute(queued: QueuedSubject[], today = new Date().toISOString().slice(0, 10)): Promise<number> {
    if (queued.length === 0) return 0;
    const candidateIds = new Set<string>();
    const targets = new Map<string, { type: TargetType; id: string }>();
    for (const { subject_type: type, subject_id: id } of queued) {
      if (type === 'candidate') candidateIds.add(id);
      else targets.set(`${type}/${id}`, { type, id });
    }
    const changedTargetsByCandidate = new Map<string, Map<TargetType, string[]>>();
    for (const { type, id } of targets.values()) {
      for (const candidateId of await this.candidatesConcernedBy(type, id, today)) {
        if (candidateIds.has(candidateId)) continue;
        const byType = changedTargetsByCandidate.get(candidateId) ?? new Map<TargetType, string[]>();
        byType.set(type, [...(byType.get(type) ?? []), id]);
        changedTargetsByCandidate.set(candidateId, byType);
      }
    }
    for (const candidateId of candidateIds) await this.recomputeCandidate(candidateId, today);
    for (const [candidateId, changed] of changedTargetsByCandidate) await this.recomputeCandidate(candidateId, today, changed);
    await this.dataSource.query('DELETE FROM match_queue WHERE id = ANY($1::bigint[])', [queued.map((q) => q.id)]);
    return queued.length;
  }

  /** The candidate's suggestions: of every target in reach, or of the `only` targets given. */
  async recomputeCandidate(candidateId: string, today: string, only?: Map<TargetType, string[]>): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const candidate = await manager.findOne(Candidate, { where: { id: candidateId }, lock: { mode: 'pessimistic_write' } });
      if (!candidate) return;
      const profile = await candidateProfileOf(manager, candidate);
      const eligibleTargets = new Map<string, EligibleMatch>();
      if (candidateEligibility(profile, today, this.settings).eligible) {
        for (const target of await this.targetsToJudge(manager, profile, only)) {
          const evaluation = evaluateMatch(profile, target.profile, today, this.settings);
          if (evaluation.eligible) eligibleTargets.set(target.profile.id, { ...target, ...evaluation });
        }
      }
      const judged = only && new Set([...only.values()].flat());
      await this.store(manager, candidateId, eligibleTargets, judged);
    });
  }

  private async targetsToJudge(manager: EntityManager, profile: CandidateProfile, only?: Map<TargetType, string[]>): Promise<MatchTarget[]> {
    if (!only) return this.targets.inReachOf(manager, profile, this.settings);
    const judged: MatchTarget[] = [];
    for (const [type, ids] of only) judged.push(...(await this.targets.byIds(manager, type, ids)));
    return judged;
  }

  /** Writes the outcome; with `judged`, only the suggestions of those targets may expire. */
  private async store(manager: EntityManager, candidateId: string, eligible: Map<string, EligibleMatch>, judged?: Set<string>) {
    const existing = await manager.findBy(Suggestion, { candidateId });
    const byTarget = new Map(existing.map((s) => [s.targetId, s]));
    // Reviewed suggestions (accepted, rejected) are the advisor's: never expired, rescored or
    // reopened. Every write below is also conditional on the status, so it holds row by row.
    for (const suggestion of existing) {
      if (judged && !judged.has(suggestion.targetId)) continue;
      if (suggestion.status === 'suggested' && !eligible.has(suggestion.targetId)) {
        await manager.update(Suggestion, { id: suggestion.id, status: 'suggested' }, { status: 'expired' });
      }
    }
    for (const [targetId, match] of eligible) {
      const current = byTarget.get(targetId);
      const fields = { score: match.score, explanation: match.explanation, target: match.summary };
      if (!current) {
        await manager.insert(Suggestion, {
          id: randomUUID(),
          candidateId,
          targetId,
          type: match.profile.type,
          status: 'suggested',
          ...fields,
        });
      } else if (UNREVIEWED.includes(current.status)) {
        await manager.update(Suggestion, { id: current.id, status: In(UNREVIEWED) }, { ...fields, status: 'suggested' });
      }
    }
  }

  /** Candidates whose suggestions a change of this target may alter. */
  private async candidatesConcernedBy(type: TargetType, targetId: string, today: string): Promise<string[]> {
    const { manager } = this.dataSource;
    const concerned = new Set<string>(
      (await manager.findBy(Suggestion, { targetId, type, status: 'suggested' })).map((s) => s.candidateId),
    );
    const reach = await this.targets.reachOf(manager, type, targetId);
    if (reach) {
      const start = dayNumber(reach.startDate);
      const todayDay = dayNumber(today);
      const page = await this.search.search<{ id: string }>(CANDIDATES_INDEX.name, {
        filter: {
          op: 'and',
          filters: [
            { op: 'eq', field: 'status', value: 'active' },
            { op: 'eq', field: 'consent', value: true },
            { op: 'gte', field: 'releaseDay', value: Math.max(start - this.settings.startWindow.daysAfter, todayDay - this.settings.daysPastRelease) },
            { op: 'lte', field: 'releaseDay', value: Math.min(start + this.settings.startWindow.daysBefore, todayDay + this.settings.horizonDays) },
            { op: 'containsAll', field: 'qualifications', values: reach.requiredQualifications },
            inReach(reach.regionCode, reach.municipalityCode, this.settings),
          ],
        },
        limit: MAX_SEARCH_HITS,
      });
      for (const hit of page.hits) concerned.add(hit.document.id);
    }
    return [...concerned];
  }
}
