import { distanceKm, findQualification } from '@bridge/reference-data';
import { CandidatePreferences, VogOutlook } from '../read-models/candidates/candidate.entity';
import { DEFAULT_MATCH_SETTINGS, MatchSettings, SuggestionBound, WEIGHTS } from './match-settings';

export interface CandidateProfile {
  id: string;
  piCode: string;
  regionCode: string;
  municipalityCode: string;
  releaseDate: string;
  vogOutlook: VogOutlook;
  excludedMunicipalities: string[];
  preferences: CandidatePreferences;
  consentToShare: boolean;
  status: 'active' | 'left';
  /** Valid certificates only. */
  certificates: { crebo: string; sector: string }[];
}

export interface TargetProfile {
  id: string;
  type: 'vacancy' | 'school-place';
  title: string;
  open: boolean;
  placesLeft: number;
  municipalityCode: string;
  regionCode: string;
  startDate: string;
  sector: string | null;
  requiredQualifications: string[];
  preferredQualifications: string[];
  requiresVog: boolean;
  /** A school place's entry requirement: a valid certificate at this MBO level or higher. */
  minLevel?: number | null;
  /** `null`: no covenant (a vacancy's is unknown; a school place may have none). */
  covenant: { active: boolean; piCodes: string[] } | null;
}

/** Every hard rule a target can fail, by the name an exclusion shows. */
export const EXCLUSION_RULES = [
  'target-not-open',
  'covenant-inactive',
  'too-far',
  'start-date-outside-window',
  'missing-qualifications',
  'entry-level-not-met',
  'vog-unlikely',
  'candidate-not-eligible',
  'excluded-municipality',
] as const;
export type ExclusionRule = (typeof EXCLUSION_RULES)[number];

export interface Factor {
  factor: keyof typeof WEIGHTS;
  weight: number;
  value: number;
  reason: string;
}

export type Evaluation =
  | { eligible: true; score: number; explanation: Factor[] }
  | { eligible: false; rule: ExclusionRule; detail: string };

const DAY_MS = 86_400_000;
const round3 = (value: number) => Math.round(value * 1000) / 1000;
const clamp01 = (value: number) => Math.min(1, Math.max(0, value));

export function daysBetween(from: string, to: string): number {
  return dayOf(to) - dayOf(from);
}

/** Calendar dates as day numbers, remembered: a candidate is judged against thousands of targets on a few hundred dates. */
const dayNumbers = new Map<string, number>();
const MAX_REMEMBERED_DAYS = 10_000;

function dayOf(date: string): number {
  let day = dayNumbers.get(date);
  if (day === undefined) {
    day = Math.round(Date.parse(`${date}T00:00:00Z`) / DAY_MS);
    if (dayNumbers.size >= MAX_REMEMBERED_DAYS) dayNumbers.clear();
    dayNumbers.set(date, day);
  }
  return day;
}

/** Rule 6 on its own: is the candidate someone the platform should suggest anything to today? */
export function candidateEligibility(
  candidate: CandidateProfile,
  today: string,
  settings: MatchSettings = DEFAULT_MATCH_SETTINGS,
): { eligible: true } | { eligible: false; detail: string } {
  if (candidate.status !== 'active') return { eligible: false, detail: 'the candidate has left the platform' };
  if (!candidate.consentToShare) return { eligible: false, detail: 'the candidate has not consented to share a profile' };
  const daysToRelease = daysBetween(today, candidate.releaseDate);
  if (daysToRelease > settings.horizonDays) {
    return { eligible: false, detail: `release is ${daysToRelease} days away, beyond the ${settings.horizonDays}-day horizon` };
  }
  if (daysToRelease < -settings.daysPastRelease) {
    return { eligible: false, detail: `release was ${-daysToRelease} days ago, more than ${settings.daysPastRelease}` };
  }
  return { eligible: true };
}

/** A pair that passed the hard rules, with what its score is made of. */
interface Fit {
  candidate: CandidateProfile;
  target: TargetProfile;
  held: Set<string>;
  km: number;
  startOffset: number;
  settings: MatchSettings;
}

/**
 * The hard rules and the score of DESIGN.md for one candidate and one target: deterministic,
 * and explained factor by factor (or by the first rule that excludes the target).
 */
export function evaluateMatch(
  candidate: CandidateProfile,
  target: TargetProfile,
  today: string,
  settings: MatchSettings = DEFAULT_MATCH_SETTINGS,
): Evaluation {
  const fit = applyRules(candidate, target, today, settings);
  if (!('km' in fit)) return fit;
  const explanation = FACTORS.map((factor) => explained(factor, fit));
  return { eligible: true, score: scoreOf(fit), explanation };
}

