import { CandidateProfile, evaluateMatch, Factor, TargetProfile } from './match-rules';

const today = '2026-12-01';

/** Holds Machinaal houtbewerker (25016, MBO level 2, Afbouw, hout en onderhoud). */
function candidate(overrides: Partial<CandidateProfile> = {}): CandidateProfile {
  return {
    id: 'c-1',
    piCode: 'PI-VUGHT',
    regionCode: 'AM27',
    municipalityCode: 'GM0796',
    releaseDate: '2027-02-01',
    vogOutlook: 'likely',
    excludedMunicipalities: [],
    preferences: {},
    consentToShare: true,
    status: 'active',
    certificates: [{ crebo: '25016', sector: 'Afbouw, hout en onderhoud' }],
    ...overrides,
  };
}

/** Allround machinaal houtbewerker (level 3) in 's-Hertogenbosch, outside any covenant. */
function schoolPlace(overrides: Partial<TargetProfile> = {}): TargetProfile {
  return {
    id: 'sp-1',
    type: 'school-place',
    title: 'Allround machinaal houtbewerker',
    open: true,
    placesLeft: 3,
    municipalityCode: 'GM0796',
    regionCode: 'AM27',
    startDate: '2027-02-08',
    sector: 'Afbouw, hout en onderhoud',
    requiredQualifications: [],
    preferredQualifications: [],
    requiresVog: false,
    minLevel: 2,
    covenant: null,
    ...overrides,
  };
}

function explained(result: ReturnType<typeof evaluateMatch>): Record<string, Factor> {
  if (!result.eligible) throw new Error(`${result.rule}: ${result.detail}`);
  return Object.fromEntries(result.explanation.map((f) => [f.factor, f]));
}

describe('match rules for school places', () => {
  it('suggests a school place outside any covenant, explaining each factor', () => {
    const result = evaluateMatch(candidate(), schoolPlace(), today);
    const factors = explained(result);
    expect(factors['covenantPi']).toMatchObject({ value: 0, reason: 'offered outside a covenant' });
    expect(factors['qualifications']).toMatchObject({
      value: 0.7,
      reason: 'no qualification required; In-Made certificate in the same sector',
    });
    expect(factors['preferences']).toMatchObject({ value: 0.7 });
    expect(result).toMatchObject({
      eligible: true,
      score: 0.35 * 0.7 + 0.25 + 0.2 + 0 + 0.1 * 0.7,
    });
  });

  it('needs a covenant it names to be active, and credits one that names the PI', () => {
    expect(
      evaluateMatch(
        candidate(),
        schoolPlace({ covenant: { active: false, piCodes: ['PI-VUGHT'] } }),
        today,
      ),
    ).toMatchObject({
      eligible: false,
      rule: 'covenant-inactive',
    });
    const factors = explained(
      evaluateMatch(
        candidate(),
        schoolPlace({ covenant: { active: true, piCodes: ['PI-VUGHT'] } }),
        today,
      ),
    );
    expect(factors['covenantPi']).toMatchObject({
      value: 1,
      reason: 'the covenant names PI-VUGHT',
    });
  });

  it.each([
    ['at the minimum level', 2, true],
    ['below no minimum', null, true],
    ['below the minimum level', 3, false],
  ])('judges a candidate %s', (_case, minLevel, eligible) => {
    expect(evaluateMatch(candidate(), schoolPlace({ minLevel }), today).eligible).toBe(eligible);
  });

  it('excludes by entry-level-not-met, naming the level required and the highest held', () => {
    expect(evaluateMatch(candidate(), schoolPlace({ minLevel: 3 }), today)).toEqual({
      eligible: false,
      rule: 'entry-level-not-met',
      detail:
        'requires a valid certificate at MBO level 3 or higher; the highest the candidate holds is level 2',
    });
    expect(
      evaluateMatch(candidate({ certificates: [] }), schoolPlace({ minLevel: 1 }), today),
    ).toEqual({
      eligible: false,
      rule: 'entry-level-not-met',
      detail:
        'requires a valid certificate at MBO level 1 or higher; the candidate holds none with a known level',
    });
  });

  it('takes the highest level among the certificates, from the reference data', () => {
    // 25015 Allround machinaal houtbewerker is level 3; 25252 (Entree) is level 1
    const holder = candidate({
      certificates: [
        { crebo: '25252', sector: 'Entree' },
        { crebo: '25015', sector: 'Afbouw, hout en onderhoud' },
      ],
    });
    expect(evaluateMatch(holder, schoolPlace({ minLevel: 3 }), today).eligible).toBe(true);
  });

  it('excludes by missing-qualifications when a required entry qualification is not held', () => {
    expect(
      evaluateMatch(
        candidate(),
        schoolPlace({ requiredQualifications: ['25016', '25008'] }),
        today,
      ),
    ).toMatchObject({
      eligible: false,
      rule: 'missing-qualifications',
      detail: 'requires 25008 which the candidate does not hold',
    });
  });

  it('asks no VOG: an unlikely VOG outlook does not exclude a school place', () => {
    expect(
      evaluateMatch(candidate({ vogOutlook: 'unlikely' }), schoolPlace(), today).eligible,
    ).toBe(true);
  });

  it('scores, not excludes, a candidate who prefers work over education', () => {
    const workOnly = evaluateMatch(
      candidate({ preferences: { work: true, education: false } }),
      schoolPlace(),
      today,
    );
    const open = evaluateMatch(candidate(), schoolPlace(), today);
    expect(explained(workOnly)['preferences']).toMatchObject({
      value: 0,
      reason: 'prefers work over education',
    });
    if (!workOnly.eligible || !open.eligible) throw new Error('both should be eligible');
    expect(workOnly.score).toBeLessThan(open.score);
  });

  it('applies the rules common to every target', () => {
    expect(evaluateMatch(candidate(), schoolPlace({ placesLeft: 0 }), today)).toMatchObject({
      rule: 'target-not-open',
    });
    expect(
      evaluateMatch(
        candidate(),
        schoolPlace({ municipalityCode: 'GM0014', regionCode: 'AM11' }),
        today,
      ),
    ).toMatchObject({ rule: 'too-far' });
    expect(
      evaluateMatch(candidate(), schoolPlace({ startDate: '2027-05-10' }), today),
    ).toMatchObject({ rule: 'start-date-outside-window' });
    expect(
      evaluateMatch(candidate({ excludedMunicipalities: ['GM0796'] }), schoolPlace(), today),
    ).toMatchObject({ rule: 'excluded-municipality' });
  });
});
