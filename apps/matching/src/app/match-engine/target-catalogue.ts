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
 * by region: a candidate's field is read from it without a query, which at national size (thousands of
 * targets in reach of each candidate) is what makes a full recompute affordable.
 *
 * It is loaded once from the read models, then kept by the match work itself: every change of a target (its
 * own, or its covenant's) queues the target for matching in the transaction of the change, and the pipeline
 * refreshes each queued target from its rows before it recomputes. So it is never behind the work it serves.
 * That holds for one pipeline per database, which is how matching runs (the match queue is not shared out).
 */
@Injectable()
export class TargetCatalogue {
  private readonly entries = new Map<string, Entry>();
  private readonly byMunicipality = new Map<string, Set<Entry>>();
  private readonly byRegion = new Map<string, Set<Entry>>();
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
        for (const target of page) this.put(target);
        page = await this.targets.openPage(manager, type, LOAD_PAGE, page[page.length - 1].profile.id);
      }
    }
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
    const take = (entry: Entry) => {
      const { profile, startDay } = entry;
      if (startDay < earliest || startDay > latest) return;
      if (vogUnlikely && profile.requiresVog) return;
      if (!profile.requiredQualifications.every((crebo) => held.has(crebo))) return;
      field.push(entry);
    };
    for (const entry of this.byRegion.get(candidate.regionCode) ?? []) take(entry);
    for (const [municipalityCode, bucket] of this.byMunicipality) {
      if (!withinKm(candidate.municipalityCode, municipalityCode, settings.maxKm)) continue;
      for (const entry of bucket) if (entry.profile.regionCode !== candidate.regionCode) take(entry);
    }
    return field;
  }

  private put(target: MatchTarget) {
    const { profile } = target;
    const key = keyOf(profile.type, profile.id);
    this.remove(key);
    if (!profile.open || profile.placesLeft < 1) return;
    const entry: Entry = { ...target, key, startDay: dayNumber(profile.startDate) };
    this.entries.set(key, entry);
    bucket(this.byMunicipality, profile.municipalityCode).add(entry);
    bucket(this.byRegion, profile.regionCode).add(entry);
  }

  private remove(key: string) {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.byMunicipality.get(entry.profile.municipalityCode)?.delete(entry);
    this.byRegion.get(entry.profile.regionCode)?.delete(entry);
  }
}

function keyOf(type: TargetType, id: string): string {
  return `${type}/${id}`;
}

function bucket(buckets: Map<string, Set<Entry>>, code: string): Set<Entry> {
  let entries = buckets.get(code);
  if (!entries) buckets.set(code, (entries = new Set()));
  return entries;
}

/** Rule 2's distance, or `true` when a municipality is unknown to the reference data (the rules then decide). */
function withinKm(from: string, to: string, maxKm: number): boolean {
  if (!findMunicipality(from) || !findMunicipality(to)) return true;
  return distanceKm(from, to) <= maxKm;
}
