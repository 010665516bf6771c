/**
 * Match rules benchmark: the pure evaluation (`evaluateMatch`) of every candidate against every
 * vacancy and school place, on profiles made by the engine's own profile builders. No database,
 * no search index: the CPU and memory cost of the rules alone.
 *
 *   npm run bench   (or: see tools/bench.sh for the command line)
 *
 * Environment: BENCH_CANDIDATES (default 2000), BENCH_TARGETS (vacancies + school places, default
 * 1000), BENCH_SEED (default 42), BENCH_ROUNDS (timed passes over all pairs, default 3).
 * Not part of the tests: it prints figures, it asserts nothing.
 */
import { performance } from 'node:perf_hooks';
import { EntityManager, FindOperator } from 'typeorm';
import { requireMunicipality } from '@bridge/reference-data';
import { Candidate } from '../src/app/candidates/candidate.entity';
import { candidateProfileOf, vacancyProfilesOf } from '../src/app/candidates/match-profiles';
import { CandidateCertificate } from '../src/app/certificates/candidate-certificate.entity';
import { Covenant } from '../src/app/covenants/covenant.entity';
import { CandidateProfile, candidateEligibility, evaluateMatch, Evaluation, TargetProfile } from '../src/app/match-engine/match-rules';
import { SchoolPlace } from '../src/app/school-places/school-place.entity';
import { schoolPlaceProfilesOf } from '../src/app/school-places/school-place-profiles';
import { Vacancy } from '../src/app/vacancies/vacancy.entity';
import { BENCH_SEED, makeWorld, mib, peakRss, printTable, runBench, seededRandom, World } from './bench-world';

const ROUNDS = Number(process.env['BENCH_ROUNDS'] ?? 3);

type Table = { entity: object; rows: object[] };

/**
 * Just enough of an EntityManager for the profile builders: `findBy` over rows held in memory,
 * with equality and `In(...)` conditions.
 */
function inMemoryManager(tables: Table[]): EntityManager {
  const holds = (row: Record<string, unknown>, where: Record<string, unknown>) =>
    Object.entries(where).every(([key, condition]) =>
      condition instanceof FindOperator ? (condition.value as unknown[]).includes(row[key]) : row[key] === condition,
    );
  const findBy = async (entity: object, where: Record<string, unknown>) =>
    (tables.find((table) => table.entity === entity)?.rows ?? []).filter((row) => holds(row as Record<string, unknown>, where));
  return { findBy } as unknown as EntityManager;
}

