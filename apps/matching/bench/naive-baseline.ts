/**
 * The naive baseline of the benchmarks: the world as matching's read models would hold it after
 * consuming every event, made into profiles by matching's own profile builders, and every
 * candidate × target pair judged in memory by matching's own rules and score (`evaluateMatch`).
 * No search index, no queue, no cap: what the service's suggestions must equal.
 */
import { EntityManager, FindOperator } from 'typeorm';
import { requireMunicipality } from '@bridge/reference-data';
import { candidateProfilesOf, vacancyProfilesOf } from '../src/app/match-rules/match-profiles';
import {
  CandidateProfile,
  candidateEligibility,
  evaluateMatch,
  TargetProfile,
} from '../src/app/match-rules/match-rules';
import { schoolPlaceProfilesOf } from '../src/app/match-rules/school-place-profiles';
import { Candidate } from '../src/app/read-models/candidates/candidate.entity';
import { CandidateCertificate } from '../src/app/read-models/certificates/candidate-certificate.entity';
import { Covenant } from '../src/app/read-models/covenants/covenant.entity';
import { SchoolPlace } from '../src/app/read-models/school-places/school-place.entity';
import { Vacancy } from '../src/app/read-models/vacancies/vacancy.entity';
import type { World } from './bench-world';

type Table = { entity: object; rows: object[] };

/**
 * Just enough of an EntityManager for the profile builders: `findBy` over rows held in memory,
 * with equality and `In(...)` conditions.
 */
export function inMemoryManager(tables: Table[]): EntityManager {
  // An `In(...)` of a national world holds some 25,000 ids, asked of 27,000 covenants: looked up, not scanned.
  const members = new WeakMap<FindOperator<unknown>, Set<unknown>>();
  const among = (condition: FindOperator<unknown>, value: unknown) => {
    let set = members.get(condition);
    if (!set) members.set(condition, (set = new Set(condition.value as unknown[])));
    return set.has(value);
  };
  const holds = (row: Record<string, unknown>, where: Record<string, unknown>) =>
    Object.entries(where).every(([key, condition]) =>
      condition instanceof FindOperator ? among(condition, row[key]) : row[key] === condition,
    );
  const findBy = async (entity: object, where: Record<string, unknown>) =>
    (tables.find((table) => table.entity === entity)?.rows ?? []).filter((row) =>
      holds(row as Record<string, unknown>, where),
    );
  return { findBy } as unknown as EntityManager;
}

/** The ids the world's candidates and their certificates got (from the service, or drawn). */
export interface WorldIds {
  candidateIds: string[];
  /** Per candidate, the ids of its certificates, in the world's order. */
  certificateIds: string[][];
}

/** The world as matching's read models would hold it after consuming every event. */
export function readModels(world: World, ids: WorldIds) {
  const covenants = world.covenants.map((covenant) =>
    Object.assign(new Covenant(), { ...covenant, endedOn: null, version: 1 }),
  );
  const vacancies = world.vacancies.map((vacancy) =>
    Object.assign(new Vacancy(), {
      ...vacancy,
      regionCode: requireMunicipality(vacancy.municipalityCode).regionCode,
      version: 1,
    }),
  );
  const schoolPlaces = world.schoolPlaces.map(({ entryRequirements, ...place }) =>
    Object.assign(new SchoolPlace(), {
      ...place,
      ...entryRequirements,
      regionCode: requireMunicipality(place.municipalityCode).regionCode,
      version: 1,
    }),
  );
  const candidates = world.candidates.map(({ registration }, i) =>
    Object.assign(new Candidate(), {
      ...registration,
      id: ids.candidateIds[i],
      regionCode: requireMunicipality(registration.returnMunicipalityCode).regionCode,
      excludedMunicipalities: registration.excludedMunicipalities ?? [],
      preferences: { ...registration.preferences },
      status: 'active' as const,
      placement: null,
      version: 1,
    }),
  );
  const certificates = world.candidates.flatMap(({ certificates: held }, i) =>
    held.map((qualification, j) =>
      Object.assign(new CandidateCertificate(), {
        certificateId: ids.certificateIds[i][j],
        candidateId: candidates[i].id,
        crebo: qualification.crebo,
        title: qualification.title,
        level: qualification.level,
        sector: qualification.sector,
        issuedOn: world.today,
        status: 'valid' as const,
        version: 1,
      }),
    ),
  );
  return { covenants, vacancies, schoolPlaces, candidates, certificates };
}

/** The profiles the rules judge: every candidate and every target of the world. */
export async function profilesOf(
  world: World,
  ids: WorldIds,
): Promise<{ candidates: CandidateProfile[]; targets: TargetProfile[] }> {
  const models = readModels(world, ids);
  const manager = inMemoryManager([
    { entity: Covenant, rows: models.covenants },
    { entity: CandidateCertificate, rows: models.certificates },
  ]);
  const candidates = await candidateProfilesOf(manager, models.candidates);
  const targets = [
    ...(await vacancyProfilesOf(manager, models.vacancies)),
    ...(await schoolPlaceProfilesOf(manager, models.schoolPlaces)),
  ];
  return { candidates, targets };
}

/** A suggestion as the comparison sees it. */
export interface Ranked {
  targetId: string;
  score: number;
}

/**
 * The best `n` suggestions of one candidate (scoring at least `minScore`), judged against every
 * target, in the order `GET /candidates/:id/suggestions` documents: best score first, then soonest
 * start, then target id.
 */
export function naiveTop(
  candidate: CandidateProfile,
  targets: TargetProfile[],
  today: string,
  n: number,
  minScore = 0,
): Ranked[] {
  if (!candidateEligibility(candidate, today).eligible) return [];
  const eligible: (Ranked & { startDate: string })[] = [];
  for (const target of targets) {
    const evaluation = evaluateMatch(candidate, target, today);
    if (evaluation.eligible && evaluation.score >= minScore)
      eligible.push({ targetId: target.id, score: evaluation.score, startDate: target.startDate });
  }
  eligible.sort(
    (a, b) =>
      b.score - a.score ||
      (a.startDate < b.startDate ? -1 : a.startDate > b.startDate ? 1 : 0) ||
      (a.targetId < b.targetId ? -1 : a.targetId > b.targetId ? 1 : 0),
  );
  return eligible.slice(0, n).map(({ targetId, score }) => ({ targetId, score }));
}

/** The first position where two rankings part, described; `null` when they are equal. */
export function firstDifference(service: Ranked[], baseline: Ranked[]): string | null {
  for (let i = 0; i < Math.max(service.length, baseline.length); i++) {
    const s = service[i];
    const b = baseline[i];
    if (s?.targetId === b?.targetId && s?.score === b?.score) continue;
    const show = (r: Ranked | undefined) => (r ? `${r.targetId} (${r.score})` : 'nothing');
    return `#${i + 1}: service ${show(s)}, baseline ${show(b)} (service ${service.length}, baseline ${baseline.length} in the top)`;
  }
  return null;
}
