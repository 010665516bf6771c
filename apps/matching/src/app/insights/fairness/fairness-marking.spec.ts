import { markGroup } from './fairness-marking';

const national = { withSuggestionShare: 0.5, placedShare: 0.1 };

describe('markGroup', () => {
  it('gives the difference from the national share in percentage points, group − national', () => {
    expect(markGroup({ withSuggestionShare: 0.45, placedShare: 0.125 }, national)).toEqual({
      differsMost: false,
      difference: { withSuggestionShare: -5, placedShare: 2.5 },
      largest: 5,
    });
  });

  it('marks a group 10 points or more off (as shown, to 0.1 point) in its share with a suggestion, either way', () => {
    expect(markGroup({ withSuggestionShare: 0.4, placedShare: 0.1 }, national)).toMatchObject({
      differsMost: true,
      largest: 10,
    });
    expect(markGroup({ withSuggestionShare: 0.6001, placedShare: 0.1 }, national).differsMost).toBe(
      true,
    );
    expect(markGroup({ withSuggestionShare: 0.4051, placedShare: 0.1 }, national).differsMost).toBe(
      false,
    );
  });

  it('marks a group 10 points or more off in its share placed', () => {
    expect(markGroup({ withSuggestionShare: 0.5, placedShare: 0.25 }, national)).toMatchObject({
      differsMost: true,
      difference: { withSuggestionShare: 0, placedShare: 15 },
    });
  });

  it('never marks a suppressed group, and leaves an unknown share out', () => {
    expect(markGroup(null, national)).toEqual({
      differsMost: false,
      difference: { withSuggestionShare: null, placedShare: null },
      largest: 0,
    });
    expect(
      markGroup(
        { withSuggestionShare: 0.1, placedShare: 0.1 },
        { withSuggestionShare: null, placedShare: 0.1 },
      ),
    ).toMatchObject({
      differsMost: false,
      difference: { withSuggestionShare: null, placedShare: 0 },
    });
  });
});
