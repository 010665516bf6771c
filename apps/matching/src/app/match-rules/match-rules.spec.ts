import { distanceKm, requireMunicipality } from '@bridge/reference-data';
import {
  bestFirst,
  bestMatches,
  CandidateProfile,
  candidateEligibility,
  evaluateMatch,
  EXCLUSION_RULES,
  matchJudge,
  scoreCeiling,
  TargetProfile,
} from './match-rules';
import { DEFAULT_MATCH_SETTINGS } from './match-settings';

const today = '2026-12-01';

function candidate(overrides: Partial<CandidateProfile> = {}): CandidateProfile {
  return {
    id: 'c-1',
    piCode: 'PI-VUGHT',
    regionCode: 'AM27', // Noordoost-Brabant: 's-Hertogenbosch (GM0796)
    municipalityCode: 'GM0796',
    releaseDate: '2027-02-01',
    vogOutlook: 'likely',
    excludedMunicipalities: [],
    preferences: {},
    consentToShare: true,
    status: 'active',
    certificates: [{ crebo: '25252', sector: 'Entree' }],
    ...overrides,
  };
}

function vacancy(overrides: Partial<TargetProfile> = {}): TargetProfile {
  return {
    id: 'v-1',
    type: 'vacancy',
    title: 'Medewerker productie',
    open: true,
    placesLeft: 2,
    municipalityCode: 'GM0796',
    regionCode: 'AM27',
    startDate: '2027-02-08',
    sector: 'Entree',
    requiredQualifications: ['25252'],
    preferredQualifications: [],
    requiresVog: false,
    covenant: { active: true, piCodes: ['PI-VUGHT'] },
    ...overrides,
  };
}

