import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { distanceKm, findMunicipality } from '@bridge/reference-data';
import { CandidateProfile, scoreCeiling, TargetOutline } from '../match-rules/match-rules';
import { MatchSettings } from '../match-rules/match-settings';
import { dayNumber } from '../search-indexes/index-definitions';
import { MatchTarget, MatchTargets, TargetType } from './match-targets';

const LOAD_PAGE = 5_000;

/** What a bucket keeps of each target beside its start day, as bits of a small integer. */
const VACANCY = 1;
const REQUIRES_VOG = 2;
/** It requires one qualification: the bucket's `firstRequired`. */
const REQUIRES_ONE = 4;
/** It requires more: the target's own list decides. */
const REQUIRES_MORE = 8;

/**
 * The targets of one municipality and region, in start-date order. Beside them, in the same order, what a
 * candidate's field is sifted by (start day, kind, required qualification), as arrays of small integers: a scan
 * reads those, not the thousands of targets it leaves out, whose objects lie all over the heap.
 */
interface Bucket {
  municipalityCode: string;
  regionCode: string;
  targets: MatchTarget[];
  startDays: number[];
  kinds: number[];
  /** The id (`TargetCatalogue.qualificationId`) of the one qualification a target requires; -1 for none or more. */
  firstRequired: number[];
}

interface Placed {
  target: MatchTarget;
  bucket: Bucket;
  startDay: number;
}

/** A candidate's field: the targets that may pass the hard rules, by the highest score each could get, highest first. */
export interface CandidateField {
  targets: MatchTarget[];
  ceilings: number[];
}

/**
 * Every open target with places left, as the rules judge it, in memory and bucketed by municipality (and
 * region), each bucket in the order of the start dates: a candidate's field is read from it without a
 * query, only the buckets in reach and, of those, only the targets starting in the window. At national
 * size (thousands of targets in reach of each candidate) that is what makes a full recompute affordable.
 *
 * It is loaded once from the read models, then kept by the match work itself: every change of a target (its
 * own, or its covenant's) queues the target for matching in the transaction of the change, and the pipeline
 * refreshes each queued target from its rows before it recomputes. So it is never behind the work it serves.
 * That holds for one pipeline per database, which is how matching runs (the match queue is not shared out).
 */
@Injectable()
export class TargetCatalogue {
  /** Each target, by its key, with its bucket and start day. */
  private readonly placed = new Map<string, Placed>();
  private readonly buckets = new Map<string, Bucket>();
  /** Small numbers for the qualifications targets require, so a bucket can hold them in an array of integers. */
  private readonly qualificationIds = new Map<string, number>();
  private loaded = false;

  constructor(private readonly targets: MatchTargets) {}

  get isLoaded(): boolean {
    return this.loaded;
  }

  get size(): number {
    return this.placed.size;
  }

  /** Reads every open target with places left, page by page. */
  async load(manager: EntityManager): Promise<void> {
    this.placed.clear();
    this.buckets.clear();
    const read: MatchTarget[] = [];
    for (const type of ['vacancy', 'school-place'] as const) {
      for (let page = await this.targets.openPage(manager, type, LOAD_PAGE); page.length > 0; ) {
        read.push(...page);
        page = await this.targets.openPage(
          manager,
          type,
          LOAD_PAGE,
          page[page.length - 1].profile.id,
        );
      }
    }
    // In start-date order, so each lands at the end of its bucket.
    const startDay = new Map(read.map((target) => [target, dayNumber(target.profile.startDate)]));
    read.sort((a, b) => (startDay.get(a) as number) - (startDay.get(b) as number));
    for (const target of read) this.put(target);
    this.loaded = true;
  }

  /** Takes these targets as their rows now are: kept while open with places left, dropped otherwise. */
  async refresh(manager: EntityManager, type: TargetType, ids: string[]): Promise<void> {
    if (!this.loaded || ids.length === 0) return;
    const found = new Set<string>();
    for (const target of await this.targets.byIds(manager, type, ids)) {
      found.add(target.profile.id);
      this.put(target);
    }
    for (const id of ids) if (!found.has(id)) this.remove(keyOf(type, id));
  }

  /** The target, if open with places left. */
  get(type: TargetType, id: string): MatchTarget | undefined {
    return this.placed.get(keyOf(type, id))?.target;
  }

