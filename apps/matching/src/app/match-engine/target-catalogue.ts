import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { distanceKm, findMunicipality } from '@bridge/reference-data';
import { CandidateProfile } from '../match-rules/match-rules';
import { MatchSettings } from '../match-rules/match-settings';
import { dayNumber } from '../search-indexes/index-definitions';
import { MatchTarget, MatchTargets, TargetType } from './match-targets';

const LOAD_PAGE = 5_000;

interface Entry extends MatchTarget {
  startDay: number;
}

/** The targets of one municipality and region, in start-date order. */
interface Bucket {
  municipalityCode: string;
  regionCode: string;
  entries: Entry[];
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
  private readonly entries = new Map<string, Entry>();
  private readonly buckets = new Map<string, Bucket>();
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
    this.buckets.clear();
    for (const type of ['vacancy', 'school-place'] as const) {
      for (let page = await this.targets.openPage(manager, type, LOAD_PAGE); page.length > 0; ) {
        for (const target of page) this.put(target, false);
        page = await this.targets.openPage(manager, type, LOAD_PAGE, page[page.length - 1].profile.id);
      }
    }
    for (const { entries } of this.buckets.values()) entries.sort((a, b) => a.startDay - b.startDay);
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
    for (const { municipalityCode, regionCode, entries } of this.buckets.values()) {
      if (regionCode !== candidate.regionCode && !withinKm(candidate.municipalityCode, municipalityCode, settings.maxKm)) continue;
      for (let i = firstStartingFrom(entries, earliest); i < entries.length && entries[i].startDay <= latest; i++) {
        const { profile } = entries[i];
        if (vogUnlikely && profile.requiresVog) continue;
        if (holdsAll(held, profile.requiredQualifications)) field.push(entries[i]);
      }
    }
    return field;
  }

  private put(target: MatchTarget, inOrder = true) {
    const { profile } = target;
    const key = keyOf(profile.type, profile.id);
    this.remove(key);
    if (!profile.open || profile.placesLeft < 1) return;
    const entry: Entry = { ...target, startDay: dayNumber(profile.startDate) };
    this.entries.set(key, entry);
    // Placed in start-date order; a load puts them at the end and sorts every bucket once.
    const bucketKey = `${profile.municipalityCode} ${profile.regionCode}`;
    let bucket = this.buckets.get(bucketKey);
    if (!bucket) this.buckets.set(bucketKey, (bucket = { municipalityCode: profile.municipalityCode, regionCode: profile.regionCode, entries: [] }));
    if (inOrder) bucket.entries.splice(firstStartingFrom(bucket.entries, entry.startDay + 1), 0, entry);
    else bucket.entries.push(entry);
  }

  private remove(key: string) {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    removeFrom(this.buckets.get(`${entry.profile.municipalityCode} ${entry.profile.regionCode}`)?.entries, entry);
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

function holdsAll(held: Set<string>, required: string[]): boolean {
  for (const crebo of required) if (!held.has(crebo)) return false;
  return true;
}

/** Rule 2's distance, or `true` when a municipality is unknown to the reference data (the rules then decide). */
function withinKm(from: string, to: string, maxKm: number): boolean {
  if (!findMunicipality(from) || !findMunicipality(to)) return true;
  return distanceKm(from, to) <= maxKm;
}
