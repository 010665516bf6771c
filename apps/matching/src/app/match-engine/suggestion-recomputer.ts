import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { findMunicipality } from '@bridge/reference-data';
import { SearchEngine, SearchFilter } from '@bridge/search';
import { Candidate } from '../candidates/candidate.entity';
import { CandidateCertificate } from '../certificates/candidate-certificate.entity';
import { Covenant } from '../covenants/covenant.entity';
import { CANDIDATES_INDEX, dayNumber, VACANCIES_INDEX, VacancyDocument } from '../search-indexes/index-definitions';
import { Suggestion, SuggestionStatus } from '../suggestions/suggestion.entity';
import { Vacancy } from '../vacancies/vacancy.entity';
import { DEFAULT_MATCH_SETTINGS, MatchSettings } from './match-settings';
import { CandidateProfile, candidateEligibility, evaluateMatch, TargetProfile } from './match-rules';

/** Meilisearch stops paginating at 1,000 hits; so does this query. */
const MAX_CANDIDATE_TARGETS = 1000;
const BATCH_SIZE = 50;
const UNREVIEWED: SuggestionStatus[] = ['suggested', 'expired'];

export interface QueuedSubject {
  id: string;
  subject_type: 'candidate' | 'vacancy';
  subject_id: string;
}

/**
 * Recomputes suggestions incrementally: for each queued candidate, or for the candidates a queued
 * target may concern. The search index narrows the field (status, region or radius, dates); the
 * hard rules and the score are then applied to the authoritative rows.
 */