describe('match rules', () => {
  it('scores an eligible pair from 0 to 1 with one explained factor per weight', () => {
    const result = evaluateMatch(candidate(), vacancy(), today);
    if (!result.eligible) throw new Error(result.detail);
    expect(result.explanation.map((f) => f.factor)).toEqual([
      'qualifications',
      'distance',
      'timing',
      'covenantPi',
      'preferences',
    ]);
    expect(result.explanation.reduce((sum, f) => sum + f.weight, 0)).toBeCloseTo(1, 10);
    for (const f of result.explanation) {
      expect(f.value).toBeGreaterThanOrEqual(0);
      expect(f.value).toBeLessThanOrEqual(1);
      expect(f.reason.length).toBeGreaterThan(0);
    }
    // same municipality, within a week of release, covenant names the PI, the one required certificate
    expect(result.explanation.find((f) => f.factor === 'distance')?.value).toBe(1);
    expect(result.explanation.find((f) => f.factor === 'timing')?.value).toBe(1);
    expect(result.explanation.find((f) => f.factor === 'covenantPi')?.value).toBe(1);
    expect(result.score).toBeCloseTo(0.35 * (0.6 + 0.4) + 0.25 + 0.2 + 0.1 + 0.1 * 0.7, 3);
  });

  it('is deterministic', () => {
    expect(evaluateMatch(candidate(), vacancy(), today)).toEqual(
      evaluateMatch(candidate(), vacancy(), today),
    );
  });

  it.each([
    ['target-not-open', {}, { open: false }],
    ['target-not-open', {}, { placesLeft: 0 }],
    ['covenant-inactive', {}, { covenant: { active: false, piCodes: [] } }],
    ['covenant-inactive', {}, { covenant: null }],
    ['too-far', {}, { municipalityCode: 'GM0014', regionCode: 'AM11' }],
    ['start-date-outside-window', {}, { startDate: '2027-01-10' }],
    ['start-date-outside-window', {}, { startDate: '2027-05-10' }],
    ['missing-qualifications', {}, { requiredQualifications: ['25252', '25251'] }],
    ['vog-unlikely', { vogOutlook: 'unlikely' as const }, { requiresVog: true }],
    ['candidate-not-eligible', { consentToShare: false }, {}],
    ['candidate-not-eligible', { placed: true }, {}],
    ['candidate-not-eligible', { releaseDate: '2027-07-01' }, { startDate: '2027-07-01' }],
    ['excluded-municipality', { excludedMunicipalities: ['GM0796'] }, {}],
  ])('excludes by rule %s', (rule, candidateOverrides, targetOverrides) => {
    const result = evaluateMatch(candidate(candidateOverrides), vacancy(targetOverrides), today);
    expect(result).toMatchObject({ eligible: false, rule });
  });

  it('accepts a target outside the region when it lies within 45 km', () => {
    // Tilburg (GM0855, Midden-Brabant AM26) lies about 20 km from 's-Hertogenbosch
    const result = evaluateMatch(
      candidate(),
      vacancy({ municipalityCode: 'GM0855', regionCode: 'AM26' }),
      today,
    );
    expect(result.eligible).toBe(true);
  });

  it('allows the start date at the window edges and not one day beyond', () => {
    expect(evaluateMatch(candidate(), vacancy({ startDate: '2027-01-18' }), today).eligible).toBe(
      true,
    );
    expect(evaluateMatch(candidate(), vacancy({ startDate: '2027-01-17' }), today).eligible).toBe(
      false,
    );
    expect(evaluateMatch(candidate(), vacancy({ startDate: '2027-05-02' }), today).eligible).toBe(
      true,
    );
    expect(evaluateMatch(candidate(), vacancy({ startDate: '2027-05-03' }), today).eligible).toBe(
      false,
    );
  });

  it('lets a VOG outlook of unlikely through when no VOG is required', () => {
    expect(evaluateMatch(candidate({ vogOutlook: 'unlikely' }), vacancy(), today).eligible).toBe(
      true,
    );
  });

  it('ranks a preferred sector and a closer target higher', () => {
    const near = evaluateMatch(
      candidate({ preferences: { sectors: ['Entree'] } }),
      vacancy(),
      today,
    );
    const far = evaluateMatch(
      candidate(),
      vacancy({ municipalityCode: 'GM0855', regionCode: 'AM26' }),
      today,
    );
    if (!near.eligible || !far.eligible) throw new Error('both should be eligible');
    expect(near.score).toBeGreaterThan(far.score);
  });

  it('suggests nothing to a placed candidate, and says why', () => {
    expect(candidateEligibility(candidate({ placed: true }), today)).toEqual({
      eligible: false,
      detail: 'the candidate has been placed',
    });
    expect(candidateEligibility(candidate({ placed: false }), today)).toEqual({ eligible: true });
    expect(evaluateMatch(candidate({ placed: true }), vacancy(), today)).toEqual({
      eligible: false,
      rule: 'candidate-not-eligible',
      detail: 'the candidate has been placed',
    });
  });

  it('counts a candidate nearing release from 180 days ahead to 90 days past', () => {
    expect(candidateEligibility(candidate({ releaseDate: '2027-05-30' }), today).eligible).toBe(
      true,
    );
    expect(candidateEligibility(candidate({ releaseDate: '2027-05-31' }), today).eligible).toBe(
      false,
    );
    expect(candidateEligibility(candidate({ releaseDate: '2026-09-02' }), today).eligible).toBe(
      true,
    );
    expect(candidateEligibility(candidate({ releaseDate: '2026-09-01' }), today).eligible).toBe(
      false,
    );
    expect(candidateEligibility(candidate({ status: 'left' }), today).eligible).toBe(false);
  });

  it('keeps the best matches at or above the floor, up to the bound: score, then the sooner start, then the target id', () => {
    const matches = [
      { targetId: 'b', score: 0.7, startDate: '2027-03-01' },
      { targetId: 'low', score: 0.299, startDate: '2027-01-01' },
      { targetId: 'a', score: 0.7, startDate: '2027-03-01' },
      { targetId: 'soon', score: 0.7, startDate: '2027-02-01' },
      { targetId: 'best', score: 0.9, startDate: '2027-04-01' },
      { targetId: 'floor', score: 0.3, startDate: '2027-01-01' },
    ];
    const ids = (bound: { maxSuggestionsPerCandidate: number; minScore: number }) =>
      bestMatches(matches, bound).map((m) => m.targetId);
    expect(ids({ maxSuggestionsPerCandidate: 20, minScore: 0 })).toEqual([
      'best',
      'soon',
      'a',
      'b',
      'floor',
      'low',
    ]);
    expect(ids({ maxSuggestionsPerCandidate: 3, minScore: 0 })).toEqual(['best', 'soon', 'a']);
    expect(ids({ maxSuggestionsPerCandidate: 20, minScore: 0.3 })).toEqual([
      'best',
      'soon',
      'a',
      'b',
      'floor',
    ]);
    expect(matches[0].targetId).toBe('b');
  });

  it('keeps the same best K, in the same order, as sorting every match would', () => {
    let state = 12_345;
    const next = () => (state = (state * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
    for (let round = 0; round < 50; round++) {
      // Few distinct scores and dates, so ties are decided by the start and then the id.
      const matches = Array.from({ length: 1 + Math.floor(next() * 300) }, (_, i) => ({
        targetId: `t-${Math.floor(next() * 1000)}-${i}`,
        score: Math.round(next() * 10) / 10,
        startDate: `2027-0${1 + Math.floor(next() * 3)}-1${Math.floor(next() * 3)}`,
      }));
      for (const bound of [
        { maxSuggestionsPerCandidate: 0, minScore: 0 },
        { maxSuggestionsPerCandidate: 1, minScore: 0 },
        { maxSuggestionsPerCandidate: 20, minScore: 0 },
        { maxSuggestionsPerCandidate: 20, minScore: 0.5 },
        { maxSuggestionsPerCandidate: 500, minScore: 0.2 },
      ]) {
        const bySorting = matches
          .filter((match) => match.score >= bound.minScore)
          .sort(bestFirst)
          .slice(0, bound.maxSuggestionsPerCandidate);
        expect(bestMatches(matches, bound)).toEqual(bySorting);
      }
    }
  });
});

describe('the hard rules, in order', () => {
  // What makes a pair fail each rule, in the order of EXCLUSION_RULES.
  const breaks: [Partial<CandidateProfile>, Partial<TargetProfile>][] = [
    [{}, { open: false }],
    [{}, { covenant: { active: false, piCodes: [] } }],
    [{}, { municipalityCode: 'GM0014', regionCode: 'AM01' }],
    [{}, { startDate: '2027-05-10' }],
    [{}, { requiredQualifications: ['25252', '25251'] }],
    [{}, { minLevel: 4 }],
    [{ vogOutlook: 'unlikely' }, { requiresVog: true }],
    [{ consentToShare: false }, {}],
    [{ excludedMunicipalities: ['GM0796', 'GM0014'] }, {}],
  ];

  it.each(EXCLUSION_RULES.map((rule, i) => [rule, i]))(
    'names %s when it and every later rule fail',
    (rule, i) => {
      const failing = breaks.slice(i);
      const someone = candidate(Object.assign({}, ...failing.map(([c]) => c)));
      const target = vacancy(Object.assign({}, ...failing.map(([, t]) => t)));
      expect(evaluateMatch(someone, target, today)).toMatchObject({ eligible: false, rule });
    },
  );

  it('accepts a target in the return region however far it lies', () => {
    // Groningen, labelled as lying in the candidate's return region
    const result = evaluateMatch(
      candidate(),
      vacancy({ municipalityCode: 'GM0014', regionCode: 'AM27' }),
      today,
    );
    expect(result.eligible).toBe(true);
  });

  it('accepts a target outside the region at exactly the radius, not beyond', () => {
    const km = distanceKm('GM0796', 'GM0855');
    const tilburg = vacancy({ municipalityCode: 'GM0855', regionCode: 'AM26' });
    const within = (maxKm: number) =>
      evaluateMatch(candidate(), tilburg, today, { ...DEFAULT_MATCH_SETTINGS, maxKm });
    expect(within(km).eligible).toBe(true);
    expect(within(km - 0.001)).toMatchObject({ eligible: false, rule: 'too-far' });
  });
});

describe('the score', () => {
  function factors(
    candidateOverrides: Partial<CandidateProfile>,
    targetOverrides: Partial<TargetProfile>,
  ): Record<string, number> {
    const result = evaluateMatch(candidate(candidateOverrides), vacancy(targetOverrides), today);
    if (!result.eligible) throw new Error(`${result.rule}: ${result.detail}`);
    return Object.fromEntries(result.explanation.map((f) => [f.factor, f.value]));
  }

  it('weighs qualifications 0.35, distance 0.25, timing 0.2, covenant PI 0.1, preferences 0.1', () => {
    const result = evaluateMatch(candidate(), vacancy(), today);
    if (!result.eligible) throw new Error(result.detail);
    expect(Object.fromEntries(result.explanation.map((f) => [f.factor, f.weight]))).toEqual({
      qualifications: 0.35,
      distance: 0.25,
      timing: 0.2,
      covenantPi: 0.1,
      preferences: 0.1,
    });
  });

  it('is the weighted sum of the factors, rounded to three decimals', () => {
    const result = evaluateMatch(
      candidate({ preferences: { sectors: ['Zorg'] } }),
      vacancy({
        municipalityCode: 'GM0865', // Vught, 10.6 km: 0.765
        startDate: '2027-03-25', // 52 days after release: 0.5
        sector: 'Horeca',
        preferredQualifications: ['25252', '25016'], // all required, 1 of 2 preferred: 0.8
        covenant: { active: true, piCodes: ['PI-ZWOLLE'] }, // 0
      }), // outside the preferred sectors: 0.3
      today,
    );
    expect(result).toMatchObject({ eligible: true, score: 0.601 });
  });

  it.each([
    ['all required held, In-Made certificate in the sector', 1, {}],
    [
      'none required, none preferred, another sector',
      0.3,
      { requiredQualifications: [], sector: 'Zorg' },
    ],
    ['none required, In-Made certificate in the sector', 0.7, { requiredQualifications: [] }],
    [
      'all required held, 1 of 2 preferred',
      0.8,
      { sector: 'Zorg', preferredQualifications: ['25252', '25016'] },
    ],
    [
      'all required held, 0 of 1 preferred, another sector',
      0.6,
      { sector: 'Zorg', preferredQualifications: ['25016'] },
    ],
    ['the sector outweighing a low share of preferred', 1, { preferredQualifications: ['25016'] }],
  ])('values qualifications, %s, at %s', (_case, value, target) => {
    expect(factors({}, target).qualifications).toBe(value);
  });

  it.each([
    ['in the return municipality', 1, 'GM0796', 'AM27'],
    ['10.6 km away (Vught)', 0.765, 'GM0865', 'AM27'],
    ['24.1 km away (Tilburg)', 0.464, 'GM0855', 'AM26'],
    ['beyond 45 km, in the return region', 0, 'GM0014', 'AM27'],
  ])('values distance %s at %s', (_case, value, municipalityCode, regionCode) => {
    expect(factors({}, { municipalityCode, regionCode }).distance).toBe(value);
  });

  it.each([
    ['14 days before release', 0.5, '2027-01-18'],
    ['7 days before release', 0.75, '2027-01-25'],
    ['on the release date', 1, '2027-02-01'],
    ['14 days after release', 1, '2027-02-15'],
    ['52 days after release', 0.5, '2027-03-25'],
    ['90 days after release', 0, '2027-05-02'],
  ])('values timing of a start %s at %s', (_case, value, startDate) => {
    expect(factors({}, { startDate }).timing).toBe(value);
  });

  it.each([
    ['names the candidate’s PI', 1, ['PI-ZWOLLE', 'PI-VUGHT']],
    ['names other PIs only', 0, ['PI-ZWOLLE']],
    ['names no PI', 0, []],
  ])('values covenant PI, when the covenant %s, at %s', (_case, value, piCodes) => {
    expect(factors({}, { covenant: { active: true, piCodes } }).covenantPi).toBe(value);
  });

  it.each([
    ['no preference given', 0.7, {}, 'Entree'],
    ['the target’s sector preferred', 1, { sectors: ['Zorg', 'Entree'] }, 'Entree'],
    ['other sectors preferred', 0.3, { sectors: ['Zorg'] }, 'Entree'],
    ['sectors preferred, the target names none', 0.3, { sectors: ['Entree'] }, null],
    ['no work wanted', 0, { work: false }, 'Entree'],
    ['no work wanted, the sector preferred', 0, { work: false, sectors: ['Entree'] }, 'Entree'],
  ])('values preferences, %s, at %s', (_case, value, preferences, sector) => {
    expect(factors({ preferences }, { sector }).preferences).toBe(value);
  });
});

describe('matchJudge', () => {
  it('gives the same verdict and score as evaluateMatch, and on demand the same explanation, for every pair', () => {
    const candidates: CandidateProfile[] = [];
    for (const preferences of [{}, { sectors: ['Entree'] }, { sectors: ['Zorg'] }, { work: false }])
      for (const vogOutlook of ['likely', 'unlikely'] as const)
        candidates.push(candidate({ vogOutlook, preferences }));
    const targets: TargetProfile[] = [];
    for (const municipalityCode of ['GM0796', 'GM0855', 'GM0014', 'GM0865'])
      for (const startDate of [
        '2026-12-20',
        '2027-02-01',
        '2027-02-25',
        '2027-04-30',
        '2027-06-01',
      ])
        for (const requiredQualifications of [[], ['25252'], ['25252', '25016']])
          for (const requiresVog of [false, true])
            targets.push(
              vacancy({
                municipalityCode,
                regionCode: requireMunicipality(municipalityCode).regionCode,
                startDate,
                requiredQualifications,
                requiresVog,
                preferredQualifications: ['25016'],
              }),
            );
    let eligible = 0;
    for (const someone of candidates) {
      // One judge for all of a candidate's targets, as the recomputer uses it: what it remembers must not leak between them.
      const judge = matchJudge(someone, today);
      for (const target of targets) {
        const evaluation = evaluateMatch(someone, target, today);
        const scored = judge(target);
        if (evaluation.eligible && scored.eligible) {
          eligible++;
          expect(scored.score).toBe(evaluation.score);
          expect(scored.explain()).toEqual(evaluation.explanation);
        } else {
          expect(scored).toEqual({
            eligible: false,
            rule: evaluation.eligible ? 'eligible' : evaluation.rule,
          });
        }
      }
    }
    expect(eligible).toBeGreaterThan(20);
    expect(eligible).toBeLessThan(candidates.length * targets.length);
  });
});

describe('scoreCeiling', () => {
  it('is never below the score of a target with its outline, and equals it for a target at its best', () => {
    const someone = candidate({ preferences: { sectors: ['Entree'] } });
    const judge = matchJudge(someone, today);
    const ceiling = scoreCeiling(someone);
    let scored = 0;
    for (const municipalityCode of ['GM0796', 'GM0855', 'GM0865', 'GM0845'])
      for (const offset of [-14, -3, 0, 14, 15, 40, 90])
        for (const requiredQualifications of [[], ['25252']])
          for (const covenantNames of [[], ['PI-VUGHT']])
            for (const sector of ['Entree', 'Zorg']) {
              const startDate = new Date(
                Date.parse(`${someone.releaseDate}T00:00:00Z`) + offset * 86_400_000,
              )
                .toISOString()
                .slice(0, 10);
              const target = vacancy({
                municipalityCode,
                regionCode: requireMunicipality(municipalityCode).regionCode,
                startDate,
                requiredQualifications,
                sector,
                covenant: { active: true, piCodes: covenantNames },
              });
              const verdict = judge(target);
              if (!verdict.eligible) continue;
              scored++;
              const outline = {
                type: target.type,
                km: distanceKm(someone.municipalityCode, municipalityCode),
                startOffset: offset,
                requiresQualifications: requiredQualifications.length > 0,
              };
              const most = ceiling(outline);
              expect(verdict.score).toBeLessThanOrEqual(most);
              // Its PI named, its sector preferred and certified: nothing left above the score.
              if (covenantNames.length > 0 && sector === 'Entree') expect(verdict.score).toBe(most);
            }
    expect(scored).toBeGreaterThan(50);
  });
});
