import { calendarDateInNetherlands } from '@bridge/platform';
import {
  listMunicipalities,
  listPenitentiaryInstitutions,
  listRegions,
} from '@bridge/reference-data';
import type { CandidateProfile, TargetProfile } from '../src/app/match-rules/match-rules';
import { addDays, makeWorld } from './bench-world';
import { firstDifference, naiveTop, profilesOf } from './naive-baseline';

const today = calendarDateInNetherlands();
const home = listMunicipalities()[0];

const candidate: CandidateProfile = {
  id: 'c1',
  piCode: 'PI-X',
  regionCode: home.regionCode,
  municipalityCode: home.code,
  releaseDate: addDays(today, 10),
  vogOutlook: 'likely',
  excludedMunicipalities: [],
  preferences: {},
  consentToShare: true,
  status: 'active',
  certificates: [],
};

/** An open vacancy in the candidate's municipality under an active covenant. */
const target = (id: string, overrides: Partial<TargetProfile> = {}): TargetProfile => ({
  id,
  type: 'vacancy',
  title: id,
  open: true,
  placesLeft: 1,
  municipalityCode: home.code,
  regionCode: home.regionCode,
  startDate: addDays(today, 10),
  sector: null,
  requiredQualifications: [],
  preferredQualifications: [],
  requiresVog: false,
  covenant: { active: true, piCodes: [] },
  ...overrides,
});

describe('the bench world', () => {
  it('is the same world for the same seed, and another for another seed', () => {
    const size = { candidates: 50, vacancies: 80, schoolPlaces: 30 };
    const world = makeWorld({ ...size, seed: 7 });
    expect(makeWorld({ ...size, seed: 7 })).toEqual(world);
    expect(makeWorld({ ...size, seed: 8 }).vacancies[0].vacancyId).not.toEqual(
      world.vacancies[0].vacancyId,
    );
    expect(world.vacancies).toHaveLength(80);
    expect(world.schoolPlaces).toHaveLength(30);
  });

  it('spreads candidates over every active PI, covenants over every region, school places over every municipality', () => {
    const pis = listPenitentiaryInstitutions().filter((pi) => pi.status === 'active');
    const municipalities = listMunicipalities();
    const world = makeWorld({
      candidates: pis.length,
      vacancies: 8 * listRegions().length,
      schoolPlaces: municipalities.length,
      seed: 1,
    });
    expect(new Set(world.candidates.map((c) => c.registration.piCode)).size).toBe(pis.length);
    expect(
      new Set(world.covenants.filter((c) => c.employerId).map((c) => c.regionCodes[0])).size,
    ).toBe(listRegions().length);
    expect(new Set(world.schoolPlaces.map((p) => p.municipalityCode)).size).toBe(
      municipalities.length,
    );
  });
});

describe('the naive baseline', () => {
  it('ranks as GET /candidates/:id/suggestions: best score, then soonest start, then target id', () => {
    const later = target('b-later', { startDate: addDays(today, 11) });
    const sameStartB = target('b-same');
    const sameStartA = target('a-same');
    const worse = target('a-worse', {
      municipalityCode:
        listMunicipalities().find((m) => m.regionCode === home.regionCode && m.code !== home.code)
          ?.code ?? home.code,
    });
    const ranked = naiveTop(candidate, [later, worse, sameStartB, sameStartA], today, 20).map(
      (r) => r.targetId,
    );
    // The first three score alike (within the start window's grace); the fourth lies farther away.
    expect(ranked).toEqual(['a-same', 'b-same', 'b-later', 'a-worse']);
  });

  it('judges every target with the match rules: closed targets and ineligible candidates have no suggestions', () => {
    expect(
      naiveTop(candidate, [target('closed', { open: false }), target('open')], today, 20).map(
        (r) => r.targetId,
      ),
    ).toEqual(['open']);
    expect(naiveTop({ ...candidate, consentToShare: false }, [target('open')], today, 20)).toEqual(
      [],
    );
  });

  it('keeps the best n only, and none below the floor', () => {
    const targets = Array.from({ length: 30 }, (_, i) => target(`t${String(i).padStart(2, '0')}`));
    expect(naiveTop(candidate, targets, today, 20)).toHaveLength(20);
    const [best] = naiveTop(candidate, targets, today, 1);
    expect(naiveTop(candidate, targets, today, 20, best.score + 0.001)).toEqual([]);
  });

  it('builds the profiles of a world with the ids the service gave', async () => {
    const world = makeWorld({ candidates: 3, vacancies: 5, schoolPlaces: 2, seed: 3 });
    const ids = {
      candidateIds: ['x1', 'x2', 'x3'],
      certificateIds: world.candidates.map(({ certificates }) =>
        certificates.map((_, j) => `cert-${j}`),
      ),
    };
    const { candidates, targets } = await profilesOf(world, ids);
    expect(candidates.map((c) => c.id)).toEqual(['x1', 'x2', 'x3']);
    expect(candidates.map((c) => c.certificates.length)).toEqual(
      world.candidates.map((c) => c.certificates.length),
    );
    expect(targets).toHaveLength(7);
  });
});

describe('firstDifference', () => {
  const a = { targetId: 'a', score: 0.9 };
  const b = { targetId: 'b', score: 0.8 };

  it('is null for equal rankings', () => {
    expect(firstDifference([a, b], [a, b])).toBeNull();
  });

  it('names the first position where the order, a score or the length differs', () => {
    expect(firstDifference([b, a], [a, b])).toMatch(/^#1: service b \(0.8\), baseline a \(0.9\)/);
    expect(firstDifference([a, { ...b, score: 0.7 }], [a, b])).toMatch(/^#2:/);
    expect(firstDifference([a], [a, b])).toMatch(/^#2: service nothing, baseline b/);
  });
});
