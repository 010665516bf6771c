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
  /** Whether a target's service placed the candidate (at a vacancy or school place); absent: not placed. */
  placed?: boolean;
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
  if (candidate.status !== 'active')
    return { eligible: false, detail: 'the candidate has left the platform' };
  if (!candidate.consentToShare)
    return { eligible: false, detail: 'the candidate has not consented to share a profile' };
  // A placed candidate has its place: new suggestions would only compete with it (issue 11).
  if (candidate.placed) return { eligible: false, detail: 'the candidate has been placed' };
  const daysToRelease = daysBetween(today, candidate.releaseDate);
  if (daysToRelease > settings.horizonDays) {
    return {
      eligible: false,
      detail: `release is ${daysToRelease} days away, beyond the ${settings.horizonDays}-day horizon`,
    };
  }
  if (daysToRelease < -settings.daysPastRelease) {
    return {
      eligible: false,
      detail: `release was ${-daysToRelease} days ago, more than ${settings.daysPastRelease}`,
    };
  }
  return { eligible: true };
}

/**
 * What the rules read of a candidate, worked out once, when first read: a candidate is judged against thousands of
 * targets, and most of them lie in a few dozen municipalities. A single verdict (`evaluateMatch`) pays only for
 * what its pair reads.
 */
class CandidateFacts {
  private heldCrebos?: Set<string>;
  private heldSectors?: Set<string>;
  private highest?: number;
  private window?: ReturnType<typeof candidateEligibility>;
  private readonly distances = new Map<string, number>();

  constructor(
    readonly candidate: CandidateProfile,
    private readonly today: string,
    readonly settings: MatchSettings,
  ) {}

  get eligibility(): ReturnType<typeof candidateEligibility> {
    return (this.window ??= candidateEligibility(this.candidate, this.today, this.settings));
  }

  get held(): Set<string> {
    return (this.heldCrebos ??= new Set(this.candidate.certificates.map((c) => c.crebo)));
  }

  get sectorsHeld(): Set<string> {
    return (this.heldSectors ??= new Set(this.candidate.certificates.map((c) => c.sector)));
  }

  get highestLevel(): number {
    return (this.highest ??= highestLevelHeld(this.candidate));
  }

  kmTo(municipalityCode: string): number {
    let km = this.distances.get(municipalityCode);
    if (km === undefined)
      this.distances.set(
        municipalityCode,
        (km = distanceKm(this.candidate.municipalityCode, municipalityCode)),
      );
    return km;
  }
}

/** What a target is known by before it is judged in full: enough to bound its score (`scoreCeiling`). */
export interface TargetOutline {
  type: TargetProfile['type'];
  /** From the candidate's return municipality. */
  km: number;
  /** Days from the candidate's release to the start. */
  startOffset: number;
  requiresQualifications: boolean;
}

/** A pair that passed the hard rules, with what its score is made of. */
interface Fit {
  facts: CandidateFacts;
  settings: MatchSettings;
  target: TargetProfile;
  km: number;
  startOffset: number;
}

/** A target outlined for a candidate: what a factor's ceiling may read. */
type Outlined = TargetOutline & { candidate: CandidateProfile; settings: MatchSettings };

/**
 * The hard rules and the score (docs/design.md, "How matching works") for one candidate and one target: deterministic,
 * and explained factor by factor (or by the first rule that excludes the target).
 */
export function evaluateMatch(
  candidate: CandidateProfile,
  target: TargetProfile,
  today: string,
  settings: MatchSettings = DEFAULT_MATCH_SETTINGS,
): Evaluation {
  const fit = applyRules(new CandidateFacts(candidate, today, settings), target);
  if (!('km' in fit)) return fit;
  const explanation = FACTORS.map((factor) => explained(factor, fit));
  return { eligible: true, score: scoreOf(fit), explanation };
}

/** A verdict of `matchJudge`: the score, and the explanation of the same score when it is wanted. */
export type ScoredMatch =
  | { eligible: true; score: number; explain: () => Factor[] }
  | { eligible: false; rule: ExclusionRule };

