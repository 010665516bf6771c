import data from '../data/qualifications.json';
import { UnknownReferenceError } from './errors';
import { deepFreeze, foldText } from './normalize';
import { isWorkshopTypeCode, WorkshopTypeCode } from './workshop-types';

/** MBO level: 1 = Entree, 2 = basisberoepsopleiding, 3 = vakopleiding, 4 = middenkader/specialist. */
export type QualificationLevel = 1 | 2 | 3 | 4;

export type LearningPath = 'BBL' | 'BOL';

/** The sector given to the Entree profiles, which have no opleidingsdomein. */
export const ENTREE_SECTOR = 'Entree';

/** An MBO kwalificatie (2015 qualification structure). */
export interface Qualification {
  /** Kwalificatie crebo code: 5 digits, e.g. `25290`. */
  readonly crebo: string;
  /** Official title, e.g. `Basislasser`. */
  readonly title: string;
  readonly level: QualificationLevel;
  /** `Entree`, `niveau 2`, `niveau 3` or `niveau 4`. */
  readonly levelLabel: string;
  /** Opleidingsdomein name (e.g. `Techniek en procesindustrie`), or `Entree` for the Entree profiles. */
  readonly sector: string;
  /** Opleidingsdomein code (e.g. `79020`); `null` for Entree. */
  readonly sectorCode: string | null;
  /** Crebo and title of the kwalificatiedossier the qualification belongs to. Not a valid `crebo`. */
  readonly dossierCrebo: string;
  readonly dossierTitle: string;
  readonly learningPaths: readonly LearningPath[];
  /** Statutory professional requirements named in the source (e.g. `I&M` for a driver), else `null`. */
  readonly professionalRequirements: string | null;
  /** Source's editorial In-Made category tags, e.g. `['hout', 'productie']`. */
  readonly inMadeCategories: readonly string[];
  /** The In-Made workshop types those tags map to, e.g. `['wood', 'assembly-packaging']`. */
  readonly workshopTypes: readonly WorkshopTypeCode[];
  /** Valid from (per the 2015 source), ISO date. */
  readonly validFrom: string;
}

export interface Sector {
  /** Opleidingsdomein name, or `Entree`. This is the value of `Qualification.sector`. */
  readonly name: string;
  /** Opleidingsdomein code, `null` for Entree. */
  readonly code: string | null;
  readonly qualificationCount: number;
}

export interface QualificationSearch {
  /**
   * Free text: every whitespace-separated word must occur in the title (case- and
   * diacritic-insensitive) or be a prefix of the crebo code. Empty/absent = no text filter.
   */
  q?: string;
  /** Sector name (case/diacritic-insensitive) or opleidingsdomein code. Unknown sector = no results. */
  sector?: string;
  level?: QualificationLevel;
  workshopType?: WorkshopTypeCode;
}

function toLevel(level: number, crebo: string): QualificationLevel {
  if (level === 1 || level === 2 || level === 3 || level === 4) return level;
  throw new Error(`reference-data: bad level ${level} for ${crebo}`);
}

function toLearningPath(path: string, crebo: string): LearningPath {
  if (path === 'BBL' || path === 'BOL') return path;
  throw new Error(`reference-data: bad learning path ${path} for ${crebo}`);
}

function toWorkshopType(code: string, crebo: string): WorkshopTypeCode {
  if (isWorkshopTypeCode(code)) return code;
  throw new Error(`reference-data: bad workshop type ${code} for ${crebo}`);
}

const QUALIFICATIONS: readonly Qualification[] = deepFreeze(
  data.qualifications.map(
    (q): Qualification => ({
      crebo: q.crebo,
      title: q.title,
      level: toLevel(q.level, q.crebo),
      levelLabel: q.levelLabel,
      sector: q.sector,
      sectorCode: q.sectorCode,
      dossierCrebo: q.dossierCrebo,
      dossierTitle: q.dossierTitle,
      learningPaths: q.learningPaths.map((p) => toLearningPath(p, q.crebo)),
      professionalRequirements: q.professionalRequirements,
      inMadeCategories: [...q.inMadeCategories],
      workshopTypes: q.workshopTypes.map((t) => toWorkshopType(t, q.crebo)),
      validFrom: q.validFrom,
    }),
  ),
);

