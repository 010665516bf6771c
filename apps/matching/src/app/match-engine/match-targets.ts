import { Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import { findMunicipality } from '@bridge/reference-data';
import { SearchEngine, SearchFilter } from '@bridge/search';
import { vacancyProfilesOf } from '../candidates/match-profiles';
import { schoolPlaceProfilesOf } from '../school-places/school-place-profiles';
import { SchoolPlace } from '../school-places/school-place.entity';
import { dayNumber, SCHOOL_PLACES_INDEX, VACANCIES_INDEX } from '../search-indexes/index-definitions';
import { SuggestionTarget } from '../suggestions/suggestion.entity';
import { Vacancy } from '../vacancies/vacancy.entity';
import { MatchSettings } from './match-settings';
import { CandidateProfile, TargetProfile } from './match-rules';

/** Meilisearch stops paginating at 1,000 hits; so do these queries. */
export const MAX_SEARCH_HITS = 1000;

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
 * The vacancies and school places a candidate may be suggested: the search index narrows the field
 * (open, places left, in reach in space and time), the authoritative rows make the profiles.
 */
@Injectable()
export class MatchTargets {
  constructor(private readonly search: SearchEngine) {}

  async inReachOf(manager: EntityManager, candidate: CandidateProfile, settings: MatchSettings): Promise<MatchTarget[]> {
    return [...(await this.vacanciesFor(manager, candidate, settings)), ...(await this.schoolPlacesFor(manager, candidate, settings))];
  }

  /** The reach of an open target; `null` when it is gone or no longer open. */
  async reachOf(manager: EntityManager, type: TargetType, id: string): Promise<TargetReach | null> {
    const target =
      type === 'vacancy'
        ? await manager.findOneBy(Vacancy, { vacancyId: id })
        : await manager.findOneBy(SchoolPlace, { schoolPlaceId: id });
    return target?.status === 'open' ? target : null;
  }

  /** The targets with these ids as the rules judge them (any status; gone ones are left out). */
  async byIds(manager: EntityManager, type: TargetType, ids: string[]): Promise<MatchTarget[]> {
    if (ids.length === 0) return [];
    if (type === 'vacancy') {
      const vacancies = await manager.findBy(Vacancy, { vacancyId: In(ids) });
      const profiles = await vacancyProfilesOf(manager, vacancies);
      return vacancies.map(({ title, municipalityCode, startDate, employerId }, i) => ({
        profile: profiles[i],
        summary: { title, municipalityCode, startDate, employerId },
      }));
    }
    const places = await manager.findBy(SchoolPlace, { schoolPlaceId: In(ids) });
    const profiles = await schoolPlaceProfilesOf(manager, places);
    return places.map(({ title, municipalityCode, startDate, brin }, i) => ({
      profile: profiles[i],
      summary: { title, municipalityCode, startDate, brin },
    }));
  }

  private async vacanciesFor(manager: EntityManager, candidate: CandidateProfile, settings: MatchSettings): Promise<MatchTarget[]> {
    const vogFilter: SearchFilter[] = candidate.vogOutlook === 'unlikely' ? [{ op: 'eq', field: 'requiresVog', value: false }] : [];
    return this.byIds(manager, 'vacancy', await this.openIdsInReach(VACANCIES_INDEX.name, 'openingsLeft', candidate, settings, vogFilter));
  }

  private async schoolPlacesFor(manager: EntityManager, candidate: CandidateProfile, settings: MatchSettings): Promise<MatchTarget[]> {
    return this.byIds(manager, 'school-place', await this.openIdsInReach(SCHOOL_PLACES_INDEX.name, 'seatsLeft', candidate, settings, []));
  }

  /** Ids of the open targets with places left that start in the candidate's window and lie in reach. */
  private async openIdsInReach(
    index: string,
    placesLeftField: string,
    candidate: CandidateProfile,
    settings: MatchSettings,
    extra: SearchFilter[],
  ): Promise<string[]> {
    const release = dayNumber(candidate.releaseDate);
    const page = await this.search.search<{ id: string }>(index, {
      filter: {
        op: 'and',
        filters: [
          { op: 'eq', field: 'status', value: 'open' },
          { op: 'gte', field: placesLeftField, value: 1 },
          { op: 'gte', field: 'startDay', value: release - settings.startWindow.daysBefore },
          { op: 'lte', field: 'startDay', value: release + settings.startWindow.daysAfter },
          inReach(candidate.regionCode, candidate.municipalityCode, settings),
          ...extra,
        ],
      },
      limit: MAX_SEARCH_HITS,
    });
    return page.hits.map((hit) => hit.document.id);
  }
}