/**
 * `evaluateMatch` for one candidate against many targets: what the rules read of the candidate is worked out once,
 * and the explanation, which is most of the cost of a verdict, only on demand (a candidate keeps a few of thousands).
 */
export function matchJudge(
  candidate: CandidateProfile,
  today: string,
  settings: MatchSettings = DEFAULT_MATCH_SETTINGS,
): (target: TargetProfile) => ScoredMatch {
  const facts = new CandidateFacts(candidate, today, settings);
  return (target) => {
    const fit = applyRules(facts, target);
    if (!('km' in fit)) return { eligible: false, rule: fit.rule };
    return {
      eligible: true,
      score: scoreOf(fit),
      explain: () => FACTORS.map((factor) => explained(factor, fit)),
    };
  };
}

/** The first hard rule the pair fails, with why; or, when it fails none, what its score is made of. */
function applyRules(
  facts: CandidateFacts,
  target: TargetProfile,
): Fit | { eligible: false; rule: ExclusionRule; detail: string } {
  const { candidate, settings, held } = facts;
  if (!target.open || target.placesLeft < 1) {
    return {
      eligible: false,
      rule: 'target-not-open',
      detail: 'the target is not open or has no places left',
    };
  }
  // A vacancy belongs to an active covenant; a school place may have none, but one it names must hold.
  if (target.covenant ? !target.covenant.active : target.type === 'vacancy') {
    return {
      eligible: false,
      rule: 'covenant-inactive',
      detail: 'no active covenant at the start date',
    };
  }
  const km = facts.kmTo(target.municipalityCode);
  if (target.regionCode !== candidate.regionCode && km > settings.maxKm) {
    return {
      eligible: false,
      rule: 'too-far',
      detail: `${Math.round(km)} km away and outside return region ${candidate.regionCode} (limit ${settings.maxKm} km)`,
    };
  }
  const startOffset = daysBetween(candidate.releaseDate, target.startDate);
  if (
    startOffset < -settings.startWindow.daysBefore ||
    startOffset > settings.startWindow.daysAfter
  ) {
    return {
      eligible: false,
      rule: 'start-date-outside-window',
      detail: `starts ${describeOffset(startOffset)}; the window is ${settings.startWindow.daysBefore} days before to ${settings.startWindow.daysAfter} days after release`,
    };
  }
  const missing = target.requiredQualifications.filter((crebo) => !held.has(crebo));
  if (missing.length > 0) {
    return {
      eligible: false,
      rule: 'missing-qualifications',
      detail: `requires ${missing.join(', ')} which the candidate does not hold`,
    };
  }
  if (target.minLevel && facts.highestLevel < target.minLevel) {
    const highest = facts.highestLevel;
    return {
      eligible: false,
      rule: 'entry-level-not-met',
      detail: `requires a valid certificate at MBO level ${target.minLevel} or higher; ${highest > 0 ? `the highest the candidate holds is level ${highest}` : 'the candidate holds none with a known level'}`,
    };
  }
  if (target.requiresVog && candidate.vogOutlook === 'unlikely') {
    return {
      eligible: false,
      rule: 'vog-unlikely',
      detail: 'the target requires a VOG and the outlook is unlikely',
    };
  }
  if (!facts.eligibility.eligible)
    return { eligible: false, rule: 'candidate-not-eligible', detail: facts.eligibility.detail };
  if (candidate.excludedMunicipalities.includes(target.municipalityCode)) {
    return {
      eligible: false,
      rule: 'excluded-municipality',
      detail: `${target.municipalityCode} is excluded for this candidate`,
    };
  }
  return { facts, settings, target, km, startOffset };
}

/** A factor of the score: its value (clamped to 0..1 and rounded) and the reason an advisor reads. */
interface ScoreFactor {
  name: keyof typeof WEIGHTS;
  value(fit: Fit): number;
  reason(fit: Fit): string;
  /** The most `value` can be for a target known only by its outline. */
  ceiling(outlined: Outlined): number;
}

