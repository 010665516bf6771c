import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { distanceKm, findMunicipality } from '@bridge/reference-data';
import { CandidateProfile } from '../match-rules/match-rules';
import { MatchSettings } from '../match-rules/match-settings';
import { dayNumber } from '../search-indexes/index-definitions';
import { MatchTarget, MatchTargets, TargetType } from './match-targets';

const LOAD_PAGE = 5_000;

interface Entry extends MatchTarget {
  key: string;
  startDay: number;
}

/**
 * Every open target with places left, as the rules judge it, in memory and bucketed by municipality and
 * by region, each bucket in the order of the start dates: a candidate's field is read from it without a
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
  private readonly entries = new Map<string, Entry>();
  private readonly byMunicipality = new Map<string, Entry[]>();
  private readonly byRegion = new Map<string, Entry[]>();
  private loaded = false;

  constructor(private readonly targets: MatchTargets) {}

  get isLoaded(): boolean {
    return this.loaded;
  }

  get size(): number {
    return this.entries.size;
  }

  /** Reads every open target with places left, page by page. */
  async load(manager: EntityManager): Promise<void> {
    this.entries.clear();
    this.byMunicipality.clear();
    this.byRegion.clear();
    for (const type of ['vacancy', 'school-place'] as const) {
      for (let page = await this.targets.openPage(manager, type, LOAD_PAGE); page.length > 0; ) {
        for (const target of page) this.put(target, false);
        page = await this.targets.openPage(manager, type, LOAD_PAGE, page[page.length - 1].profile.id);
      }
    }
    for (const bucket of [...this.byMunicipality.values(), ...this.byRegion.values()]) bucket.sort((a, b) => a.startDay - b.startDay);
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
    return this.entries.get(keyOf(type, id));
  }

  /**
   * The targets that may pass the hard rules for the candidate: those of its region or within the radius (rule 2),
   * starting in its window (rule 3), requiring only qualifications it holds (rule 4) and, when a VOG is unlikely,
   * asking none. A superset of what `evaluateMatch` accepts: it judges each of them in full.
   */
  inReachOf(candidate: CandidateProfile, settings: MatchSettings): MatchTarget[] {
    const release = dayNumber(candidate.releaseDate);
    const earliest = release - settings.startWindow.daysBefore;
    const latest = release + settings.startWindow.daysAfter;
    const held = new Set(candidate.certificates.map((certificate) => certificate.crebo));
    const vogUnlikely = candidate.vogOutlook === 'unlikely';
    const field: MatchTarget[] = [];
    const take = (bucket: Entry[] | undefined, otherRegionsOnly: boolean) => {
      if (!bucket) return;
      for (let i = firstStartingFrom(bucket, earliest); i < bucket.length && bucket[i].startDay <= latest; i++) {
        const { profile } = bucket[i];
        if (otherRegionsOnly && profile.regionCode === candidate.regionCode) continue;
        if (vogUnlikely && profile.requiresVog) continue;
        if (profile.requiredQualifications.every((crebo) => held.has(crebo))) field.push(bucket[i]);
      }
    };
    take(this.byRegion.get(candidate.regionCode), false);
    for (const [municipalityCode, bucket] of this.byMunicipality) {
      if (withinKm(candidate.municipalityCode, municipalityCode, settings.maxKm)) take(bucket, true);
    }
    return field;
  }

  private put(target: MatchTarget, inOrder = true) {
    const { profile } = target;
    const key = keyOf(profile.type, profile.id);
    this.remove(key);
    if (!profile.open || profile.placesLeft < 1) return;
    const entry: Entry = { ...target, key, startDay: dayNumber(profile.startDate) };
    this.entries.set(key, entry);
    insertInto(this.byMunicipality, profile.municipalityCode, entry, inOrder);
    insertInto(this.byRegion, profile.regionCode, entry, inOrder);
  }

  private remove(key: string) {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    removeFrom(this.byMunicipality.get(entry.profile.municipalityCode), entry);
    removeFrom(this.byRegion.get(entry.profile.regionCode), entry);
  }
}

function keyOf(type: TargetType, id: string): string {
  return `${type}/${id}`;
}

/** The index of the bucket's first target starting on `day` or later (its length when none does). */
function firstStartingFrom(bucket: Entry[], day: number): number {
  let low = 0;
  let high = bucket.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (bucket[middle].startDay < day) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Puts the entry into its bucket: in start-date order, or at the end (a load sorts every bucket once at its end). */
function insertInto(buckets: Map<string, Entry[]>, code: string, entry: Entry, inOrder: boolean) {
  let bucket = buckets.get(code);
  if (!bucket) buckets.set(code, (bucket = []));
  if (inOrder) bucket.splice(firstStartingFrom(bucket, entry.startDay + 1), 0, entry);
  else bucket.push(entry);
}

/** Takes the entry out of its bucket. */
function removeFrom(bucket: Entry[] | undefined, entry: Entry) {
  if (!bucket) return;
  for (let i = firstStartingFrom(bucket, entry.startDay); i < bucket.length && bucket[i].startDay === entry.startDay; i++) {
    if (bucket[i] === entry) {
      bucket.splice(i, 1);
      return;
    }
  }
}

/** Rule 2's distance, or `true` when a municipality is unknown to the reference data (the rules then decide). */
function withinKm(from: string, to: string, maxKm: number): boolean {
  if (!findMunicipality(from) || !findMunicipality(to)) return true;
  return distanceKm(from, to) <= maxKm;
}
