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
import {
  CandidateProfile,
  candidateEligibility,
  evaluateMatch,
  Evaluation,
  TargetProfile,
} from '../src/app/match-rules/match-rules';
import {
  BENCH_SEED,
  makeWorld,
  mib,
  peakRss,
  printTable,
  runBench,
  seededRandom,
  World,
} from './bench-world';
import { profilesOf, WorldIds } from './naive-baseline';

const ROUNDS = Number(process.env['BENCH_ROUNDS'] ?? 3);

/** Ids drawn from the seed, as the service would have given them. */
function drawnIds(world: World): WorldIds {
  const rnd = seededRandom(BENCH_SEED);
  const candidateIds = world.candidates.map(() => rnd.uuid());
  return {
    candidateIds,
    certificateIds: world.candidates.map(({ certificates }) => certificates.map(() => rnd.uuid())),
  };
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
  return {
    wallMs: median(rounds.map((r) => r.wallMs)),
    cpuMs: median(rounds.map((r) => r.cpuMs)),
    result: rounds[0].result,
  };
}

/** How every pair comes out: eligible, or the first rule that excludes it. */
function outcomesOf(
  candidates: CandidateProfile[],
  targets: TargetProfile[],
  today: string,
): Map<string, number> {
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
  const { candidates, targets } = await profilesOf(world, drawnIds(world));
  const heapOfData = heapUsed() - heapAtStart;
  const pairs = candidates.length * targets.length;
  const { today } = world;

  console.log(
    `${candidates.length} candidates x ${targets.length} targets (${world.vacancies.length} vacancies, ${world.schoolPlaces.length} school places) = ${pairs.toLocaleString('en')} pairs, seed ${BENCH_SEED}, median of ${ROUNDS} rounds, Node ${process.version}`,
  );

  const outcomes = outcomesOf(candidates, targets, today); // also the warm-up
  const allPairs = timeRounds(() => {
    let eligible = 0;
    for (const candidate of candidates)
      for (const target of targets)
        if (evaluateMatch(candidate, target, today).eligible) eligible++;
    return eligible;
  });
  // The pairs the recomputer stores: every rule passed, so every factor is scored and explained.
  const eligiblePairs = candidates.flatMap((candidate) =>
    targets
      .filter((target) => evaluateMatch(candidate, target, today).eligible)
      .map((target) => [candidate, target] as const),
  );
  const scored = timeRounds(() => {
    let scores = 0;
    for (const [candidate, target] of eligiblePairs) {
      const evaluation = evaluateMatch(candidate, target, today);
      if (evaluation.eligible) scores += evaluation.score;
    }
    return scores;
  });
  const eligibility = timeRounds(
    () => candidates.filter((candidate) => candidateEligibility(candidate, today).eligible).length,
  );
  const eligibleCandidates = eligibility.result;

  // What the suggestions of one full recompute weigh while held: every eligible pair's score and explanation.
  const heapBeforeKept = heapUsed();
  const kept: Evaluation[] = eligiblePairs.map(([candidate, target]) =>
    evaluateMatch(candidate, target, today),
  );
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
    [...outcomes.entries()]
      .sort((a, b) => b[1] - a[1])
      .map(([outcome, count]) => [outcome, count, `${((100 * count) / pairs).toFixed(1)}%`]),
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
