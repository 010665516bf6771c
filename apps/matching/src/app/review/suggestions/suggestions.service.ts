import { Injectable, StreamableFile } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, SelectQueryBuilder } from 'typeorm';
import { findMunicipality } from '@bridge/reference-data';
import {
  AuditService,
  BadRequestProblem,
  Clock,
  csvDownload,
  CsvColumn,
  DEFAULT_PAGE_SIZE,
  isCalendarDate,
  isUuid,
  KeysetColumn,
  NotFoundProblem,
  Page,
  paginate,
  PageQueryDto,
  Principal,
} from '@bridge/platform';
import { MatchingAuditAction } from '../../audit/matching-audit-action';
import { Suggestion } from '../../match-engine/suggestion.entity';
import {
  assertCanSeeCandidate,
  canSeeCandidate,
  regionsInScope,
} from '../../read-models/candidates/candidate-scope';
import { Candidate } from '../../read-models/candidates/candidate.entity';
import { ReferralsService } from '../referrals/referrals.service';
import { ListCandidateSuggestionsQuery } from './dto/list-suggestions.query';
import { SuggestionQueueQuery } from './dto/suggestion-queue.query';
import { SuggestionDecision } from './suggestion-decision.entity';
import { DecisionListView, DecisionView } from './suggestion-decision.view';
import {
  QueuedSuggestionListView,
  QueuedSuggestionView,
  SuggestionListView,
  SuggestionView,
} from './suggestion.view';

const HIGHEST_SCORE: KeysetColumn<Suggestion> = {
  name: 'score',
  expression: 's.score',
  direction: 'DESC',
  valueOf: (s) => String(s.score),
  // numeric(4, 3) between 0 and 1, as String() writes it.
  accepts: (value) => /^(0(\.\d{1,3})?|1(\.0{1,3})?)$/.test(value),
};

/**
 * Best score first; ties: soonest start, then target id (unique per candidate, so the order is
 * total). Keyset-paged: suggestions added or removed between two pages do not shift the others
 * into a repeat or a gap, as an offset would.
 */
const BEST_FIRST: KeysetColumn<Suggestion>[] = [
  HIGHEST_SCORE,
  {
    name: 'startDate',
    expression: `s.target->>'startDate'`,
    direction: 'ASC',
    valueOf: (s) => s.target.startDate,
    accepts: isCalendarDate,
  },
  {
    name: 'targetId',
    expression: 's.target_id',
    direction: 'ASC',
    valueOf: (s) => s.targetId,
    accepts: isUuid,
  },
];

/** A suggestion of the queue, with its candidate (joined as `c`) and whether that has an accepted suggestion. */
type QueuedSuggestion = Suggestion & { candidate: Candidate };

/** The advisor's queue: soonest release first, then best score, then suggestion id (unique). */
const SOONEST_RELEASE_FIRST: KeysetColumn<QueuedSuggestion>[] = [
  {
    name: 'releaseDate',
    // The candidate's release date as copied onto the suggestion: the queue's index (suggestions_queue) serves it.
    expression: 's.candidate_release_date',
    direction: 'ASC',
    valueOf: (s) => s.candidate.expectedReleaseDate,
    accepts: isCalendarDate,
  },
  HIGHEST_SCORE,
  { name: 'id', expression: 's.id', direction: 'ASC', valueOf: (s) => s.id, accepts: isUuid },
];

/** A candidate's decisions, newest first. */
const NEWEST_FIRST: KeysetColumn<SuggestionDecision>[] = [
  {
    name: 'seq',
    expression: 'd.seq',
    direction: 'DESC',
    valueOf: (d) => String(d.seq),
    accepts: (value) => /^\d{1,18}$/.test(value),
  },
];

/** The most rows one CSV export of the queue holds: more is refused, naming the filters that narrow it. */
export const QUEUE_EXPORT_CAP = 10_000;

/** The queue's CSV columns: pseudonymous, as the queue's JSON. */
const QUEUE_CSV_COLUMNS: CsvColumn<QueuedSuggestion>[] = [
  { header: 'suggestionId', value: (s) => s.id },
  { header: 'candidateId', value: (s) => s.candidateId },
  { header: 'piCode', value: (s) => s.candidate.piCode },
  { header: 'regionCode', value: (s) => s.candidate.regionCode },
  { header: 'expectedReleaseDate', value: (s) => s.candidate.expectedReleaseDate },
  { header: 'targetType', value: (s) => s.type },
  { header: 'targetTitle', value: (s) => s.target.title },
  { header: 'targetMunicipalityCode', value: (s) => s.target.municipalityCode },
  {
    header: 'targetMunicipality',
    value: (s) => findMunicipality(s.target.municipalityCode)?.name,
  },
  { header: 'targetStartDate', value: (s) => s.target.startDate },
  { header: 'score', value: (s) => s.score },
  { header: 'status', value: (s) => s.status },
  { header: 'snoozedUntil', value: (s) => s.snoozedUntil },
];

