import { EntityManager } from 'typeorm';
import { listMunicipalities } from '@bridge/reference-data';
import {
  CandidateProfile,
  evaluateMatch,
  matchJudge,
  TargetProfile,
} from '../match-rules/match-rules';
import { DEFAULT_MATCH_SETTINGS } from '../match-rules/match-settings';
import { MatchTarget, MatchTargets, TargetType } from './match-targets';
import { TargetCatalogue } from './target-catalogue';

const today = '2026-12-01';
const manager = {} as EntityManager;
const municipalities = listMunicipalities();
const crebos = ['25252', '25016', '25008', '25180'];

/** A seeded pseudo-random sequence, so a failure names a world that can be built again. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

function pick<T>(next: () => number, values: readonly T[]): T {
  return values[Math.floor(next() * values.length)];
}

function day(offset: number): string {
  return new Date(Date.parse(`${today}T00:00:00Z`) + offset * 86_400_000)
    .toISOString()
    .slice(0, 10);
}

function target(next: () => number, index: number): TargetProfile {
  const municipality = pick(next, municipalities);
  const type: TargetType = next() < 0.7 ? 'vacancy' : 'school-place';
  return {
    id: `t-${String(index).padStart(5, '0')}`,
    type,
    title: 'Medewerker',
    open: next() < 0.9,
    placesLeft: next() < 0.9 ? 1 + Math.floor(next() * 3) : 0,
    municipalityCode: municipality.code,
    // Mostly the municipality's own region; now and then another, which only rule 2's region test lets in.
    regionCode: next() < 0.9 ? municipality.regionCode : pick(next, municipalities).regionCode,
    startDate: day(Math.floor(next() * 400) - 60),
    sector: 'Entree',
    requiredQualifications: crebos.filter(() => next() < 0.25),
    preferredQualifications: [],
    requiresVog: type === 'vacancy' && next() < 0.3,
    covenant:
      next() < 0.95 ? { active: true, piCodes: ['PI-VUGHT'] } : { active: false, piCodes: [] },
  };
}

function candidate(next: () => number, index: number): CandidateProfile {
  const municipality = pick(next, municipalities);
  return {
    id: `c-${index}`,
    piCode: 'PI-VUGHT',
    regionCode: municipality.regionCode,
    municipalityCode: municipality.code,
    releaseDate: day(Math.floor(next() * 200)),
    vogOutlook: pick(next, ['likely', 'unlikely', 'unknown'] as const),
    excludedMunicipalities: [],
    preferences: {},
    consentToShare: true,
    status: 'active',
    certificates: crebos.filter(() => next() < 0.5).map((crebo) => ({ crebo, sector: 'Entree' })),
  };
}

/** The read models as the catalogue sees them through `MatchTargets`: rows by id, and open ones page by page. */
class FakeTargets {
  readonly rows = new Map<string, TargetProfile>();

  byIds = jest.fn(
    async (_manager: EntityManager, type: TargetType, ids: string[]): Promise<MatchTarget[]> =>
      ids.flatMap((id) => {
        const row = this.rows.get(id);
        return row && row.type === type ? [matchTarget(row)] : [];
      }),
  );

  async openPage(
    _manager: EntityManager,
    type: TargetType,
    limit: number,
    after?: string,
  ): Promise<MatchTarget[]> {
    return [...this.rows.values()]
      .filter(
        (row) =>
          row.type === type &&
          row.open &&
          row.placesLeft > 0 &&
          (after === undefined || row.id > after),
      )
      .sort((a, b) => (a.id < b.id ? -1 : 1))
      .slice(0, limit)
      .map(matchTarget);
  }
}

function matchTarget(profile: TargetProfile): MatchTarget {
  return {
    profile,
    summary: {
      title: profile.title,
      municipalityCode: profile.municipalityCode,
      startDate: profile.startDate,
    },
  };
}

async function catalogueOf(rows: TargetProfile[]) {
  const targets = new FakeTargets();
  for (const row of rows) targets.rows.set(row.id, row);
  const catalogue = new TargetCatalogue(targets as unknown as MatchTargets);
  await catalogue.load(manager);
  return { catalogue, targets };
}

function accepted(candidateProfile: CandidateProfile, rows: Iterable<TargetProfile>): string[] {
  return [...rows]
    .filter((row) => evaluateMatch(candidateProfile, row, today, DEFAULT_MATCH_SETTINGS).eligible)
    .map((row) => row.id)
    .sort();
}

function field(catalogue: TargetCatalogue, candidateProfile: CandidateProfile): string[] {
  return catalogue
    .fieldOf(candidateProfile, DEFAULT_MATCH_SETTINGS)
    .targets.map((entry) => entry.profile.id);
}

