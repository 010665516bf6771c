import { IndexSchema } from '@bridge/search';
import { requestHash } from '@bridge/platform';
import { findMunicipality } from '@bridge/reference-data';
import { Candidate } from '../read-models/candidates/candidate.entity';
import { SchoolPlace } from '../read-models/school-places/school-place.entity';
import { Vacancy } from '../read-models/vacancies/vacancy.entity';

/**
 * Raise when what a document holds changes while its schema stays the same: a start with a new
 * value rebuilds the indexes of a persistent engine (see `SearchIndexer.setUp`).
 */
export const DOCUMENT_SHAPE_VERSION = 1;

/** What an index was built from: its schema and the document shape, as one hash (of canonical JSON, so key order does not count). */
export function definitionFingerprint(schema: IndexSchema): string {
  return requestHash({ schema, shape: DOCUMENT_SHAPE_VERSION });
}

/** Dates are indexed as day numbers so that date windows become numeric range filters. */
export function dayNumber(date: string): number {
  return Math.floor(Date.parse(`${date}T00:00:00Z`) / 86_400_000);
}

function geoOf(municipalityCode: string) {
  const municipality = findMunicipality(municipalityCode);
  return municipality ? { lat: municipality.lat, lng: municipality.lon } : undefined;
}

export const VACANCIES_INDEX: IndexSchema = {
  name: 'vacancies',
  fields: {
    title: 'string',
    description: 'string',
    status: 'string',
    employerId: 'string',
    covenantId: 'string',
    municipalityCode: 'string',
    regionCode: 'string',
    sector: 'string',
    startDay: 'number',
    openingsLeft: 'number',
    hoursPerWeek: 'number',
    requiredQualifications: 'string[]',
    requiredQualificationCount: 'number',
    preferredQualifications: 'string[]',
    requiresVog: 'boolean',
  },
  geo: true,
  searchable: ['title', 'description'],
  filterable: [
    'status',
    'employerId',
    'covenantId',
    'municipalityCode',
    'regionCode',
    'startDay',
    'openingsLeft',
    'requiredQualifications',
    'requiredQualificationCount',
    'requiresVog',
  ],
  sortable: ['startDay'],
};

export interface VacancyDocument {
  id: string;
  title: string;
  description: string;
  status: string;
  employerId: string;
  covenantId: string;
  municipalityCode: string;
  regionCode: string;
  sector: string;
  startDay: number;
  openingsLeft: number;
  hoursPerWeek: number;
  requiredQualifications: string[];
  /** So that "requires nothing" is a filter: the match engine asks for targets requiring a held qualification, or none. */
  requiredQualificationCount: number;
  preferredQualifications: string[];
  requiresVog: boolean;
  _geo?: { lat: number; lng: number };
}

export function vacancyDocument(vacancy: Vacancy): VacancyDocument {
  return {
    id: vacancy.vacancyId,
    title: vacancy.title,
    description: vacancy.description ?? '',
    status: vacancy.status,
    employerId: vacancy.employerId,
    covenantId: vacancy.covenantId,
    municipalityCode: vacancy.municipalityCode,
    regionCode: vacancy.regionCode,
    sector: vacancy.sector ?? '',
    startDay: dayNumber(vacancy.startDate),
    openingsLeft: vacancy.openingsLeft,
    hoursPerWeek: vacancy.hoursPerWeek,
    requiredQualifications: vacancy.requiredQualifications,
    requiredQualificationCount: vacancy.requiredQualifications.length,
    preferredQualifications: vacancy.preferredQualifications,
    requiresVog: vacancy.requiresVog,
    _geo: geoOf(vacancy.municipalityCode),
  };
}

export const SCHOOL_PLACES_INDEX: IndexSchema = {
  name: 'school_places',
  fields: {
    title: 'string',
    status: 'string',
    brin: 'string',
    covenantId: 'string',
    crebo: 'string',
    level: 'number',
    sector: 'string',
    learningPath: 'string',
    municipalityCode: 'string',
    regionCode: 'string',
    startDay: 'number',
    seatsLeft: 'number',
    minLevel: 'number',
    requiredQualifications: 'string[]',
    requiredQualificationCount: 'number',
  },
  geo: true,
  searchable: ['title'],
  filterable: [
    'status',
    'brin',
    'covenantId',
    'crebo',
    'level',
    'learningPath',
    'municipalityCode',
    'regionCode',
    'startDay',
    'seatsLeft',
    'requiredQualifications',
    'requiredQualificationCount',
  ],
  sortable: ['startDay'],
};

export interface SchoolPlaceDocument {
  id: string;
  title: string;
  status: string;
  brin: string;
  /** `null` for a school place outside any covenant. */
  covenantId: string | null;
  crebo: string;
  level: number;
  sector: string;
  learningPath: string;
  municipalityCode: string;
  regionCode: string;
  startDay: number;
  seatsLeft: number;
  minLevel: number | null;
  requiredQualifications: string[];
  requiredQualificationCount: number;
  _geo?: { lat: number; lng: number };
}

export function schoolPlaceDocument(place: SchoolPlace): SchoolPlaceDocument {
  return {
    id: place.schoolPlaceId,
    title: place.title,
    status: place.status,
    brin: place.brin,
    covenantId: place.covenantId,
    crebo: place.crebo,
    level: place.level,
    sector: place.sector,
    learningPath: place.learningPath,
    municipalityCode: place.municipalityCode,
    regionCode: place.regionCode,
    startDay: dayNumber(place.startDate),
    seatsLeft: place.seatsLeft,
    minLevel: place.minLevel,
    requiredQualifications: place.requiredQualifications,
    requiredQualificationCount: place.requiredQualifications.length,
    _geo: geoOf(place.municipalityCode),
  };
}

/** Candidates are indexed by pseudonym only: PI, region, release day, held qualifications. */
export const CANDIDATES_INDEX: IndexSchema = {
  name: 'candidates',
  fields: {
    piCode: 'string',
    regionCode: 'string',
    municipalityCode: 'string',
    releaseDay: 'number',
    vogOutlook: 'string',
    status: 'string',
    consent: 'boolean',
    qualifications: 'string[]',
  },
  geo: true,
  searchable: ['qualifications'],
  filterable: [
    'piCode',
    'regionCode',
    'releaseDay',
    'vogOutlook',
    'status',
    'consent',
    'qualifications',
  ],
  sortable: ['releaseDay'],
};

export interface CandidateDocument {
  id: string;
  piCode: string;
  regionCode: string;
  municipalityCode: string;
  releaseDay: number;
  vogOutlook: string;
  status: string;
  consent: boolean;
  qualifications: string[];
  _geo?: { lat: number; lng: number };
}

export function candidateDocument(
  candidate: Candidate,
  qualifications: string[],
): CandidateDocument {
  return {
    id: candidate.id,
    piCode: candidate.piCode,
    regionCode: candidate.regionCode,
    municipalityCode: candidate.returnMunicipalityCode,
    releaseDay: dayNumber(candidate.expectedReleaseDate),
    vogOutlook: candidate.vogOutlook,
    status: candidate.status,
    consent: candidate.consent.shareAnonymisedProfile,
    qualifications: [...new Set(qualifications)].sort(),
    _geo: geoOf(candidate.returnMunicipalityCode),
  };
}