/** The world as matching's read models would hold it after consuming every event. */
function readModels(world: World) {
  const rnd = seededRandom(BENCH_SEED);
  const covenants = world.covenants.map((covenant) => Object.assign(new Covenant(), { ...covenant, endedOn: null, version: 1 }));
  const vacancies = world.vacancies.map((vacancy) =>
    Object.assign(new Vacancy(), { ...vacancy, regionCode: requireMunicipality(vacancy.municipalityCode).regionCode, version: 1 }),
  );
  const schoolPlaces = world.schoolPlaces.map(({ entryRequirements, ...place }) =>
    Object.assign(new SchoolPlace(), {
      ...place,
      ...entryRequirements,
      regionCode: requireMunicipality(place.municipalityCode).regionCode,
      version: 1,
    }),
  );
  const candidates = world.candidates.map(({ registration }) =>
    Object.assign(new Candidate(), {
      ...registration,
      id: rnd.uuid(),
      regionCode: requireMunicipality(registration.returnMunicipalityCode).regionCode,
      excludedMunicipalities: registration.excludedMunicipalities ?? [],
      preferences: { ...registration.preferences },
      status: 'active' as const,
      version: 1,
    }),
  );
  const certificates = world.candidates.flatMap(({ certificates: held }, i) =>
    held.map((qualification) =>
      Object.assign(new CandidateCertificate(), {
        certificateId: rnd.uuid(),
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

interface Timing {
  wallMs: number;
  cpuMs: number;
  /** What one round computed (used in the output, so the timed work cannot be optimised away). */
  result: number;
}

/** Runs `work` ROUNDS times and returns the median wall and CPU time of one round. */
function timeRounds(work: () => number): Timing {
  const rounds = Array.from({ length: ROUNDS }, () => {
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    const result = work();
    const wallMs = performance.now() - start;
    const cpu = process.cpuUsage(cpuStart);
    return { wallMs, cpuMs: (cpu.user + cpu.system) / 1000, result };
  });
  const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];
  return { wallMs: median(rounds.map((r) => r.wallMs)), cpuMs: median(rounds.map((r) => r.cpuMs)), result: rounds[0].result };
}

/** How every pair comes out: eligible, or the first rule that excludes it. */
function outcomesOf(candidates: CandidateProfile[], targets: TargetProfile[], today: string): Map<string, number> {
  const outcomes = new Map<string, number>();
  for (const candidate of candidates) {
    for (const target of targets) {
      const evaluation = evaluateMatch(candidate, target, today);
      const outcome = evaluation.eligible ? 'eligible' : evaluation.rule;
      outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
    }
  }
  return outcomes;
}

const heapUsed = () => {
  global.gc?.();
  return process.memoryUsage().heapUsed;
};

async function main(): Promise<void> {
  const heapAtStart = heapUsed();
  const world = makeWorld();
  const models = readModels(world);
  const manager = inMemoryManager([
    { entity: Covenant, rows: models.covenants },
    { entity: CandidateCertificate, rows: models.certificates },
  ]);
  const candidates: CandidateProfile[] = [];
  for (const candidate of models.candidates) candidates.push(await candidateProfileOf(manager, candidate));
  const targets = [...(await vacancyProfilesOf(manager, models.vacancies)), ...(await schoolPlaceProfilesOf(manager, models.schoolPlaces))];
  const heapOfData = heapUsed() - heapAtStart;
  const pairs = candidates.length * targets.length;
  const { today } = world;

  console.log(
    `${candidates.length} candidates x ${targets.length} targets (${world.vacancies.length} vacancies, ${world.schoolPlaces.length} school places) = ${pairs.toLocaleString('en')} pairs, seed ${BENCH_SEED}, median of ${ROUNDS} rounds, Node ${process.version}`,
  );

  const outcomes = outcomesOf(candidates, targets, today); // also the warm-up
  const allPairs = timeRounds(() => {
    let eligible = 0;
    for (const candidate of candidates) for (const target of targets) if (evaluateMatch(candidate, target, today).eligible) eligible++;
    return eligible;
  });
  // The pairs the recomputer stores: every rule passed, so every factor is scored and explained.
  const eligiblePairs = candidates.flatMap((candidate) =>
    targets.filter((target) => evaluateMatch(candidate, target, today).eligible).map((target) => [candidate, target] as const),
  );
  const scored = timeRounds(() => {
    let scores = 0;
    for (const [candidate, target] of eligiblePairs) {
      const evaluation = evaluateMatch(candidate, target, today);
      if (evaluation.eligible) scores += evaluation.score;
    }
    return scores;
  });
  const eligibility = timeRounds(() => candidates.filter((candidate) => candidateEligibility(candidate, today).eligible).length);
  const eligibleCandidates = eligibility.result;

  // What the suggestions of one full recompute weigh while held: every eligible pair's score and explanation.
  const heapBeforeKept = heapUsed();
  const kept: Evaluation[] = eligiblePairs.map(([candidate, target]) => evaluateMatch(candidate, target, today));
  const heapOfKept = heapUsed() - heapBeforeKept;

  const row = (label: string, calls: number, { wallMs, cpuMs }: Timing) => [
    label,
    calls,
    `${wallMs.toFixed(1)} ms`,
    `${cpuMs.toFixed(0)} ms`,
    Math.round((calls / cpuMs) * 1000).toLocaleString('en'),
    `${((cpuMs * 1e6) / Math.max(1, calls)).toFixed(0)} ns`,
  ];
  console.log('');
  printTable(
    ['evaluation', 'calls', 'wall', 'cpu', 'calls/s (cpu)', 'per call'],
    [
      row('evaluateMatch, all pairs', pairs, allPairs),
      row('evaluateMatch, eligible pairs only (scored)', eligiblePairs.length, scored),
      row('candidateEligibility (rule 6 alone)', candidates.length, eligibility),
    ],
  );
  console.log('');
  printTable(
    ['outcome (first rule that excludes)', 'pairs', 'share'],
    [...outcomes.entries()].sort((a, b) => b[1] - a[1]).map(([outcome, count]) => [outcome, count, `${((100 * count) / pairs).toFixed(1)}%`]),
  );
  const perScored = scored.cpuMs / Math.max(1, eligiblePairs.length);
  const perPair = allPairs.cpuMs / pairs;
  console.log('');
  console.log(
    `ratios: a scored pair costs ${(perScored / perPair).toFixed(1)}x an average pair; one candidate against all ${targets.length} targets ${(allPairs.cpuMs / candidates.length).toFixed(3)} ms cpu; ${eligibleCandidates} of ${candidates.length} candidates eligible today; ${(allPairs.result / Math.max(1, eligibleCandidates)).toFixed(1)} suggestions per eligible candidate, mean score ${(scored.result / Math.max(1, eligiblePairs.length)).toFixed(3)}`,
  );
  console.log(
    `memory: world, read models and profiles ${mib(heapOfData)}; ${kept.length.toLocaleString('en')} kept evaluations (score + explanation) ${mib(heapOfKept)} (${(heapOfKept / Math.max(1, kept.length)).toFixed(0)} B each); heap used ${mib(heapUsed())}, peak RSS ${mib(peakRss())}`,
  );
}

runBench(main);