const BY_CREBO: ReadonlyMap<string, Qualification> = new Map(
  QUALIFICATIONS.map((q) => [q.crebo, q]),
);

const FOLDED_TITLE: ReadonlyMap<Qualification, string> = new Map(
  QUALIFICATIONS.map((q) => [q, foldText(q.title)]),
);

// One collator each: `localeCompare` with a locale builds a new one per call, ~100x slower.
const DUTCH = new Intl.Collator('nl');
const DUTCH_BASE = new Intl.Collator('nl', { sensitivity: 'base' });

function sectorsOf(qualifications: readonly Qualification[]): Sector[] {
  const bySector = new Map<string, { code: string | null; count: number }>();
  for (const q of qualifications) {
    const known = bySector.get(q.sector);
    bySector.set(q.sector, { code: q.sectorCode, count: (known?.count ?? 0) + 1 });
  }
  return [...bySector]
    .map(([name, { code, count }]): Sector => ({ name, code, qualificationCount: count }))
    .sort((a, b) => DUTCH.compare(a.name, b.name));
}

const SECTORS: readonly Sector[] = deepFreeze(sectorsOf(QUALIFICATIONS));

/** Sectors by folded name and by opleidingsdomein code, so a lookup is one map read. */
const SECTOR_BY_KEY: ReadonlyMap<string, Sector> = new Map(
  SECTORS.flatMap((s) => [
    [foldText(s.name), s] as const,
    ...(s.code === null ? [] : [[s.code, s] as const]),
  ]),
);

const byTitleThenCrebo = (a: Qualification, b: Qualification): number =>
  DUTCH_BASE.compare(a.title, b.title) || (a.crebo < b.crebo ? -1 : a.crebo > b.crebo ? 1 : 0);

// Sorted once: a search filters this order instead of sorting its matches on every call.
const BY_TITLE: readonly Qualification[] = Object.freeze(
  [...QUALIFICATIONS].sort(byTitleThenCrebo),
);

/** The qualification with this 5-digit kwalificatie crebo code (surrounding spaces ignored), or `undefined`. */
export function findQualification(crebo: string): Qualification | undefined {
  return typeof crebo === 'string' ? BY_CREBO.get(crebo.trim()) : undefined;
}

/** Like {@link findQualification}, but throws {@link UnknownReferenceError} for an unknown crebo. */
export function requireQualification(crebo: string): Qualification {
  const qualification = findQualification(crebo);
  if (!qualification) throw new UnknownReferenceError('qualification', crebo);
  return qualification;
}

/** All qualifications, ordered by crebo. */
export function listQualifications(): readonly Qualification[] {
  return QUALIFICATIONS;
}

/** The sector with this name (case/diacritic-insensitive) or opleidingsdomein code, or `undefined`. */
export function findSector(nameOrCode: string): Sector | undefined {
  if (typeof nameOrCode !== 'string') return undefined;
  const folded = foldText(nameOrCode);
  return folded ? SECTOR_BY_KEY.get(folded) : undefined;
}

/** Like {@link findSector}, but throws {@link UnknownReferenceError} for an unknown sector. */
export function requireSector(nameOrCode: string): Sector {
  const sector = findSector(nameOrCode);
  if (!sector) throw new UnknownReferenceError('sector', nameOrCode);
  return sector;
}

/** All sectors that occur in the qualifications, ordered by name. */
export function listSectors(): readonly Sector[] {
  return SECTORS;
}

/**
 * Qualifications matching every given criterion, ordered by title then crebo.
 * With no criteria, returns all qualifications.
 */
export function searchQualifications(search: QualificationSearch = {}): Qualification[] {
  const words = foldText(search.q ?? '')
    .split(' ')
    .filter(Boolean);
  let sectorName: string | undefined;
  if (search.sector !== undefined && search.sector.trim() !== '') {
    const sector = findSector(search.sector);
    if (!sector) return [];
    sectorName = sector.name;
  }
  return BY_TITLE.filter((q) => {
    if (sectorName !== undefined && q.sector !== sectorName) return false;
    if (search.level !== undefined && q.level !== search.level) return false;
    if (search.workshopType !== undefined && !q.workshopTypes.includes(search.workshopType)) {
      return false;
    }
    const title = FOLDED_TITLE.get(q) ?? '';
    return words.every((w) => q.crebo.startsWith(w) || title.includes(w));
  });
}
