import { Injectable } from '@nestjs/common';
import { EntityManager, Raw } from 'typeorm';
import { findMunicipality } from '@bridge/reference-data';
import { SearchEngine, SearchFilter } from '@bridge/search';
import { vacancyProfilesOf } from '../match-rules/match-profiles';
import { CandidateProfile, TargetProfile } from '../match-rules/match-rules';
import { MatchSettings } from '../match-rules/match-settings';
import { schoolPlaceProfilesOf } from '../match-rules/school-place-profiles';
import { SchoolPlace } from '../read-models/school-places/school-place.entity';
import { Vacancy } from '../read-models/vacancies/vacancy.entity';
import { CANDIDATES_INDEX, dayNumber, SCHOOL_PLACES_INDEX, VACANCIES_INDEX } from '../search-indexes/index-definitions';
import { SuggestionTarget } from './suggestion.entity';

export type TargetType = TargetProfile['type'];

/** A target as the rules judge it, with the summary its suggestion shows. */
export interface MatchTarget {
  profile: TargetProfile;
  summary: SuggestionTarget;
}

/** Where and when an open target lies, and what it requires: which candidates it may concern. */
export type TargetReach = Pick<Vacancy & SchoolPlace, 'startDate' | 'regionCode' | 'municipalityCode' | 'requiredQualifications'>;

/** Rule 2 as a search filter: the same labour market region, or within the radius. */
export function inReach(regionCode: string, municipalityCode: string, settings: MatchSettings): SearchFilter {
  const municipality = findMunicipality(municipalityCode);
  const sameRegion: SearchFilter = { op: 'eq', field: 'regionCode', value: regionCode };
  if (!municipality) return sameRegion;
  return {
    op: 'or',
    filters: [sameRegion, { op: 'geoRadius', lat: municipality.lat, lng: municipality.lon, radiusMeters: settings.maxKm * 1000 }],
  };
}

/**
 * The vacancies and school places a candidate may be suggested, and the candidates a target may concern: the
 * search index narrows the field (open, places left, in reach in space and time), the authoritative rows make
 * the profiles. Every hit of a filter is taken, however many: no cap decides which targets are judged.
 */
@Injectable()
export class MatchTargets {
  constructor(private readonly search: SearchEngine) {}

  async inReachOf(manager: EntityManager, candidate: CandidateProfile, settings: MatchSettings): Promise<MatchTarget[]> {
    return [...(await this.vacanciesFor(manager, candidate, settings)), ...(await this.schoolPlacesFor(manager, candidate, settings))];
  }

  /** The reach of each of these targets that is open, by id (gone or no longer open ones are left out). */
  async openReachesOf(manager: EntityManager, type: TargetType, ids: string[]): Promise<Map<string, TargetReach>> {
    if (ids.length === 0) return new Map();
    const among = Raw((column) => `${column} = ANY(:ids)`, { ids });
    const targets =
      type === 'vacancy'
        ? (await manager.findBy(Vacancy, { vacancyId: among, status: 'open' })).map((v) => [v.vacancyId, v] as const)
        : (await manager.findBy(SchoolPlace, { schoolPlaceId: among, status: 'open' })).map((p) => [p.schoolPlaceId, p] as const);
    return new Map<string, TargetReach>(targets);
  }

  /** Ids of the active, consenting candidates holding its required qualifications that a target reaches in space and time. */
  async candidateIdsInReachOf(reach: TargetReach, today: string, settings: MatchSettings): Promise<string[]> {
    const start = dayNumber(reach.startDate);
    const todayDay = dayNumber(today);
    return this.allIds(CANDIDATES_INDEX.name, {
      op: 'and',
      filters: [
        { op: 'eq', field: 'status', value: 'active' },
        { op: 'eq', field: 'consent', value: true },
        { op: 'gte', field: 'releaseDay', value: Math.max(start - settings.startWindow.daysAfter, todayDay - settings.daysPastRelease) },
        { op: 'lte', field: 'releaseDay', value: Math.min(start + settings.startWindow.daysBefore, todayDay + settings.horizonDays) },
        { op: 'containsAll', field: 'qualifications', values: reach.requiredQualifications },
        inReach(reach.regionCode, reach.municipalityCode, settings),
      ],
    });
  }

  /** The targets with these ids as the rules judge them (any status; gone ones are left out). */
  byIds(manager: EntityManager, type: TargetType, ids: string[]): Promise<MatchTarget[]> {
    return this.load(manager, type, ids);
  }