@Injectable()
export class SuggestionRecomputer {
  private readonly settings: MatchSettings = DEFAULT_MATCH_SETTINGS;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly search: SearchEngine,
  ) {}

  /** The oldest queued subjects, still in the queue until `recompute` has handled them. */
  async pending(): Promise<QueuedSubject[]> {
    return this.dataSource.query('SELECT id, subject_type, subject_id FROM match_queue ORDER BY id LIMIT $1', [BATCH_SIZE]);
  }

  /** Recomputes for the given queued subjects, then removes them from the queue. */
  async recompute(queued: QueuedSubject[], today = new Date().toISOString().slice(0, 10)): Promise<number> {
    if (queued.length === 0) return 0;
    const candidateIds = new Set(queued.filter((q) => q.subject_type === 'candidate').map((q) => q.subject_id));
    for (const vacancyId of new Set(queued.filter((q) => q.subject_type === 'vacancy').map((q) => q.subject_id))) {
      for (const id of await this.candidatesConcernedBy(vacancyId, today)) candidateIds.add(id);
    }
    for (const candidateId of candidateIds) await this.recomputeCandidate(candidateId, today);
    await this.dataSource.query('DELETE FROM match_queue WHERE id = ANY($1::bigint[])', [queued.map((q) => q.id)]);
    return queued.length;
  }

  async recomputeCandidate(candidateId: string, today: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const candidate = await manager.findOne(Candidate, { where: { id: candidateId }, lock: { mode: 'pessimistic_write' } });
      if (!candidate) return;
      const profile = await this.profileOf(manager, candidate);
      const eligibleTargets = new Map<string, { target: TargetProfile; score: number; explanation: unknown[] }>();
      if (candidateEligibility(profile, today, this.settings).eligible) {
        for (const target of await this.vacancyTargetsFor(manager, profile)) {
          const evaluation = evaluateMatch(profile, target, today, this.settings);
          if (evaluation.eligible) eligibleTargets.set(target.id, { target, ...evaluation });
        }
      }
      await this.store(manager, candidateId, eligibleTargets);
    });
  }

  private async store(
    manager: EntityManager,
    candidateId: string,
    eligible: Map<string, { target: TargetProfile; score: number; explanation: unknown[] }>,
  ) {
    const existing = await manager.findBy(Suggestion, { candidateId });
    const byTarget = new Map(existing.map((s) => [s.targetId, s]));
    // Reviewed suggestions (accepted, rejected) are the advisor's: never expired, rescored or
    // reopened. Every write below is also conditional on the status, so it holds row by row.
    for (const suggestion of existing) {
      if (suggestion.status === 'suggested' && !eligible.has(suggestion.targetId)) {
        await manager.update(Suggestion, { id: suggestion.id, status: 'suggested' }, { status: 'expired' });
      }
    }
    for (const [targetId, match] of eligible) {
      const current = byTarget.get(targetId);
      const fields = {
        score: match.score,
        explanation: match.explanation as Suggestion['explanation'],
        target: await this.targetSummary(manager, match.target),
      };
      if (!current) {
        await manager.insert(Suggestion, {
          id: randomUUID(),
          candidateId,
          targetId,
          type: match.target.type,
          status: 'suggested',
          ...fields,
        });
      } else if (UNREVIEWED.includes(current.status)) {
        await manager.update(Suggestion, { id: current.id, status: In(UNREVIEWED) }, { ...fields, status: 'suggested' });
      }
    }
  }

  private async targetSummary(manager: EntityManager, target: TargetProfile) {
    const vacancy = await manager.findOneByOrFail(Vacancy, { vacancyId: target.id });
    return {
      title: vacancy.title,
      municipalityCode: vacancy.municipalityCode,
      startDate: vacancy.startDate,
      employerId: vacancy.employerId,
    };
  }

  private async profileOf(manager: EntityManager, candidate: Candidate): Promise<CandidateProfile> {
    const certificates = await manager.findBy(CandidateCertificate, { candidateId: candidate.id, status: 'valid' });
    return {
      id: candidate.id,
      piCode: candidate.piCode,
      regionCode: candidate.regionCode,
      municipalityCode: candidate.returnMunicipalityCode,
      releaseDate: candidate.expectedReleaseDate,
      vogOutlook: candidate.vogOutlook,
      excludedMunicipalities: candidate.excludedMunicipalities,
      preferences: candidate.preferences,
      consentToShare: candidate.consent.shareAnonymisedProfile,
      status: candidate.status,
      certificates: certificates.map(({ crebo, sector }) => ({ crebo, sector })),
    };
  }

  /** Open vacancies in reach of the candidate in space and time, as target profiles. */
  private async vacancyTargetsFor(manager: EntityManager, profile: CandidateProfile): Promise<TargetProfile[]> {
    const release = dayNumber(profile.releaseDate);
    const filters: SearchFilter[] = [
      { op: 'eq', field: 'status', value: 'open' },
      { op: 'gte', field: 'openingsLeft', value: 1 },
      { op: 'gte', field: 'startDay', value: release - this.settings.startWindow.daysBefore },
      { op: 'lte', field: 'startDay', value: release + this.settings.startWindow.daysAfter },
      this.inReach(profile.regionCode, profile.municipalityCode),
    ];
    if (profile.vogOutlook === 'unlikely') filters.push({ op: 'eq', field: 'requiresVog', value: false });
    const page = await this.search.search<VacancyDocument>(VACANCIES_INDEX.name, {
      filter: { op: 'and', filters },
      limit: MAX_CANDIDATE_TARGETS,
    });
    const ids = page.hits.map((hit) => hit.document.id);
    if (ids.length === 0) return [];
    const vacancies = await manager.findBy(Vacancy, { vacancyId: In(ids) });
    const covenants = await manager.findBy(Covenant, { covenantId: In([...new Set(vacancies.map((v) => v.covenantId))]) });
    const covenantById = new Map(covenants.map((c) => [c.covenantId, c]));
    return vacancies.map((vacancy) => {
      const covenant = covenantById.get(vacancy.covenantId);
      return {
        id: vacancy.vacancyId,
        type: 'vacancy' as const,
        title: vacancy.title,
        open: vacancy.status === 'open',
        placesLeft: vacancy.openingsLeft,
        municipalityCode: vacancy.municipalityCode,
        regionCode: vacancy.regionCode,
        startDate: vacancy.startDate,
        sector: vacancy.sector,
        requiredQualifications: vacancy.requiredQualifications,
        preferredQualifications: vacancy.preferredQualifications,
        requiresVog: vacancy.requiresVog,
        covenant: covenant
          ? { active: covenant.employerId === vacancy.employerId && covenant.isActiveOn(vacancy.startDate), piCodes: covenant.piCodes }
          : null,
      };
    });
  }

  /** Candidates whose suggestions a change of this vacancy may alter. */
  private async candidatesConcernedBy(vacancyId: string, today: string): Promise<string[]> {
    const concerned = new Set<string>(
      (await this.dataSource.manager.findBy(Suggestion, { targetId: vacancyId, status: 'suggested' })).map((s) => s.candidateId),
    );
    const vacancy = await this.dataSource.manager.findOneBy(Vacancy, { vacancyId });
    if (vacancy && vacancy.status === 'open') {
      const start = dayNumber(vacancy.startDate);
      const todayDay = dayNumber(today);
      const page = await this.search.search<{ id: string }>(CANDIDATES_INDEX.name, {
        filter: {
          op: 'and',
          filters: [
            { op: 'eq', field: 'status', value: 'active' },
            { op: 'eq', field: 'consent', value: true },
            { op: 'gte', field: 'releaseDay', value: Math.max(start - this.settings.startWindow.daysAfter, todayDay - this.settings.daysPastRelease) },
            { op: 'lte', field: 'releaseDay', value: Math.min(start + this.settings.startWindow.daysBefore, todayDay + this.settings.horizonDays) },
            { op: 'containsAll', field: 'qualifications', values: vacancy.requiredQualifications },
            this.inReach(vacancy.regionCode, vacancy.municipalityCode),
          ],
        },
        limit: MAX_CANDIDATE_TARGETS,
      });
      for (const hit of page.hits) concerned.add(hit.document.id);
    }
    return [...concerned];
  }

  /** Rule 2 as a search filter: the same labour market region, or within the radius. */
  private inReach(regionCode: string, municipalityCode: string): SearchFilter {
    const municipality = findMunicipality(municipalityCode);
    const sameRegion: SearchFilter = { op: 'eq', field: 'regionCode', value: regionCode };
    if (!municipality) return sameRegion;
    return {
      op: 'or',
      filters: [
        sameRegion,
        { op: 'geoRadius', lat: municipality.lat, lng: municipality.lon, radiusMeters: this.settings.maxKm * 1000 },
      ],
    };
  }
}