function scoreOf(fit: Fit): number {
  return weighted((factor) => factor.value(fit));
}

/** The score from each factor's value: the same sum and rounding for a judged pair and for a ceiling. */
function weighted(valueOf: (factor: ScoreFactor) => number): number {
  let sum = 0;
  for (const factor of FACTORS) sum += WEIGHTS[factor.name] * factorValue(valueOf(factor));
  return round3(sum);
}

/** A factor's value as the score counts it and an explanation shows it. */
function factorValue(value: number): number {
  return round3(clamp01(value));
}

/**
 * The highest score the candidate could get from a target with this outline: the factors the outline decides
 * (distance, timing, kind) exactly, the others at their best. Never below what `matchJudge` scores such a target
 * (the same sum, and rounding that only rises with its input), so a target whose ceiling is below the last score a
 * candidate keeps need not be judged at all.
 */
export function scoreCeiling(
  candidate: CandidateProfile,
  settings: MatchSettings = DEFAULT_MATCH_SETTINGS,
): (outline: TargetOutline) => number {
  // One outline reused for every target: a candidate's field has thousands, and this runs for each.
  const outlined: Outlined = {
    type: 'vacancy',
    km: 0,
    startOffset: 0,
    requiresQualifications: false,
    candidate,
    settings,
  };
  const ceilingOf = (factor: ScoreFactor) => factor.ceiling(outlined);
  return (outline) => {
    outlined.type = outline.type;
    outlined.km = outline.km;
    outlined.startOffset = outline.startOffset;
    outlined.requiresQualifications = outline.requiresQualifications;
    return weighted(ceilingOf);
  };
}

function explained(factor: ScoreFactor, fit: Fit): Factor {
  return {
    factor: factor.name,
    weight: WEIGHTS[factor.name],
    value: factorValue(factor.value(fit)),
    reason: factor.reason(fit),
  };
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
  return (
    b.score - a.score ||
    compareText(a.startDate, b.startDate) ||
    compareText(a.targetId, b.targetId)
  );
}

/**
 * The best K matches scoring at least the floor, kept in order as the matches pass, instead of sorting thousands
 * to keep twenty.
 */
export class BestMatches<M extends RankedMatch> {
  readonly kept: M[] = [];

  constructor(private readonly bound: SuggestionBound) {}

  offer(match: M): void {
    const { kept } = this;
    const k = this.bound.maxSuggestionsPerCandidate;
    if (match.score < this.bound.minScore || k === 0) return;
    if (kept.length === k && bestFirst(match, kept[k - 1]) >= 0) return;
    let at = kept.length;
    while (at > 0 && bestFirst(match, kept[at - 1]) < 0) at--;
    kept.splice(at, 0, match);
    if (kept.length > k) kept.pop();
  }

  /** Whether a match scoring this much could still be kept (on a tie with the last, its start or id decides). */
  couldKeep(score: number): boolean {
    const k = this.bound.maxSuggestionsPerCandidate;
    return (
      score >= this.bound.minScore &&
      k > 0 &&
      (this.kept.length < k || score >= this.kept[k - 1].score)
    );
  }
}