  /**
   * The targets with these ids; with `held`, only those whose required qualifications are all among them. That is
   * rule 4 as a narrowing in SQL (the rules still judge every row loaded): a candidate's field is mostly targets
   * of other trades, which could only fail it.
   */
  private async load(manager: EntityManager, type: TargetType, ids: string[], held?: string[]): Promise<MatchTarget[]> {
    if (ids.length === 0) return [];
    const among = Raw((column) => `${column} = ANY(:ids)`, { ids });
    const requiring = held && { requiredQualifications: Raw((column) => `${column} <@ :held`, { held }) };
    if (type === 'vacancy') {
      const vacancies = await manager.findBy(Vacancy, { vacancyId: among, ...requiring });
      const profiles = await vacancyProfilesOf(manager, vacancies);
      return vacancies.map(({ title, municipalityCode, startDate, employerId }, i) => ({
        profile: profiles[i],
        summary: { title, municipalityCode, startDate, employerId },
      }));
    }
    const places = await manager.findBy(SchoolPlace, { schoolPlaceId: among, ...requiring });
    const profiles = await schoolPlaceProfilesOf(manager, places);
    return places.map(({ title, municipalityCode, startDate, brin }, i) => ({
      profile: profiles[i],
      summary: { title, municipalityCode, startDate, brin },
    }));
  }

  private async vacanciesFor(manager: EntityManager, candidate: CandidateProfile, settings: MatchSettings): Promise<MatchTarget[]> {
    const ids = await this.allIds(VACANCIES_INDEX.name, targetsInReachFilter('vacancy', candidate, settings));
    return this.load(manager, 'vacancy', ids, heldBy(candidate));
  }

  private async schoolPlacesFor(manager: EntityManager, candidate: CandidateProfile, settings: MatchSettings): Promise<MatchTarget[]> {
    const ids = await this.allIds(SCHOOL_PLACES_INDEX.name, targetsInReachFilter('school-place', candidate, settings));
    return this.load(manager, 'school-place', ids, heldBy(candidate));
  }

  /** The id of every document of the index that passes the filter: the port's `searchAll`, which has no cap. */
  private async allIds(index: string, filter: SearchFilter): Promise<string[]> {
    const ids: string[] = [];
    for await (const page of this.search.searchAll<{ id: string }>(index, { filter, fields: ['id'] })) ids.push(...page.map((document) => document.id));
    return ids;
  }
}

/**
 * The search filter of a candidate's field of one type: open targets with places left that start in the candidate's
 * window, lie in reach and may pass rule 4 (and, for vacancies, the VOG rule: none needing a VOG when one is unlikely).
 */
export function targetsInReachFilter(type: TargetType, candidate: CandidateProfile, settings: MatchSettings): SearchFilter {
  const release = dayNumber(candidate.releaseDate);
  const vog: SearchFilter[] = type === 'vacancy' && candidate.vogOutlook === 'unlikely' ? [{ op: 'eq', field: 'requiresVog', value: false }] : [];
  return {
    op: 'and',
    filters: [
      { op: 'eq', field: 'status', value: 'open' },
      { op: 'gte', field: type === 'vacancy' ? 'openingsLeft' : 'seatsLeft', value: 1 },
      { op: 'gte', field: 'startDay', value: release - settings.startWindow.daysBefore },
      { op: 'lte', field: 'startDay', value: release + settings.startWindow.daysAfter },
      inReach(candidate.regionCode, candidate.municipalityCode, settings),
      requiringHeldOrNothing(heldBy(candidate)),
      ...vog,
    ],
  };
}

/**
 * Rule 4 (every required qualification held) narrowed in the search: targets that require a held qualification,
 * or none. A superset (a target requiring a held and an unheld one passes it), which the load narrows exactly;
 * without it a candidate's field is mostly the targets of other trades in reach, read only to fail.
 */
function requiringHeldOrNothing(held: string[]): SearchFilter {
  return {
    op: 'or',
    filters: [
      { op: 'containsAny', field: 'requiredQualifications', values: held },
      { op: 'eq', field: 'requiredQualificationCount', value: 0 },
    ],
  };
}

function heldBy(candidate: CandidateProfile): string[] {
  return candidate.certificates.map((certificate) => certificate.crebo);
}