@Injectable()
export class SuggestionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService<MatchingAuditAction>,
    private readonly referrals: ReferralsService,
    private readonly clock: Clock,
  ) {}

  /** A candidate's suggestions, best score first (ties: soonest start, then target id). */
  async forCandidate(
    principal: Principal,
    candidateId: string,
    query: ListCandidateSuggestionsQuery,
  ): Promise<SuggestionListView> {
    const candidate = await this.dataSource.manager.findOneBy(Candidate, { id: candidateId });
    assertCanSeeCandidate(principal, candidate, candidateId);
    const builder = this.dataSource.manager
      .createQueryBuilder(Suggestion, 's')
      .where('s.candidate_id = :candidateId', { candidateId });
    if (query.type) builder.andWhere('s.target_type = :type', { type: query.type });
    if (query.status) builder.andWhere('s.status = :status', { status: query.status });
    const page = await paginate(builder, query, BEST_FIRST, (suggestion) => suggestion);
    const referrals = await this.referrals.ofSuggestions(
      page.items.filter((s) => s.status === 'accepted').map((s) => s.id),
    );
    await this.audit.record(principal, 'candidate.suggestions-read', { candidateId });
    return {
      items: page.items.map((s) => SuggestionView.of(s, referrals.get(s.id))),
      nextCursor: page.nextCursor,
    };
  }

  /**
   * The suggestions of the candidates returning to the caller's regions (all, for an admin), in
   * the order to review them. A region filter outside an advisor's regions is a filter like any
   * other: it leaves an empty page. Every candidate shown is an audited read.
   */
  async queue(
    principal: Principal,
    query: SuggestionQueueQuery,
  ): Promise<QueuedSuggestionListView> {
    const page = await this.queuePage(regionsInScope(principal), query, this.clock.today());
    const referrals = await this.referrals.ofSuggestions(
      page.items.filter((s) => s.status === 'accepted').map((s) => s.id),
    );
    const candidateIds = [...new Set(page.items.map((s) => s.candidateId))];
    await this.audit.recordEach(
      principal,
      'suggestions.queue-read',
      candidateIds.map((candidateId) => ({ candidateId })),
    );
    return {
      items: page.items.map((s) => queued(s, referrals.get(s.id))),
      nextCursor: page.nextCursor,
    };
  }

  /**
   * A page of the queue, read region by region: with one region (or none: all) the queue's index gives the
   * page in order; several regions at once (`= ANY`) would read and sort every open suggestion of them, so
   * each region's first page is read by the index and the page is taken from what they hold together.
   */
  private async queuePage(
    scope: readonly string[] | null,
    query: SuggestionQueueQuery,
    today: string,
  ): Promise<Page<QueuedSuggestion>> {
    const regions = queueRegions(scope, query);
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    if (regions?.length === 0) return { items: [], nextCursor: null };
    if (regions === null || regions.length === 1)
      return paginate(
        this.queueQuery(query, today, regions?.[0]),
        query,
        SOONEST_RELEASE_FIRST,
        (s) => s,
      );
    const ids: string[] = [];
    for (const region of regions) {
      const first = await paginate(
        this.queueQuery(query, today, region),
        { ...query, limit: limit + 1 },
        SOONEST_RELEASE_FIRST,
        (s) => s.id,
      );
      ids.push(...first.items);
    }
    return paginate(
      this.queueQuery(query, today).andWhere('s.id = ANY(:ids)', { ids }),
      query,
      SOONEST_RELEASE_FIRST,
      (s) => s,
    );
  }

  /**
   * The queue's suggestions of one status (and PI), of one region, several, or all; snoozed until after today, or
   * (by default) not.
   */
  private queueQuery(
    query: SuggestionQueueQuery,
    today: string,
    region?: string | readonly string[],
  ): SelectQueryBuilder<QueuedSuggestion> {
    const builder = this.dataSource.manager
      .createQueryBuilder(Suggestion, 's')
      .innerJoinAndMapOne('s.candidate', Candidate, 'c', 'c.id = s.candidate_id')
      .addSelect('s.candidateHasAcceptedSuggestion')
      .where('s.status = :status', { status: query.status ?? 'suggested' });
    if (typeof region === 'string')
      builder.andWhere('s.candidate_region_code = :region', { region });
    else if (region)
      builder.andWhere('s.candidate_region_code = ANY(:regions)', { regions: region });
    if (query.pi) builder.andWhere('s.candidate_pi_code = :pi', { pi: query.pi });
    // A snooze ends on its day: from then on the suggestion is back, without anything written.
    if (query.snoozed) builder.andWhere('s.snoozed_until > :today', { today });
    else builder.andWhere('(s.snoozed_until IS NULL OR s.snoozed_until <= :today)', { today });
    return builder as SelectQueryBuilder<QueuedSuggestion>;
  }

  /**
   * The whole queue under the same filters as CSV (`suggestion-queue-<UTC timestamp>.csv`), in the queue's order;
   * limit and cursor do not apply. More than QUEUE_EXPORT_CAP rows is a 400 naming the filters that narrow it.
   * Audited as the queue's read (each candidate) and once as an export.
   */
  async exportQueue(principal: Principal, query: SuggestionQueueQuery): Promise<StreamableFile> {
    const regions = queueRegions(regionsInScope(principal), query);
    const rows =
      regions?.length === 0
        ? []
        : ((await this.queueQuery(query, this.clock.today(), regions ?? undefined)
            .orderBy('s.candidate_release_date', 'ASC')
            .addOrderBy('s.score', 'DESC')
            .addOrderBy('s.id', 'ASC')
            .limit(QUEUE_EXPORT_CAP + 1)
            .getMany()) as QueuedSuggestion[]);
    if (rows.length > QUEUE_EXPORT_CAP) {
      const message = `more than ${QUEUE_EXPORT_CAP} suggestions match; narrow the export with region, pi, status or snoozed`;
      throw new BadRequestProblem(
        message,
        ['region', 'pi', 'status', 'snoozed'].map((field) => ({ field, message })),
      );
    }
    const candidateIds = [...new Set(rows.map((s) => s.candidateId))];
    await this.dataSource.transaction(async (manager) => {
      await this.audit.recordEach(
        principal,
        'suggestions.queue-read',
        candidateIds.map((candidateId) => ({ candidateId })),
        manager,
      );
      await this.audit.record(
        principal,
        'suggestions.queue-exported',
        { piCode: query.pi, details: { filters: queueExportFilters(query), rows: rows.length } },
        manager,
      );
    });
    return csvDownload('suggestion-queue', QUEUE_CSV_COLUMNS, rows, this.clock.now());
  }

  /**
   * Who decided what on the candidate's suggestions (accepted, rejected, snoozed, un-snoozed), newest first, to
   * those who may see the candidate; else 404. Audited (`candidate.decisions-read`).
   */
  async decisionsOf(
    principal: Principal,
    candidateId: string,
    query: PageQueryDto,
  ): Promise<DecisionListView> {
    const candidate = await this.dataSource.manager.findOneBy(Candidate, { id: candidateId });
    assertCanSeeCandidate(principal, candidate, candidateId);
    const page = await paginate(
      this.dataSource.manager
        .createQueryBuilder(SuggestionDecision, 'd')
        .where('d.candidate_id = :candidateId', { candidateId }),
      query,
      NEWEST_FIRST,
      DecisionView.of,
    );
    await this.audit.record(principal, 'candidate.decisions-read', { candidateId });
    return page;
  }

  /**
   * One suggestion, as the queue shows it (with its candidate's release date, region and PI), to
   * those who may see its candidate (advisor: own regions; casemanager: own PI; admin); anyone
   * else, as for an unknown id, 404. Audited (`suggestion.read`, candidate and target).
   */
  async get(principal: Principal, id: string): Promise<QueuedSuggestionView> {
    const suggestion = (await this.dataSource.manager
      .createQueryBuilder(Suggestion, 's')
      .innerJoinAndMapOne('s.candidate', Candidate, 'c', 'c.id = s.candidate_id')
      .addSelect('s.candidateHasAcceptedSuggestion')
      .where('s.id = :id', { id })
      .getOne()) as QueuedSuggestion | null;
    if (!suggestion || !canSeeCandidate(principal, suggestion.candidate))
      throw new NotFoundProblem(`suggestion ${id} not found`);
    const referrals = await this.referrals.ofSuggestions(
      suggestion.status === 'accepted' ? [suggestion.id] : [],
    );
    await this.audit.record(principal, 'suggestion.read', {
      candidateId: suggestion.candidateId,
      targetId: suggestion.targetId,
    });
    return queued(suggestion, referrals.get(suggestion.id));
  }
}

