import { notKeptReason, StoredSuggestion } from './candidate-exclusions.service';

const stored = (
  targetId: string,
  score: number,
  status: StoredSuggestion['status'] = 'suggested',
): StoredSuggestion => ({
  targetId,
  score,
  status,
  target: { startDate: '2027-01-10' },
});
const match = (targetId: string, score: number) => ({ targetId, score, startDate: '2027-01-10' });

describe('why a target that passes every rule is not kept (notKeptReason)', () => {
  const bound = { maxSuggestionsPerCandidate: 2, minScore: 0.3 };
  const full = [
    stored('t-a', 0.9),
    stored('t-b', 0.6),
    stored('t-old', 0.8, 'expired'),
    stored('t-r', 0.1, 'rejected'),
  ];

  it('lists nothing for a target with a standing suggestion, open or reviewed', () => {
    const why = notKeptReason(full, bound);
    expect(why(match('t-a', 0.9))).toBeUndefined();
    expect(why(match('t-r', 0.1))).toBeUndefined();
  });

  it('says below-min-score under the floor, also when slots are free', () => {
    expect(notKeptReason([], bound)(match('t-x', 0.29))).toEqual({
      rule: 'below-min-score',
      detail: 'scores 0.29, below the floor of 0.3 (MATCH_MIN_SCORE)',
    });
  });

  it('says outranked when every open slot holds a better one, naming the lowest kept score', () => {
    expect(notKeptReason(full, bound)(match('t-old', 0.5))).toEqual({
      rule: 'outranked',
      detail:
        'scores 0.5; the 2 open suggestions kept (MATCH_MAX_SUGGESTIONS_PER_CANDIDATE) rank higher, the lowest at 0.6',
    });
    // An equal score ranks by start date, then target id: t-c comes after t-b.
    expect(notKeptReason(full, bound)(match('t-c', 0.6))?.rule).toBe('outranked');
  });

  it('says not-yet-matched for one that would be kept: a slot is free, or it ranks above the lowest kept', () => {
    expect(notKeptReason([stored('t-a', 0.9)], bound)(match('t-x', 0.4))?.rule).toBe(
      'not-yet-matched',
    );
    expect(notKeptReason(full, bound)(match('t-0', 0.6))?.rule).toBe('not-yet-matched');
  });
});