/** The matches a candidate keeps as suggestions: those scoring at least the floor, the best of them, best first. */
export function bestMatches<M extends RankedMatch>(matches: M[], bound: SuggestionBound): M[] {
  const best = new BestMatches<M>(bound);
  for (const match of matches) best.offer(match);
  return best.kept;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The highest MBO level among the candidate's valid certificates, from the reference data (0: none). */
function highestLevelHeld(candidate: CandidateProfile): number {
  return Math.max(0, ...candidate.certificates.map((c) => findQualification(c.crebo)?.level ?? 0));
}

/** What the qualification factor looks at: the preferred qualifications held, and an In-Made certificate of the sector. */
function qualificationFit({ facts: { held, sectorsHeld }, target }: Fit) {
  const preferredHeld = target.preferredQualifications.filter((crebo) => held.has(crebo)).length;
  const sameSector = !!target.sector && sectorsHeld.has(target.sector);
  return {
    required: target.requiredQualifications.length,
    preferred: target.preferredQualifications.length,
    preferredHeld,
    sameSector,
  };
}

/** The preferences factor's value and reason. */
function preferencesFit({
  facts: {
    candidate: { preferences },
  },
  target,
}: Fit): { value: number; reason: string } {
  if (!wantsKind(preferences, target.type))
    return {
      value: 0,
      reason:
        target.type === 'vacancy' ? 'prefers education over work' : 'prefers work over education',
    };
  const sectors = preferences.sectors ?? [];
  if (sectors.length === 0) return { value: 0.7, reason: 'no sector preference given' };
  const match = !!target.sector && sectors.includes(target.sector);
  return {
    value: match ? 1 : 0.3,
    reason: match ? `prefers the sector ${target.sector}` : 'outside the preferred sectors',
  };
}

function wantsKind(preferences: CandidatePreferences, type: TargetProfile['type']): boolean {
  return type === 'vacancy' ? preferences.work !== false : preferences.education !== false;
}

/** The timing factor is at its best when the start follows release within this many days. */
export const TIMING_GRACE_DAYS = 14;

/** The distance factor: the nearer, the better; nothing at the radius or beyond. */
function distanceValue({ km, settings }: Pick<Fit, 'km' | 'settings'>): number {
  return 1 - Math.min(km, settings.maxKm) / settings.maxKm;
}

/** The timing factor: best when the start follows release within the grace days. */
function timingValue({
  startOffset,
  settings: { startWindow },
}: Pick<Fit, 'startOffset' | 'settings'>): number {
  if (startOffset < 0) return 1 - (0.5 * -startOffset) / startWindow.daysBefore;
  if (startOffset <= TIMING_GRACE_DAYS) return 1;
  return 1 - (startOffset - TIMING_GRACE_DAYS) / (startWindow.daysAfter - TIMING_GRACE_DAYS);
}

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
        required > 0
          ? `holds all ${required} required qualification${required > 1 ? 's' : ''}`
          : 'no qualification required',
        ...(preferred > 0 ? [`${preferredHeld} of ${preferred} preferred`] : []),
        ...(sameSector ? ['In-Made certificate in the same sector'] : []),
      ].join('; ');
    },
    ceiling: ({ requiresQualifications }) => 0.6 * (requiresQualifications ? 1 : 0.5) + 0.4,
  },
  {
    name: 'distance',
    value: distanceValue,
    reason: ({ km }) => `${Math.round(km)} km from the return municipality`,
    ceiling: distanceValue,
  },
  {
    name: 'timing',
    value: timingValue,
    reason: ({ startOffset }) => `starts ${describeOffset(startOffset)}`,
    ceiling: timingValue,
  },
  {
    name: 'covenantPi',
    value: ({ facts: { candidate }, target }) =>
      target.covenant?.piCodes.includes(candidate.piCode) ? 1 : 0,
    reason: ({ facts: { candidate }, target }) => {
      if (!target.covenant) return 'offered outside a covenant';
      return target.covenant.piCodes.includes(candidate.piCode)
        ? `the covenant names ${candidate.piCode}`
        : `the covenant does not name ${candidate.piCode}`;
    },
    ceiling: () => 1,
  },
  {
    name: 'preferences',
    value: (fit) => preferencesFit(fit).value,
    reason: (fit) => preferencesFit(fit).reason,
    // The sector is not in the outline: a preferred one at best.
    ceiling: ({ candidate: { preferences }, type }) =>
      !wantsKind(preferences, type) ? 0 : (preferences.sectors ?? []).length === 0 ? 0.7 : 1,
  },
];

function describeOffset(days: number): string {
  if (days === 0) return 'on the release date';
  return days > 0 ? `${days} days after release` : `${-days} days before release`;
}
