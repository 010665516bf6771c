/**
 * The generated but realistic world both match-engine benchmarks run on: real municipalities,
 * labour market regions, penitentiary institutions and In-Made qualifications from
 * @bridge/reference-data, and what the other services would publish about them (covenants,
 * vacancies, school places, certificates) next to the candidates casemanagers register.
 * The same world for the same seed; every date counts from `today` in the Netherlands, as the match
 * engine does.
 */
import type { CovenantState, SchoolPlaceState, VacancyState } from '@bridge/contracts';
import { calendarDateInNetherlands } from '@bridge/platform';
import {
  listMunicipalities,
  listPenitentiaryInstitutions,
  listQualifications,
  listRegions,
  municipalitiesOfRegion,
  Municipality,
  Qualification,
} from '@bridge/reference-data';
import type { VogOutlook } from '../src/app/read-models/candidates/candidate.entity';
import type { RegisterCandidateDto } from '../src/app/read-models/candidates/dto/register-candidate.dto';

/** The sizes of the rules bench's world, from the environment. */
const BENCH_CANDIDATES = Number(process.env['BENCH_CANDIDATES'] ?? 2_000);
/** Vacancies and school places together (60% / 40%). */
const BENCH_TARGETS = Number(process.env['BENCH_TARGETS'] ?? 1_000);
export const BENCH_SEED = Number(process.env['BENCH_SEED'] ?? 42);

const DAY_MS = 86_400_000;
const VACANCY_SHARE = 0.6;
const VACANCIES_PER_EMPLOYER = 8;
const SCHOOL_PLACES_PER_SCHOOL = 25;
const MIN_SCHOOLS = 40;

/** A candidate as a casemanager registers it, with the certificates training will register for it. */
export interface WorldCandidate {
  registration: RegisterCandidateDto;
  certificates: Qualification[];
}

export interface World {
  today: string;
  covenants: CovenantState[];
  vacancies: VacancyState[];
  schoolPlaces: SchoolPlaceState[];
  candidates: WorldCandidate[];
}

export interface WorldSize {
  candidates: number;
  vacancies: number;
  schoolPlaces: number;
}

/**
 * The named sizes of `npm run bench -- --small|--medium|--national`. National: every candidate of
 * the country nearing release, every covenant vacancy and school place (issue 9).
 */
export const WORLD_SIZES = {
  small: { candidates: 250, vacancies: 1_500, schoolPlaces: 500 },
  medium: { candidates: 1_000, vacancies: 20_000, schoolPlaces: 5_000 },
  national: { candidates: 10_000, vacancies: 200_000, schoolPlaces: 50_000 },
} as const satisfies Record<string, WorldSize>;

export type SizeName = keyof typeof WORLD_SIZES;

export type Random = ReturnType<typeof seededRandom>;

/** mulberry32: fast, and the same world for the same seed. */
export function seededRandom(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (from: number, to: number) => from + Math.floor(next() * (to - from + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)];
  const hex = (digits: number) =>
    Array.from({ length: digits }, () => Math.floor(next() * 16).toString(16)).join('');
  /** A version 4 UUID drawn from the seed, so ids repeat too. */
  const uuid = () =>
    `${hex(8)}-${hex(4)}-4${hex(3)}-${pick(['8', '9', 'a', 'b'])}${hex(3)}-${hex(12)}`;
  return { next, int, pick, chance: (p: number) => next() < p, uuid };
}

