import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { Clock, ServiceConfig } from '@bridge/platform';
import { candidateProfileOf, candidateProfilesOf } from '../match-rules/match-profiles';
import {
  BestMatches,
  bestFirst,
  CandidateProfile,
  candidateEligibility,
  matchJudge,
  RankedMatch,
} from '../match-rules/match-rules';
import {
  DEFAULT_MATCH_SETTINGS,
  MATCH_RULES_VERSION,
  MatchSettings,
  SuggestionBound,
} from '../match-rules/match-settings';
import { Candidate } from '../read-models/candidates/candidate.entity';
import { MatchSubject } from '../read-models/change-queues/match-queue';
import { candidateSnapshot, storeSnapshots, targetSnapshot } from './match-inputs';
import { matchSettingsFingerprint } from './match-settings-change';
import { MatchTarget, MatchTargets, TargetType } from './match-targets';
import { TargetCatalogue } from './target-catalogue';
import { JudgedMatch, planSuggestions, StoredSuggestion, SuggestionPlan } from './suggestion-plan';
import { Suggestion } from './suggestion.entity';

const BATCH_SIZE = 50;

export interface QueuedSubject {
  id: string;
  subject_type: MatchSubject;
  subject_id: string;
}

/**
 * Recomputes suggestions incrementally: for each queued candidate, or for the candidates a queued
 * target (vacancy or school place) may concern. A candidate's field comes from the target catalogue
 * (in memory, refreshed from the rows of every queued target first); a target's candidates from the
 * search index. The hard rules and the score then judge each pair.
 */