/**
 * `evaluateMatch` without the explanation, which is most of its cost: a candidate is judged against thousands of
 * targets and keeps a few. `explain` gives the explanation of the same score when it is wanted.
 */
export function scoreMatch(
  candidate: CandidateProfile,
  target: TargetProfile,
  today: string,
  settings: MatchSettings = DEFAULT_MATCH_SETTINGS,
): { eligible: true; score: number; explain: () => Factor[] } | { eligible: false; rule: ExclusionRule } {
  const fit = applyRules(candidate, target, today, settings);
  if (!('km' in fit)) return { eligible: false, rule: fit.rule };
  return { eligible: true, score: scoreOf(fit), explain: () => FACTORS.map((factor) => explained(factor, fit)) };
}

/** The first hard rule the pair fails, with why; or, when it fails none, what its score is made of. */
function applyRules(
  candidate: CandidateProfile,
  target: TargetProfile,
  today: string,
  settings: MatchSettings,
): Fit | { eligible: false; rule: ExclusionRule; detail: string } {
  if (!target.open || target.placesLeft < 1) {
    return { eligible: false, rule: 'target-not-open', detail: 'the target is not open or has no places left' };
  }
  // A vacancy belongs to an active covenant; a school place may have none, but one it names must hold.
  if (target.covenant ? !target.covenant.active : target.type === 'vacancy') {
    return { eligible: false, rule: 'covenant-inactive', detail: 'no active covenant at the start date' };
  }
  const km = distanceKm(candidate.municipalityCode, target.municipalityCode);
  if (target.regionCode !== candidate.regionCode && km > settings.maxKm) {
    return {
      eligible: false,
      rule: 'too-far',
      detail: `${Math.round(km)} km away and outside return region ${candidate.regionCode} (limit ${settings.maxKm} km)`,
    };
  }
  const startOffset = daysBetween(candidate.releaseDate, target.startDate);
  if (startOffset < -settings.startWindow.daysBefore || startOffset > settings.startWindow.daysAfter) {
    return {
      eligible: false,
      rule: 'start-date-outside-window',
      detail: `starts ${describeOffset(startOffset)}; the window is ${settings.startWindow.daysBefore} days before to ${settings.startWindow.daysAfter} days after release`,
    };
  }
  const held = new Set(candidate.certificates.map((c) => c.crebo));
  const missing = target.requiredQualifications.filter((crebo) => !held.has(crebo));
  if (missing.length > 0) {
    return { eligible: false, rule: 'missing-qualifications', detail: `requires ${missing.join(', ')} which the candidate does not hold` };
  }
  if (target.minLevel) {
    const highest = highestLevelHeld(candidate);
    if (highest < target.minLevel) {
      return {
        eligible: false,
        rule: 'entry-level-not-met',
        detail: `requires a valid certificate at MBO level ${target.minLevel} or higher; ${highest > 0 ? `the highest the candidate holds is level ${highest}` : 'the candidate holds none with a known level'}`,
      };
    }
  }
  if (target.requiresVog && candidate.vogOutlook === 'unlikely') {
    return { eligible: false, rule: 'vog-unlikely', detail: 'the target requires a VOG and the outlook is unlikely' };
  }
  const window = candidateEligibility(candidate, today, settings);
  if (!window.eligible) return { eligible: false, rule: 'candidate-not-eligible', detail: window.detail };
  if (candidate.excludedMunicipalities.includes(target.municipalityCode)) {
    return { eligible: false, rule: 'excluded-municipality', detail: `${target.municipalityCode} is excluded for this candidate` };
  }
  return { candidate, target, held, km, startOffset, settings };
}

/** A factor of the score: its value (clamped to 0..1 and rounded) and the reason an advisor reads. */
interface ScoreFactor {
  name: keyof typeof WEIGHTS;
  value(fit: Fit): number;
  reason(fit: Fit): string;
}

function scoreOf(fit: Fit): number {
  return round3(FACTORS.reduce((sum, factor) => sum + WEIGHTS[factor.name] * factorValue(factor, fit), 0));
}

function factorValue(factor: ScoreFactor, fit: Fit): number {
  return round3(clamp01(factor.value(fit)));
}

function explained(factor: ScoreFactor, fit: Fit): Factor {
  return { factor: factor.name, weight: WEIGHTS[factor.name], value: factorValue(factor, fit), reason: factor.reason(fit) };
}

/** A target that passed the hard rules, as the ranking of a candidate's suggestions sees it. */
export interface RankedMatch {
  targetId: string;
  score: number;
  startDate: string;
}

/**
 * Best first: the higher score, then the sooner start, then the lower target id. The order in which
 * `GET /candidates/:id/suggestions` lists them; total, so the best K are one set however the targets were found.
 */