describe('TargetCatalogue', () => {
  it('gives every candidate a field that holds every target the rules accept, and leaves most others out', async () => {
    const next = random(20261207);
    const rows = Array.from({ length: 6_000 }, (_, i) => target(next, i));
    const { catalogue } = await catalogueOf(rows);
    let fieldSizes = 0;
    let acceptedCount = 0;
    for (let i = 0; i < 150; i++) {
      const someone = candidate(next, i);
      const candidateField = field(catalogue, someone);
      const rulesAccept = accepted(someone, rows);
      expect(candidateField).toEqual(expect.arrayContaining(rulesAccept));
      expect(new Set(candidateField).size).toBe(candidateField.length);
      fieldSizes += candidateField.length;
      acceptedCount += rulesAccept.length;
    }
    expect(acceptedCount).toBeGreaterThan(0);
    // The field is a narrow superset: far smaller than the catalogue, mostly what the rules accept.
    expect(fieldSizes / 150).toBeLessThan(catalogue.size / 10);
    expect(acceptedCount / fieldSizes).toBeGreaterThan(0.5);
  });

  it('orders a field by the ceilings of the scores, and no target the rules accept scores above its ceiling', async () => {
    const next = random(4242);
    const rows = Array.from({ length: 3_000 }, (_, i) => target(next, i));
    const { catalogue } = await catalogueOf(rows);
    let judged = 0;
    let reached = 0;
    for (let i = 0; i < 100; i++) {
      const someone = candidate(next, i);
      const judge = matchJudge(someone, today, DEFAULT_MATCH_SETTINGS);
      const { targets, ceilings } = catalogue.fieldOf(someone, DEFAULT_MATCH_SETTINGS);
      expect(ceilings).toEqual([...ceilings].sort((a, b) => b - a));
      targets.forEach(({ profile }, at) => {
        const verdict = judge(profile);
        if (!verdict.eligible) return;
        judged++;
        expect(verdict.score).toBeLessThanOrEqual(ceilings[at]);
        if (verdict.score === ceilings[at]) reached++;
      });
    }
    expect(judged).toBeGreaterThan(1_000);
    // A ceiling is tight where the outline decides: some targets score it exactly.
    expect(reached).toBeGreaterThan(0);
  });

  it('holds only the open targets with places left, loaded page by page', async () => {
    const next = random(7);
    const rows = Array.from({ length: 12_345 }, (_, i) => target(next, i));
    const { catalogue } = await catalogueOf(rows);
    const open = rows.filter((row) => row.open && row.placesLeft > 0);
    expect(catalogue.size).toBe(open.length);
    for (const row of rows.slice(0, 500))
      expect(catalogue.get(row.type, row.id)?.profile).toEqual(
        open.includes(row) ? row : undefined,
      );
  });

  it('follows a refreshed target: moved, closed, filled, reopened or gone', async () => {
    const base = target(random(1), 1);
    const here: TargetProfile = {
      ...base,
      open: true,
      placesLeft: 1,
      municipalityCode: 'GM0796',
      regionCode: 'AM27',
      requiredQualifications: [],
      requiresVog: false,
      startDate: day(30),
    };
    const someone: CandidateProfile = {
      ...candidate(random(2), 1),
      municipalityCode: 'GM0796',
      regionCode: 'AM27',
      releaseDate: day(30),
      certificates: [],
    };
    const { catalogue, targets } = await catalogueOf([here]);
    expect(field(catalogue, someone)).toEqual([here.id]);

    const refreshTo = async (row: TargetProfile | undefined) => {
      if (row) targets.rows.set(row.id, row);
      else targets.rows.delete(here.id);
      await catalogue.refresh(manager, here.type, [here.id]);
    };
    await refreshTo({ ...here, municipalityCode: 'GM0014', regionCode: 'AM01' }); // Groningen: far away
    expect(field(catalogue, someone)).toEqual([]);
    expect(catalogue.get(here.type, here.id)?.profile.municipalityCode).toBe('GM0014');
    await refreshTo(here);
    expect(field(catalogue, someone)).toEqual([here.id]);
    await refreshTo({ ...here, placesLeft: 0 });
    expect(catalogue.get(here.type, here.id)).toBeUndefined();
    await refreshTo({ ...here, placesLeft: 2 });
    expect(field(catalogue, someone)).toEqual([here.id]);
    await refreshTo({ ...here, open: false });
    expect(field(catalogue, someone)).toEqual([]);
    await refreshTo(here);
    await refreshTo(undefined);
    expect(catalogue.size).toBe(0);
    expect(field(catalogue, someone)).toEqual([]);
  });

  it('reads nothing before it is loaded, and refreshes only the targets it is given', async () => {
    const targets = new FakeTargets();
    const catalogue = new TargetCatalogue(targets as unknown as MatchTargets);
    await catalogue.refresh(manager, 'vacancy', ['v-1']);
    expect(targets.byIds).not.toHaveBeenCalled();
    await catalogue.load(manager);
    await catalogue.refresh(manager, 'vacancy', ['v-1', 'v-2']);
    expect(targets.byIds.mock.calls.map(([, type, ids]) => [type, ids])).toEqual([
      ['vacancy', ['v-1', 'v-2']],
    ]);
  });
});
