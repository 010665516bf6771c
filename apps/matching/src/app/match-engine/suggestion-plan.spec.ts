import { JudgedMatch, planSuggestions, StoredSuggestion } from './suggestion-plan';
import type { SuggestionStatus } from './suggestion.entity';

const bound = (maxSuggestionsPerCandidate: number, minScore = 0) => ({
  maxSuggestionsPerCandidate,
  minScore,
});

/** A target passing the rules with this score (start date and explanation as given or a default). */
function match(targetId: string, score: number, startDate = '2027-03-01'): JudgedMatch {
  return {
    targetId,
    type: 'vacancy',
    score,
    startDate,
    explain: () => [{ factor: 'distance', weight: 0.25, value: score, reason: 'near' }],
    target: {
      title: `vacancy ${targetId}`,
      municipalityCode: 'GM0865',
      startDate,
      employerId: 'e-1',
    },
  };
}

/** The stored suggestion of a match, as the recomputer wrote it. */
function stored(of: JudgedMatch, status: SuggestionStatus = 'suggested'): StoredSuggestion {
  return {
    id: `s-${of.targetId}`,
    targetId: of.targetId,
    status,
    score: of.score,
    explanation: of.explain(),
    target: of.target,
  };
}

const ids = (matches: { targetId: string }[]) => matches.map((m) => m.targetId);

describe('planSuggestions', () => {
  describe('a full recompute', () => {
    it('keeps the best K open, best score first, ties by the sooner start and then the target id', () => {
      const matches = [
        match('c', 0.5),
        match('a', 0.7),
        match('d', 0.7, '2027-02-01'),
        match('b', 0.7),
        match('e', 0.2),
      ];
      const plan = planSuggestions([], matches, bound(3));
      expect(ids(plan.write)).toEqual(['d', 'a', 'b']);
      expect(plan.expire).toEqual([]);
    });

    it('expires the open suggestions that fell out of the best K, or no longer match, each with its reason', () => {
      const [a, b, c, gone] = [
        match('a', 0.9),
        match('b', 0.8),
        match('c', 0.7),
        match('gone', 0.95),
      ];
      const plan = planSuggestions([stored(c), stored(gone)], [a, b, c], bound(2));
      expect(ids(plan.write)).toEqual(['a', 'b']);
      expect(plan.expire).toEqual([
        { id: 's-c', reason: 'outranked' },
        { id: 's-gone', reason: 'no-longer-matches' },
      ]);
    });

    it('suggests nothing below the floor, and expires an open suggestion that fell below it', () => {
      const [a, low, wasHigh] = [match('a', 0.6), match('low', 0.29), match('was-high', 0.3)];
      const plan = planSuggestions(
        [stored(match('was-high', 0.8))],
        [a, low, wasHigh],
        bound(20, 0.35),
      );
      expect(ids(plan.write)).toEqual(['a']);
      expect(plan.expire).toEqual([{ id: 's-was-high', reason: 'below-min-score' }]);
    });

    it('never writes or expires a reviewed suggestion, and a reviewed one takes no open slot', () => {
      const [accepted, rejected, next, last] = [
        match('acc', 0.9),
        match('rej', 0.85),
        match('next', 0.6),
        match('last', 0.5),
      ];
      const reviewed = [
        stored({ ...accepted, score: 0.4 }, 'accepted'),
        stored(rejected, 'rejected'),
      ];
      const plan = planSuggestions(reviewed, [accepted, rejected, next, last], bound(2));
      expect(ids(plan.write)).toEqual(['next', 'last']);
      expect(plan.expire).toEqual([]);
      // Gone from reach: still not expired.
      expect(planSuggestions(reviewed, [], bound(2))).toEqual({ write: [], expire: [] });
    });

    it('writes only what changes: a new, rescored, re-explained, re-summarised or reopened suggestion', () => {
      const same = match('same', 0.8);
      const rescored = match('rescored', 0.7);
      const retitled = match('retitled', 0.6);
      const reopened = match('reopened', 0.5);
      const fresh = match('fresh', 0.4);
      const plan = planSuggestions(
        [
          stored(same),
          stored({ ...rescored, score: 0.71 }),
          stored({ ...retitled, target: { ...retitled.target, title: 'old title' } }),
          stored(reopened, 'expired'),
        ],
        [same, rescored, retitled, reopened, fresh],
        bound(20),
      );
      expect(ids(plan.write)).toEqual(['rescored', 'retitled', 'reopened', 'fresh']);
      expect(plan.expire).toEqual([]);
    });
  });

  describe('judging only changed targets', () => {
    const open = [match('a', 0.9), match('b', 0.8), match('c', 0.7)];

    it('lets a better changed target in and expires the last open one', () => {
      const plan = planSuggestions(
        open.map((m) => stored(m)),
        [match('new', 0.75)],
        bound(3),
        new Set(['new']),
      );
      const { explain, ...written } = match('new', 0.75);
      expect(plan).toEqual({
        write: [{ ...written, explanation: explain() }],
        expire: [{ id: 's-c', reason: 'outranked' }],
      });
    });

    it('keeps the list as it is for a changed target that ranks below the last open one', () => {
      expect(
        planSuggestions(
          open.map((m) => stored(m)),
          [match('new', 0.65)],
          bound(3),
          new Set(['new']),
        ),
      ).toEqual({ write: [], expire: [] });
    });

    it('rescores an open one that stays at or above the last open one', () => {
      const plan = planSuggestions(
        open.map((m) => stored(m)),
        [match('a', 0.7, '2027-02-01')],
        bound(3),
        new Set(['a']),
      );
      expect(ids(plan?.write ?? [])).toEqual(['a']);
      expect(plan?.expire).toEqual([]);
    });

    it('asks for a full recompute when a full list loses an open one, or one falls below the last: a target not judged may now belong', () => {
      const full = open.map((m) => stored(m));
      expect(planSuggestions(full, [], bound(3), new Set(['a']))).toBeNull();
      expect(planSuggestions(full, [match('b', 0.5)], bound(3), new Set(['b']))).toBeNull();
      expect(planSuggestions(full, [match('b', 0.1)], bound(3, 0.2), new Set(['b']))).toBeNull();
    });

    it('expires a changed one that no longer matches when the list was not full (every target that matched was open)', () => {
      const plan = planSuggestions(
        open.map((m) => stored(m)),
        [],
        bound(5),
        new Set(['b']),
      );
      expect(plan).toEqual({ write: [], expire: [{ id: 's-b', reason: 'no-longer-matches' }] });
    });
  });
});
