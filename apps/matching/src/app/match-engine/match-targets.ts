import { Injectable } from '@nestjs/common';
import { EntityManager, MoreThan, Raw } from 'typeorm';
import { findMunicipality } from '@bridge/reference-data';
import { SearchEngine, SearchFilter } from '@bridge/search';
import { vacancyProfilesOf } from '../match-rules/match-profiles';
import { TargetProfile } from '../match-rules/match-rules';
import { MatchSettings } from '../match-rules/match-settings';
import { schoolPlaceProfilesOf } from '../match-rules/school-place-profiles';
import { SchoolPlace } from '../read-models/school-places/school-place.entity';
import { Vacancy } from '../read-models/vacancies/vacancy.entity';
import { CANDIDATES_INDEX, dayNumber } from '../search-indexes/index-definitions';
import { SuggestionTarget } from './suggestion.entity';

export type TargetType = TargetProfile['type'];

/** A target as the rules judge it, with the summary its suggestion shows. */
export interface MatchTarget {
  profile: TargetProfile;
  summary: SuggestionTarget;
}

/** Where and when an open target lies, and what it requires: which candidates it may concern. */
export type TargetReach = Pick<
  TargetProfile,
  'startDate' | 'regionCode' | 'municipalityCode' | 'requiredQualifications'
>;

/** Rule 2 as a search filter: the same labour market region, or within the radius. */
export function inReach(
  regionCode: string,
  municipalityCode: string,
  settings: MatchSettings,
): SearchFilter {
  const municipality = findMunicipality(municipalityCode);
  const sameRegion: SearchFilter = { op: 'eq', field: 'regionCode', value: regionCode };
  if (!municipality) return sameRegion;
  return {
    op: 'or',
    filters: [
      sameRegion,
      {
        op: 'geoRadius',
        lat: municipality.lat,
        lng: municipality.lon,
        radiusMeters: settings.maxKm * 1000,
      },
    ],
  };
}

/**
 * The targets as the rules judge them, read from the authoritative rows, and the candidates a target may concern:
 * the search index narrows those (active, in reach in space and time, holding what it requires). Every hit of a
 * filter is taken, however many: no cap decides which pairs are judged.
 */
@Injectable()
export class MatchTargets {
  constructor(private readonly search: SearchEngine) {}

  /** Ids of the active, consenting candidates holding its required qualifications that a target reaches in space and time. */
  async candidateIdsInReachOf(
    reach: TargetReach,
    today: string,
    settings: MatchSettings,
  ): Promise<string[]> {
    const start = dayNumber(reach.startDate);
    const todayDay = dayNumber(today);
    return this.allIds(CANDIDATES_INDEX.name, {
      op: 'and',
      filters: [
        { op: 'eq', field: 'status', value: 'active' },
        { op: 'eq', field: 'consent', value: true },
        {
          op: 'gte',
          field: 'releaseDay',
          value: Math.max(
            start - settings.startWindow.daysAfter,
            todayDay - settings.daysPastRelease,
          ),
        },
        {
          op: 'lte',
          field: 'releaseDay',
          value: Math.min(start + settings.startWindow.daysBefore, todayDay + settings.horizonDays),
        },
        { op: 'containsAll', field: 'qualifications', values: reach.requiredQualifications },
        inReach(reach.regionCode, reach.municipalityCode, settings),
      ],
    });
  }

  /** The targets with these ids as the rules judge them (any status; gone ones are left out). */
  async byIds(manager: EntityManager, type: TargetType, ids: string[]): Promise<MatchTarget[]> {
    if (ids.length === 0) return [];
    const among = Raw((column) => `${column} = ANY(:ids)`, { ids });
    return type === 'vacancy'
      ? this.vacancies(manager, await manager.findBy(Vacancy, { vacancyId: among }))
      : this.schoolPlaces(manager, await manager.findBy(SchoolPlace, { schoolPlaceId: among }));
  }

  /** Up to `limit` open targets with places left, in the order of their ids, after the id `after`. */
  async openPage(
    manager: EntityManager,
    type: TargetType,
    limit: number,
    after?: string,
  ): Promise<MatchTarget[]> {
    if (type === 'vacancy') {
      const where = {
        status: 'open' as const,
        openingsLeft: MoreThan(0),
        ...(after !== undefined && { vacancyId: MoreThan(after) }),
      };
      return this.vacancies(
        manager,
        await manager.find(Vacancy, { where, order: { vacancyId: 'ASC' }, take: limit }),
      );
    }
    const where = {
      status: 'open' as const,
      seatsLeft: MoreThan(0),
      ...(after !== undefined && { schoolPlaceId: MoreThan(after) }),
    };
    return this.schoolPlaces(
      manager,
      await manager.find(SchoolPlace, { where, order: { schoolPlaceId: 'ASC' }, take: limit }),
    );
  }

  private async vacancies(manager: EntityManager, vacancies: Vacancy[]): Promise<MatchTarget[]> {
    const profiles = await vacancyProfilesOf(manager, vacancies);
    return vacancies.map(({ title, municipalityCode, startDate, employerId }, i) => ({
      profile: profiles[i],
      summary: { title, municipalityCode, startDate, employerId },
    }));
  }

  private async schoolPlaces(
    manager: EntityManager,
    places: SchoolPlace[],
  ): Promise<MatchTarget[]> {
    const profiles = await schoolPlaceProfilesOf(manager, places);
    return places.map(({ title, municipalityCode, startDate, brin }, i) => ({
      profile: profiles[i],
      summary: { title, municipalityCode, startDate, brin },
    }));
  }

  /** The id of every document of the index that passes the filter: the port's `searchAll`, which has no cap. */
  private async allIds(index: string, filter: SearchFilter): Promise<string[]> {
    const ids: string[] = [];
    for await (const page of this.search.searchAll<{ id: string }>(index, {
      filter,
      fields: ['id'],
    }))
      ids.push(...page.map((document) => document.id));
    return ids;
  }
}