/** The regions a queue read covers: the filter's within the caller's scope (none outside it), or the scope (null: all). */
function queueRegions(
  scope: readonly string[] | null,
  query: SuggestionQueueQuery,
): readonly string[] | null {
  if (!query.region) return scope;
  return scope === null || scope.includes(query.region) ? [query.region] : [];
}

/**
 * A suggestion as the queue lists it: with its candidate's release date, region and PI, and whether
 * the candidate has an accepted suggestion (selected with it, in the same query).
 */
function queued(
  s: QueuedSuggestion,
  referral?: Parameters<typeof SuggestionView.of>[1],
): QueuedSuggestionView {
  return {
    ...SuggestionView.of(s, referral),
    candidate: {
      expectedReleaseDate: s.candidate.expectedReleaseDate,
      regionCode: s.candidate.regionCode,
      piCode: s.candidate.piCode,
      hasAcceptedSuggestion: s.candidateHasAcceptedSuggestion === true,
    },
  };
}

/** The filters a queue export applied, for its audit entry; status and snoozed always apply, by their defaults if not given. */
function queueExportFilters(query: SuggestionQueueQuery): Record<string, string> {
  const filters: Record<string, string> = {
    status: query.status ?? 'suggested',
    snoozed: String(query.snoozed ?? false),
  };
  if (query.region) filters['region'] = query.region;
  if (query.pi) filters['pi'] = query.pi;
  return filters;
}