/** `YYYY-MM-DD`, `days` after `from`. */
export function addDays(from: string, days: number): string {
  return new Date(Date.parse(`${from}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/**
 * In-Made workshops certify basic levels mostly; schools train on to the next level. Only the
 * qualifications tagged with a workshop type are In-Made trades (the other 391 of the list are not).
 */
function certifiableOf(rnd: Random): Qualification[] {
  return listQualifications().filter(
    (q) => q.workshopTypes.length > 0 && (q.level <= 2 || rnd.chance(0.2)),
  );
}

function activePis(): string[] {
  return listPenitentiaryInstitutions()
    .filter((pi) => pi.status === 'active')
    .map((pi) => pi.code);
}

/**
 * The world of `size` for `seed`, the same each time (dates count from today). Candidates are
 * spread over every active PI, covenants over every labour market region, school places over
 * every municipality; a vacancy lies in its covenant's region.
 */
export function makeWorld(
  { candidates, vacancies, schoolPlaces, seed }: WorldSize & { seed: number } = {
    candidates: BENCH_CANDIDATES,
    vacancies: Math.round(BENCH_TARGETS * VACANCY_SHARE),
    schoolPlaces: BENCH_TARGETS - Math.round(BENCH_TARGETS * VACANCY_SHARE),
    seed: BENCH_SEED,
  },
): World {
  const rnd = seededRandom(seed);
  const today = calendarDateInNetherlands();
  const municipalities = listMunicipalities();
  const regions = listRegions().map((region) => region.code);
  const qualifications = listQualifications();
  const certifiable = certifiableOf(rnd);
  const pis = activePis();

  // Covenants per region: the i-th covenant's home region is the (i mod 35)-th, so every region has some.
  const employerCovenants = Array.from(
    { length: Math.max(1, Math.ceil(vacancies / VACANCIES_PER_EMPLOYER)) },
    (_, i) =>
      covenant(rnd, today, pis, regions[i % regions.length], {
        employerId: rnd.uuid(),
        brin: null,
      }),
  );
  const schools = Math.max(MIN_SCHOOLS, Math.ceil(schoolPlaces / SCHOOL_PLACES_PER_SCHOOL));
  const schoolCovenants = Array.from({ length: schools }, (_, i) =>
    covenant(rnd, today, pis, regions[i % regions.length], { employerId: null, brin: brinOf(i) }),
  );
  return {
    today,
    covenants: [...employerCovenants, ...schoolCovenants],
    vacancies: Array.from({ length: vacancies }, () =>
      vacancy(rnd, today, rnd.pick(employerCovenants), certifiable),
    ),
    schoolPlaces: Array.from({ length: schoolPlaces }, (_, i) =>
      schoolPlace(
        rnd,
        today,
        rnd.pick(schoolCovenants),
        municipalities[i % municipalities.length],
        qualifications,
        certifiable,
      ),
    ),
    candidates: Array.from({ length: candidates }, (_, i) =>
      candidate(rnd, today, i, pis[i % pis.length], municipalities, certifiable),
    ),
  };
}

/** Two digits and two letters, unique for the first 2,600 schools. */
function brinOf(i: number): string {
  return `${String(10 + (i % 90)).padStart(2, '0')}${String.fromCharCode(65 + (Math.floor(i / 90) % 26))}${String.fromCharCode(65 + (i % 26))}`;
}

/**
 * A vacancy that suits `candidate` well (its return municipality, starting on its release date,
 * under a covenant naming its PI, asking for a certificate it holds): published during the run, it
 * should enter the candidate's best suggestions.
 */
export function vacancyFor(
  rnd: Random,
  today: string,
  candidate: WorldCandidate,
  covenant: CovenantState,
): VacancyState {
  const { registration, certificates } = candidate;
  const trade = certificates[0] ?? rnd.pick(certifiableOf(rnd));
  return {
    vacancyId: rnd.uuid(),
    employerId: covenant.employerId as string,
    covenantId: covenant.covenantId,
    title: trade.title,
    description: null,
    sector: trade.sector,
    municipalityCode: registration.returnMunicipalityCode,
    hoursPerWeek: 32,
    startDate: registration.expectedReleaseDate < today ? today : registration.expectedReleaseDate,
    openings: 1,
    openingsLeft: 1,
    requiredQualifications: certificates.length > 0 ? [trade.crebo] : [],
    preferredQualifications: [],
    requiresVog: false,
    expiresOn: null,
    status: 'open',
  };
}

/** One covenant in its home region (and perhaps one more) for one to three PIs; one in twenty has already lapsed. */
function covenant(
  rnd: Random,
  today: string,
  pis: string[],
  homeRegion: string,
  party: Pick<CovenantState, 'employerId' | 'brin'>,
): CovenantState {
  const home = rnd.pick(municipalitiesOfRegion(homeRegion));
  const lapsed = rnd.chance(0.05);
  return {
    covenantId: rnd.uuid(),
    name: `Convenant ${home.name}`,
    ...party,
    regionCodes: [
      ...new Set([homeRegion, rnd.pick(listMunicipalities()).regionCode].slice(0, rnd.int(1, 2))),
    ],
    piCodes: [...new Set(Array.from({ length: rnd.int(1, 3) }, () => rnd.pick(pis)))],
    validFrom: addDays(today, -rnd.int(30, 400)),
    validTo: lapsed ? addDays(today, -rnd.int(1, 20)) : addDays(today, rnd.int(200, 700)),
    placementsPerYear: rnd.int(2, 20),
    support: [],
  };
}

/** A vacancy in the covenant's region for a certifiable trade: half require the certificate. */
function vacancy(
  rnd: Random,
  today: string,
  covenant: CovenantState,
  certifiable: Qualification[],
): VacancyState {
  const trade = rnd.pick(certifiable);
  const sameSector = certifiable.filter(
    (q) => q.sector === trade.sector && q.crebo !== trade.crebo,
  );
  const openings = rnd.int(1, 5);
  return {
    vacancyId: rnd.uuid(),
    employerId: covenant.employerId as string,
    covenantId: covenant.covenantId,
    title: trade.title,
    description: null,
    sector: trade.sector,
    municipalityCode: rnd.pick(municipalitiesOfRegion(rnd.pick(covenant.regionCodes))).code,
    hoursPerWeek: rnd.pick([24, 32, 36, 38, 40]),
    startDate: addDays(today, rnd.int(0, 200)),
    openings,
    openingsLeft: rnd.chance(0.95) ? openings : 0,
    requiredQualifications: rnd.chance(0.5) ? [trade.crebo] : [],
    preferredQualifications:
      sameSector.length > 0 && rnd.chance(0.3) ? [rnd.pick(sameSector).crebo] : [],
    requiresVog: rnd.chance(0.3),
    expiresOn: null,
    status: 'open',
  };
}

/** A school place one level up in a certifiable trade's sector; half sit under the school's covenant. */
function schoolPlace(
  rnd: Random,
  today: string,
  covenant: CovenantState,
  municipality: Municipality,
  qualifications: readonly Qualification[],
  certifiable: Qualification[],
): SchoolPlaceState {
  const entry = rnd.pick(certifiable);
  const next = qualifications.filter((q) => q.sector === entry.sector && q.level >= entry.level);
  const trains = rnd.pick(next);
  const seats = rnd.int(2, 12);
  return {
    schoolPlaceId: rnd.uuid(),
    brin: covenant.brin as string,
    covenantId: rnd.chance(0.5) ? covenant.covenantId : null,
    crebo: trains.crebo,
    title: trains.title,
    level: trains.level,
    sector: trains.sector,
    learningPath: trains.learningPaths[0] ?? 'BBL',
    municipalityCode: municipality.code,
    startDate: addDays(today, rnd.int(0, 200)),
    seats,
    seatsLeft: seats,
    status: 'open',
    entryRequirements: {
      minLevel: rnd.pick([null, 1, entry.level]),
      requiredQualifications: rnd.chance(0.3) ? [entry.crebo] : [],
    },
  };
}

/** A candidate of `piCode` released within the next 200 days (or lately), holding none to three certificates. */
function candidate(
  rnd: Random,
  today: string,
  index: number,
  piCode: string,
  municipalities: readonly Municipality[],
  certifiable: Qualification[],
): WorldCandidate {
  const certificates = [
    ...new Set(Array.from({ length: rnd.pick([0, 1, 1, 2, 2, 3]) }, () => rnd.pick(certifiable))),
  ];
  const sectors = rnd.chance(0.4) && certificates.length > 0 ? [certificates[0].sector] : undefined;
  const vogOutlook: VogOutlook = rnd.chance(0.1)
    ? 'unlikely'
    : rnd.chance(0.6)
      ? 'likely'
      : 'unknown';
  return {
    registration: {
      djiNumber: `BENCH-${index}`,
      piCode,
      expectedReleaseDate: addDays(today, rnd.int(-60, 200)),
      returnMunicipalityCode: rnd.pick(municipalities).code,
      vogOutlook,
      excludedMunicipalities: rnd.chance(0.1) ? [rnd.pick(municipalities).code] : [],
      preferences: { work: rnd.chance(0.85), education: rnd.chance(0.5), sectors },
      consent: { shareAnonymisedProfile: rnd.chance(0.9) },
    },
    certificates,
  };
}

// ---- figures -------------------------------------------------------------------------------------

export const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MiB`;

/** Peak resident set size of this process so far. */
export const peakRss = () => process.resourceUsage().maxRSS * 1024;

export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

/** Prints rows as an aligned table: the first column left-aligned, the rest right-aligned. */
export function printTable(header: string[], rows: (string | number)[][]): void {
  const cells = [header, ...rows.map((row) => row.map(String))];
  const widths = header.map((_, i) => Math.max(...cells.map((row) => row[i].length)));
  for (const row of cells)
    console.log(
      row
        .map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i])))
        .join('  '),
    );
}

/** Runs the benchmark's main and turns a failure into exit code 1. */
export function runBench(main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