  /**
   * The targets that may pass the hard rules for the candidate: those of its region or within the radius (rule 2),
   * starting in its window (rule 3), requiring only qualifications it holds (rule 4) and, when a VOG is unlikely,
   * asking none. A superset of what `matchJudge` accepts, which judges them in full; each with its score's ceiling
   * (`scoreCeiling`), highest first, so that judging can stop where no target left could be kept.
   */
  fieldOf(candidate: CandidateProfile, settings: MatchSettings): CandidateField {
    const release = dayNumber(candidate.releaseDate);
    const earliest = release - settings.startWindow.daysBefore;
    const latest = release + settings.startWindow.daysAfter;
    const held = new Set(candidate.certificates.map((certificate) => certificate.crebo));
    const heldIds = [...held].map((crebo) => this.qualificationIds.get(crebo) ?? -1);
    const vogUnlikely = candidate.vogOutlook === 'unlikely';
    const ceilingOf = scoreCeiling(candidate, settings);
    // One outline, filled in for each target in turn: there are thousands.
    const outline: TargetOutline = {
      type: 'vacancy',
      km: 0,
      startOffset: 0,
      requiresQualifications: false,
    };
    const targets: MatchTarget[] = [];
    const ceilings: number[] = [];
    for (const bucket of this.buckets.values()) {
      const km = knownDistanceKm(candidate.municipalityCode, bucket.municipalityCode);
      if (bucket.regionCode !== candidate.regionCode && km !== null && km > settings.maxKm)
        continue;
      // An unknown municipality: at its best; the rules themselves decide on it.
      outline.km = km ?? 0;
      const { startDays, kinds, firstRequired } = bucket;
      for (
        let i = firstStartingFrom(startDays, earliest);
        i < startDays.length && startDays[i] <= latest;
        i++
      ) {
        const kind = kinds[i];
        if (vogUnlikely && kind & REQUIRES_VOG) continue;
        if (kind & REQUIRES_ONE && !heldIds.includes(firstRequired[i])) continue;
        if (
          kind & REQUIRES_MORE &&
          !holdsAll(held, bucket.targets[i].profile.requiredQualifications)
        )
          continue;
        outline.type = kind & VACANCY ? 'vacancy' : 'school-place';
        outline.startOffset = startDays[i] - release;
        outline.requiresQualifications = (kind & (REQUIRES_ONE | REQUIRES_MORE)) !== 0;
        targets.push(bucket.targets[i]);
        ceilings.push(ceilingOf(outline));
      }
    }
    return highestFirst(targets, ceilings);
  }

  private put(target: MatchTarget) {
    const { profile } = target;
    const key = keyOf(profile.type, profile.id);
    this.remove(key);
    if (!profile.open || profile.placesLeft < 1) return;
    const bucketKey = `${profile.municipalityCode} ${profile.regionCode}`;
    let bucket = this.buckets.get(bucketKey);
    if (!bucket) {
      bucket = {
        municipalityCode: profile.municipalityCode,
        regionCode: profile.regionCode,
        targets: [],
        startDays: [],
        kinds: [],
        firstRequired: [],
      };
      this.buckets.set(bucketKey, bucket);
    }
    const startDay = dayNumber(profile.startDate);
    const required = profile.requiredQualifications;
    const kind =
      (profile.type === 'vacancy' ? VACANCY : 0) |
      (profile.requiresVog ? REQUIRES_VOG : 0) |
      (required.length === 1 ? REQUIRES_ONE : required.length > 1 ? REQUIRES_MORE : 0);
    // After every target starting that day or earlier: in start-date order, and at the end while loading.
    const at = firstStartingFrom(bucket.startDays, startDay + 1);
    bucket.targets.splice(at, 0, target);
    bucket.startDays.splice(at, 0, startDay);
    bucket.kinds.splice(at, 0, kind);
    bucket.firstRequired.splice(
      at,
      0,
      required.length === 1 ? this.qualificationId(required[0]) : -1,
    );
    this.placed.set(key, { target, bucket, startDay });
  }

  private remove(key: string) {
    const placed = this.placed.get(key);
    if (!placed) return;
    const { target, bucket, startDay } = placed;
    let at = firstStartingFrom(bucket.startDays, startDay);
    while (bucket.targets[at] !== target) at++;
    this.placed.delete(key);
    for (const column of [bucket.targets, bucket.startDays, bucket.kinds, bucket.firstRequired])
      column.splice(at, 1);
  }

  private qualificationId(crebo: string): number {
    let id = this.qualificationIds.get(crebo);
    if (id === undefined) this.qualificationIds.set(crebo, (id = this.qualificationIds.size));
    return id;
  }
}

function keyOf(type: TargetType, id: string): string {
  return `${type}/${id}`;
}

/** The index of the first start day on `day` or later (the length when none is). */
function firstStartingFrom(startDays: number[], day: number): number {
  let low = 0;
  let high = startDays.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (startDays[middle] < day) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * The field in order of the ceilings, highest first. They are scores, multiples of 0.001 from 0 to 1: counted
 * into a thousand and one bins, which costs less than sorting thousands.
 */
function highestFirst(targets: MatchTarget[], ceilings: number[]): CandidateField {
  const bins = new Int32Array(1_002);
  const binOf = (ceiling: number) =>
    1_000 - Math.min(1_000, Math.max(0, Math.round(ceiling * 1_000)));
  for (const ceiling of ceilings) bins[binOf(ceiling) + 1]++;
  for (let bin = 1; bin < bins.length; bin++) bins[bin] += bins[bin - 1];
  const ordered: CandidateField = {
    targets: new Array(targets.length),
    ceilings: new Array(targets.length),
  };
  for (let i = 0; i < targets.length; i++) {
    const at = bins[binOf(ceilings[i])]++;
    ordered.targets[at] = targets[i];
    ordered.ceilings[at] = ceilings[i];
  }
  return ordered;
}

function holdsAll(held: Set<string>, required: string[]): boolean {
  for (const crebo of required) if (!held.has(crebo)) return false;
  return true;
}

/** Rule 2's distance, or `null` when a municipality is unknown to the reference data (the rules then decide). */
function knownDistanceKm(from: string, to: string): number | null {
  return findMunicipality(from) && findMunicipality(to) ? distanceKm(from, to) : null;
}
