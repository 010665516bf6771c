import { CandidateProfile, evaluateMatch, TargetProfile } from '../match-rules/match-rules';
import { DEFAULT_MATCH_SETTINGS } from '../match-rules/match-settings';
import { candidateSnapshot, targetSnapshot } from './match-inputs';
import { replayDifferences, replayMatch, ReplayOutcome } from './suggestion-replay';
import type { ExplanationFactor } from './suggestion.entity';

const today = '2026-12-01';

const candidate: CandidateProfile = {
  id: 'c-1',
  piCode: 'PI-VUGHT',
  regionCode: 'AM27',
  municipalityCode: 'GM0796',
  releaseDate: '2027-02-01',
  vogOutlook: 'likely',
  excludedMunicipalities: [],
  preferences: { work: true },
  consentToShare: true,
  status: 'active',
  certificates: [
    { crebo: '25252', sector: 'Entree' },
    { crebo: '25016', sector: 'Afbouw, hout en onderhoud' },
  ],
};

const vacancy: TargetProfile = {
  id: 'v-1',
  type: 'vacancy',
  title: 'Medewerker productie',
  open: true,
  placesLeft: 2,
  municipalityCode: 'GM0865',
  regionCode: 'AM27',
  startDate: '2027-02-08',
  sector: 'Entree',
  requiredQualifications: ['25252'],
  preferredQualifications: [],
  requiresVog: false,
  covenant: { active: true, piCodes: ['PI-VUGHT'] },
};

const factor = (name: string, value: number, weight = 0.25): ExplanationFactor => ({
  factor: name,
  weight,
  value,
  reason: `${name} reason`,
});

const outcome = (score: number | null, explanation: ExplanationFactor[]): ReplayOutcome => ({
  score,
  explanation,
  excludedBy: score === null ? 'too-far' : null,
});

describe('replaying a suggestion (replayMatch)', () => {
  it('judges the stored inputs as the engine did: the score and explanation of evaluateMatch', () => {
    const evaluation = evaluateMatch(candidate, vacancy, today, DEFAULT_MATCH_SETTINGS);
    if (!evaluation.eligible) throw new Error(evaluation.detail);
    expect(replayMatch(candidate, vacancy, today)).toEqual({
      score: evaluation.score,
      explanation: evaluation.explanation,
      excludedBy: null,
    });
  });

  it('names the hard rule that now excludes the pair, without a score', () => {
    expect(replayMatch(candidate, { ...vacancy, open: false }, today)).toEqual({
      score: null,
      explanation: [],
      excludedBy: 'target-not-open',
    });
  });

  it('judges for the stored day, not today: a day past the horizon excludes the candidate', () => {
    expect(replayMatch(candidate, vacancy, '2026-01-01').excludedBy).toBe('candidate-not-eligible');
  });

  it('reproduces from snapshots read back as JSON (what the database returns)', () => {
    const [c, t] = [candidateSnapshot(candidate), targetSnapshot(vacancy)].map(
      (s) => JSON.parse(JSON.stringify(s.content)) as never,
    );
    expect(replayMatch(c, t, today)).toEqual(replayMatch(candidate, vacancy, today));
  });
});

describe('comparing a replay with what was recorded (replayDifferences)', () => {
  const recorded = {
    score: 0.8,
    explanation: [factor('qualifications', 1, 0.35), factor('distance', 0.6)],
  };

  it('finds nothing when score, values and weights are equal, whatever the reasons say', () => {
    const same = outcome(0.8, [
      { ...factor('qualifications', 1, 0.35), reason: 'other words' },
      factor('distance', 0.6),
    ]);
    expect(replayDifferences(recorded, same)).toEqual([]);
  });

  it('names the score and each factor whose value changed', () => {
    expect(
      replayDifferences(
        recorded,
        outcome(0.75, [factor('qualifications', 1, 0.35), factor('distance', 0.4)]),
      ),
    ).toEqual([
      { factor: 'score', recorded: 0.8, replayed: 0.75 },
      { factor: 'distance', recorded: 0.6, replayed: 0.4 },
    ]);
  });

  it('names a changed weight as <factor>.weight', () => {
    expect(
      replayDifferences(
        recorded,
        outcome(0.8, [factor('qualifications', 1, 0.3), factor('distance', 0.6)]),
      ),
    ).toEqual([{ factor: 'qualifications.weight', recorded: 0.35, replayed: 0.3 }]);
  });

  it('counts a factor only one side has as null on the other', () => {
    expect(
      replayDifferences(
        recorded,
        outcome(0.8, [
          factor('qualifications', 1, 0.35),
          factor('distance', 0.6),
          factor('timing', 0.5),
        ]),
      ),
    ).toEqual([{ factor: 'timing', recorded: null, replayed: 0.5 }]);
  });

  it('of a pair now excluded: the score and every factor recorded, against null', () => {
    expect(replayDifferences(recorded, outcome(null, []))).toEqual([
      { factor: 'score', recorded: 0.8, replayed: null },
      { factor: 'qualifications', recorded: 1, replayed: null },
      { factor: 'distance', recorded: 0.6, replayed: null },
    ]);
  });
});

describe('input snapshots (content-addressed)', () => {
  it('gives the same profile the same hash, whatever the order of its certificates or keys', () => {
    const reordered: CandidateProfile = {
      ...candidate,
      certificates: [...candidate.certificates].reverse(),
    };
    const keysReversed = Object.fromEntries(
      Object.entries(candidate).reverse(),
    ) as unknown as CandidateProfile;
    expect(candidateSnapshot(reordered).hash).toBe(candidateSnapshot(candidate).hash);
    expect(candidateSnapshot(keysReversed).hash).toBe(candidateSnapshot(candidate).hash);
    expect(candidateSnapshot(candidate).hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('gives another profile another hash', () => {
    expect(candidateSnapshot({ ...candidate, releaseDate: '2027-02-02' }).hash).not.toBe(
      candidateSnapshot(candidate).hash,
    );
    expect(targetSnapshot({ ...vacancy, placesLeft: 1 }).hash).not.toBe(
      targetSnapshot(vacancy).hash,
    );
  });

  it('keeps the candidate pseudonymous: its id and what the rules read, nothing else', () => {
    expect(Object.keys(candidateSnapshot(candidate).content).sort()).toEqual(
      Object.keys(candidate).sort(),
    );
    expect(candidateSnapshot(candidate).kind).toBe('candidate');
  });
});