@Injectable()
export class SuggestionRecomputer {
  private readonly settings: MatchSettings = DEFAULT_MATCH_SETTINGS;
  private readonly bound: SuggestionBound;
  private readonly fingerprint: string;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly targets: MatchTargets,
    private readonly catalogue: TargetCatalogue,
    private readonly clock: Clock,
    config: ServiceConfig,
  ) {
    this.bound = config.match;
    this.fingerprint = matchSettingsFingerprint(this.bound);
  }

  /** The oldest queued subjects, still in the queue until `recompute` has handled them. */
  async pending(): Promise<QueuedSubject[]> {
    return this.dataSource.query(
      'SELECT id, subject_type, subject_id FROM match_queue ORDER BY id LIMIT $1',
      [BATCH_SIZE],
    );
  }

  /**
   * Recomputes for the given queued subjects, then removes them from the queue. A queued candidate
   * is matched against every target in its reach; a queued target is judged only against the
   * candidates it may concern, pair by pair, so one changed vacancy costs its own pairs and not
   * every concerned candidate's whole field.
   */
  async recompute(queued: QueuedSubject[], today = this.clock.today()): Promise<number> {
    // Loaded in the first round, with or without work: on a fresh start while the tables are still small.
    await this.loadCatalogue();
    if (queued.length === 0) return 0;
    const candidateIds = new Set<string>();
    const targets = new Map<string, { type: TargetType; id: string }>();
    for (const { subject_type: type, subject_id: id } of queued) {
      if (type === 'candidate') candidateIds.add(id);
      else targets.set(`${type}/${id}`, { type, id });
    }
    await this.refreshCatalogue([...targets.values()]);
    const changedTargetsByCandidate = new Map<string, Map<TargetType, string[]>>();
    for (const { type, id, candidateId } of await this.pairsConcernedBy(
      [...targets.values()],
      today,
    )) {
      if (candidateIds.has(candidateId)) continue;
      const byType = changedTargetsByCandidate.get(candidateId) ?? new Map<TargetType, string[]>();
      byType.set(type, [...(byType.get(type) ?? []), id]);
      changedTargetsByCandidate.set(candidateId, byType);
    }
    for (const candidateId of candidateIds) await this.recomputeCandidate(candidateId, today);
    for (const candidateId of await this.movedBy(changedTargetsByCandidate, today)) {
      await this.recomputeCandidate(candidateId, today, changedTargetsByCandidate.get(candidateId));
    }
    await this.dataSource.query('DELETE FROM match_queue WHERE id = ANY($1::bigint[])', [
      queued.map((q) => q.id),
    ]);
    return queued.length;
  }

  /**
   * The candidate's suggestions: of every target in reach, or of the `only` targets given (a full recompute
   * after all when their change may let a target that was not judged into the candidate's best).
   */
  async recomputeCandidate(
    candidateId: string,
    today: string,
    only?: Map<TargetType, string[]>,
  ): Promise<void> {
    await this.loadCatalogue();
    await this.dataSource.transaction(async (manager) => {
      const candidate = await manager.findOne(Candidate, {
        where: { id: candidateId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!candidate) return;
      const profile = await candidateProfileOf(manager, candidate);
      const stored: (StoredSuggestion & Pick<Suggestion, 'type'>)[] = await manager.find(
        Suggestion,
        {
          select: {
            id: true,
            targetId: true,
            type: true,
            status: true,
            score: true,
            explanation: true,
            target: true,
          },
          where: { candidateId },
        },
      );
      const judged =
        only &&
        planSuggestions(stored, this.judgeOnly(profile, today, only), this.bound, judgedIds(only));
      await this.store(
        manager,
        profile,
        today,
        judged ?? planSuggestions(stored, this.judgeField(profile, today, stored), this.bound),
      );
    });
  }

  /**
   * Of the candidate's field, the targets that pass the hard rules and could be kept, with their scores; and every
   * target it has a suggestion of, whose verdict says why one leaves the list. The field comes highest ceiling first
   * (the most a target could score): judging stops at the first below the last score kept, since neither it nor any
   * after it could be kept. The plan then keeps exactly what judging the whole field would.
   */
  private judgeField(
    profile: CandidateProfile,
    today: string,
    stored: Pick<Suggestion, 'targetId' | 'type' | 'status'>[],
  ): JudgedMatch[] {
    if (!candidateEligibility(profile, today, this.settings).eligible) return [];
    const judge = this.judgeOf(profile, today);
    const matches: JudgedMatch[] = [];
    const best = new BestMatches<JudgedMatch>(this.bound);
    const consider = (target: MatchTarget, reviewed: boolean) => {
      const match = judge(target);
      if (!match) return;
      matches.push(match);
      // A reviewed target is the advisor's: it takes no open slot.
      if (!reviewed) best.offer(match);
    };
    const storedIds = new Set(stored.map((suggestion) => suggestion.targetId));
    for (const { targetId, type, status } of stored) {
      const target = this.catalogue.get(type, targetId);
      if (target) consider(target, status === 'accepted' || status === 'rejected');
    }
    const field = this.catalogue.fieldOf(profile, this.settings);
    for (let i = 0; i < field.targets.length && best.couldKeep(field.ceilings[i]); i++) {
      if (!storedIds.has(field.targets[i].profile.id)) consider(field.targets[i], false);
    }
    return matches;
  }

  /** Of `only` these targets, those open (a closed one can pass no rule) that pass the hard rules, with their scores. */
  private judgeOnly(
    profile: CandidateProfile,
    today: string,
    only: Map<TargetType, string[]>,
  ): JudgedMatch[] {
    if (!candidateEligibility(profile, today, this.settings).eligible) return [];
    const judge = this.judgeOf(profile, today);
    return [...only].flatMap(([type, ids]) =>
      ids
        .flatMap((id) => this.catalogue.get(type, id) ?? [])
        .flatMap((target) => judge(target) ?? []),
    );
  }

  /** The candidate's verdict on a target as a judged match, or `undefined` when it fails a hard rule. */
  private judgeOf(
    profile: CandidateProfile,
    today: string,
  ): (target: MatchTarget) => JudgedMatch | undefined {
    const judge = matchJudge(profile, today, this.settings);
    return ({ profile: target, summary }) => {
      const judged = judge(target);
      if (!judged.eligible) return undefined;
      return {
        targetId: target.id,
        type: target.type,
        startDate: target.startDate,
        score: judged.score,
        explain: judged.explain,
        target: summary,
      };
    };
  }

  /**
   * Of the candidates a change of these targets may concern, those whose suggestions it can change. One holding no
   * suggestion of a changed target is left alone when its list is as the bound keeps it and no changed target both
   * passes its rules and ranks above the last of a full list: judged pair by pair, that change would write and expire
   * nothing. Read for all of them at once (candidates, certificates, suggestions), since one new vacancy may reach
   * hundreds of candidates, and each recompute is a transaction of its own.
   */
  private async movedBy(
    changes: Map<string, Map<TargetType, string[]>>,
    today: string,
  ): Promise<string[]> {
    if (changes.size === 0) return [];
    const { manager } = this.dataSource;
    const profiles = await candidateProfilesOf(
      manager,
      await manager.findBy(Candidate, { id: In([...changes.keys()]) }),
    );
    const changed = new Set([...changes.values()].flatMap((byType) => [...judgedIds(byType)]));
    const rows: {
      candidate_id: string;
      target_id: string;
      status: string;
      score: number;
      start_date: string;
    }[] = await manager.query(
      `SELECT candidate_id, target_id, status, score::float8 AS score, target->>'startDate' AS start_date
         FROM suggestions WHERE candidate_id = ANY($1::uuid[]) AND (status = 'suggested' OR target_id = ANY($2::text[]))`,
      [[...changes.keys()], [...changed]],
    );
    const holdsChanged = new Set<string>();
    const open = new Map<string, RankedMatch[]>();
    for (const row of rows) {
      if (changed.has(row.target_id)) holdsChanged.add(row.candidate_id);
      if (row.status !== 'suggested') continue;
      const list = open.get(row.candidate_id) ?? [];
      list.push({ targetId: row.target_id, score: row.score, startDate: row.start_date });
      open.set(row.candidate_id, list);
    }
    const { maxSuggestionsPerCandidate: k, minScore } = this.bound;
    return profiles
      .filter((profile) => {
        const list = open.get(profile.id) ?? [];
        if (holdsChanged.has(profile.id) || list.length > k || list.some((s) => s.score < minScore))
          return true;
        const last =
          list.length === k
            ? list.reduce((worst, s) => (bestFirst(s, worst) > 0 ? s : worst))
            : undefined;
        const judge = this.judgeOf(profile, today);
        return [...(changes.get(profile.id) ?? [])].some(([type, ids]) =>
          ids.some((id) => {
            const target = this.catalogue.get(type, id);
            const match = target && judge(target);
            return !!match && match.score >= minScore && (!last || bestFirst(match, last) < 0);
          }),
        );
      })
      .map((profile) => profile.id);
  }

  /** Loads the catalogue once, before the first field is read from it. */
  private async loadCatalogue(): Promise<void> {
    if (!this.catalogue.isLoaded) await this.catalogue.load(this.dataSource.manager);
  }

  /** Brings these changed targets up to date in the catalogue, before anything is judged against them. */
  private async refreshCatalogue(targets: { type: TargetType; id: string }[]): Promise<void> {
    const { manager } = this.dataSource;
    for (const type of ['vacancy', 'school-place'] as const) {
      await this.catalogue.refresh(
        manager,
        type,
        targets.filter((target) => target.type === type).map((target) => target.id),
      );
    }
  }

  /**
   * Writes the plan in two statements. Each is also conditional on the status, so a reviewed suggestion
   * (accepted, rejected) is never expired, rescored or reopened, row by row. A written suggestion records what
   * produced it, for a replay: the rules version, the settings' fingerprint, the day, and its two inputs as shared
   * snapshots. A snooze is left as it is: a rescored or reopened suggestion stays parked until its day.
   */
  private async store(
    manager: EntityManager,
    profile: CandidateProfile,
    today: string,
    plan: SuggestionPlan,
  ): Promise<void> {
    const candidateId = profile.id;
    if (plan.expire.length > 0) {
      await manager.query(
        `UPDATE suggestions SET status = 'expired', expiry_reason = x.reason, updated_at = now()
           FROM json_to_recordset($1::json) AS x(id uuid, reason text)
          WHERE suggestions.id = x.id AND suggestions.status = 'suggested'`,
        [JSON.stringify(plan.expire)],
      );
    }
    if (plan.write.length > 0) {
      const candidateInput = candidateSnapshot(profile);
      const targetInputs = plan.write.map((match) => {
        const target = this.catalogue.get(match.type, match.targetId);
        // Every match was judged from the catalogue in this same recompute.
        if (!target) throw new Error(`${match.type} ${match.targetId} left the catalogue`);
        return targetSnapshot(target.profile);
      });
      await storeSnapshots(manager, [candidateInput, ...targetInputs]);
      const rows = plan.write.map((match, i) => ({
        id: randomUUID(),
        target_id: match.targetId,
        target_type: match.type,
        score: match.score,
        explanation: match.explanation,
        target: match.target,
        target_input: targetInputs[i].hash,
      }));
      await manager.query(
        `INSERT INTO suggestions (id, candidate_id, target_id, target_type, score, explanation, target, status,
                                  rules_version, settings_fingerprint, as_of, candidate_input, target_input)
         SELECT x.id, $1, x.target_id, x.target_type, x.score, x.explanation, x.target, 'suggested', $3, $4, $5, $6, x.target_input
           FROM json_to_recordset($2::json) AS x(id uuid, target_id text, target_type text, score numeric, explanation json, target jsonb, target_input text)
         ON CONFLICT (candidate_id, target_id) DO UPDATE
            SET score = excluded.score, explanation = excluded.explanation, target = excluded.target,
                status = 'suggested', expiry_reason = NULL, updated_at = now(),
                rules_version = excluded.rules_version, settings_fingerprint = excluded.settings_fingerprint,
                as_of = excluded.as_of, candidate_input = excluded.candidate_input, target_input = excluded.target_input
          WHERE suggestions.status IN ('suggested', 'expired')`,
        [
          candidateId,
          JSON.stringify(rows),
          MATCH_RULES_VERSION,
          this.fingerprint,
          today,
          candidateInput.hash,
        ],
      );
    }
  }

  /**
   * The candidates whose suggestions a change of these targets may alter, pair by pair: those holding an
   * open suggestion of one, and those an open one with places left reaches (one that has none can be no
   * one's match). Read for all the targets at once (a statement, and a search per open target), since a
   * burst of changes queues many. The catalogue holds the targets as they now are.
   */
  private async pairsConcernedBy(
    targets: { type: TargetType; id: string }[],
    today: string,
  ): Promise<{ type: TargetType; id: string; candidateId: string }[]> {
    if (targets.length === 0) return [];
    const { manager } = this.dataSource;
    const pairs = new Map<string, { type: TargetType; id: string; candidateId: string }>();
    const add = (type: TargetType, id: string, candidateId: string) =>
      pairs.set(`${type}/${id}/${candidateId}`, { type, id, candidateId });
    const open: { target_type: TargetType; target_id: string; candidate_id: string }[] =
      await manager.query(
        `SELECT target_type, target_id, candidate_id FROM suggestions WHERE target_id = ANY($1::text[]) AND status = 'suggested'`,
        [targets.map((target) => target.id)],
      );
    const queued = new Set(targets.map(({ type, id }) => `${type}/${id}`));
    for (const row of open)
      if (queued.has(`${row.target_type}/${row.target_id}`))
        add(row.target_type, row.target_id, row.candidate_id);
    for (const { type, id } of targets) {
      const reach = this.catalogue.get(type, id)?.profile;
      if (reach)
        for (const candidateId of await this.targets.candidateIdsInReachOf(
          reach,
          today,
          this.settings,
        ))
          add(type, id, candidateId);
    }
    return [...pairs.values()];
  }
}

function judgedIds(only: Map<TargetType, string[]>): Set<string> {
  return new Set([...only.values()].flat());
}