export function bestFirst(a: RankedMatch, b: RankedMatch): number {
  return b.score - a.score || compareText(a.startDate, b.startDate) || compareText(a.targetId, b.targetId);
}

/** The matches a candidate keeps as suggestions: those scoring at least the floor, the best of them, best first. */
export function bestMatches<M extends RankedMatch>(matches: M[], bound: SuggestionBound): M[] {
  // The best K kept in order as the matches pass, instead of sorting thousands to keep twenty.
  const best: M[] = [];
  const k = bound.maxSuggestionsPerCandidate;
  for (const match of matches) {
    if (match.score < bound.minScore || k === 0) continue;
    if (best.length === k && bestFirst(match, best[k - 1]) >= 0) continue;
    let at = best.length;
    while (at > 0 && bestFirst(match, best[at - 1]) < 0) at--;
    best.splice(at, 0, match);
    if (best.length > k) best.pop();
  }
  return best;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The highest MBO level among the candidate's valid certificates, from the reference data (0: none). */
function highestLevelHeld(candidate: CandidateProfile): number {
  return Math.max(0, ...candidate.certificates.map((c) => findQualification(c.crebo)?.level ?? 0));
}

/** What the qualification factor looks at: the preferred qualifications held, and an In-Made certificate of the sector. */
function qualificationFit({ candidate, target, held }: Fit) {
  const preferredHeld = target.preferredQualifications.filter((crebo) => held.has(crebo)).length;
  const sameSector = !!target.sector && candidate.certificates.some((c) => c.sector === target.sector);
  return { required: target.requiredQualifications.length, preferred: target.preferredQualifications.length, preferredHeld, sameSector };
}

/** The preferences factor's value and reason. */
function preferencesFit({ candidate: { preferences }, target }: Fit): { value: number; reason: string } {
  const wantsThisKind = target.type === 'vacancy' ? preferences.work !== false : preferences.education !== false;
  if (!wantsThisKind) return { value: 0, reason: target.type === 'vacancy' ? 'prefers education over work' : 'prefers work over education' };
  const sectors = preferences.sectors ?? [];
  if (sectors.length === 0) return { value: 0.7, reason: 'no sector preference given' };
  const match = !!target.sector && sectors.includes(target.sector);
  return { value: match ? 1 : 0.3, reason: match ? `prefers the sector ${target.sector}` : 'outside the preferred sectors' };
}

const TIMING_GRACE_DAYS = 14;

/** The score's factors, in the order an explanation lists them. */
const FACTORS: ScoreFactor[] = [
  {
    name: 'qualifications',
    value: (fit) => {
      const { required, preferred, preferredHeld, sameSector } = qualificationFit(fit);
      const preferredPart = preferred > 0 ? preferredHeld / preferred : 0;
      return 0.6 * (required > 0 ? 1 : 0.5) + 0.4 * Math.max(preferredPart, sameSector ? 1 : 0);
    },
    reason: (fit) => {
      const { required, preferred, preferredHeld, sameSector } = qualificationFit(fit);
      return [
        required > 0 ? `holds all ${required} required qualification${required > 1 ? 's' : ''}` : 'no qualification required',
        ...(preferred > 0 ? [`${preferredHeld} of ${preferred} preferred`] : []),
        ...(sameSector ? ['In-Made certificate in the same sector'] : []),
      ].join('; ');
    },
  },
  {
    name: 'distance',
    value: ({ km, settings }) => 1 - Math.min(km, settings.maxKm) / settings.maxKm,
    reason: ({ km }) => `${Math.round(km)} km from the return municipality`,
  },
  {
    name: 'timing',
    value: ({ startOffset, settings: { startWindow } }) => {
      if (startOffset < 0) return 1 - (0.5 * -startOffset) / startWindow.daysBefore;
      if (startOffset <= TIMING_GRACE_DAYS) return 1;
      return 1 - (startOffset - TIMING_GRACE_DAYS) / (startWindow.daysAfter - TIMING_GRACE_DAYS);
    },
    reason: ({ startOffset }) => `starts ${describeOffset(startOffset)}`,
  },
  {
    name: 'covenantPi',
    value: ({ candidate, target }) => (target.covenant?.piCodes.includes(candidate.piCode) ? 1 : 0),
    reason: ({ candidate, target }) => {
      if (!target.covenant) return 'offered outside a covenant';
      return target.covenant.piCodes.includes(candidate.piCode) ? `the covenant names ${candidate.piCode}` : `the covenant does not name ${candidate.piCode}`;
    },
  },
  { name: 'preferences', value: (fit) => preferencesFit(fit).value, reason: (fit) => preferencesFit(fit).reason },
];

function describeOffset(days: number): string {
  if (days === 0) return 'on the release date';
  return days > 0 ? `${days} days after release` : `${-days} days before release`;
}
