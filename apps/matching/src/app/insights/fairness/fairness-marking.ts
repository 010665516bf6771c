import type { FairnessDifferenceView, FairnessFiguresView } from './fairness.view';

/** How far (in percentage points) a group's share must lie from the national one to be marked. */
export const MARKING_THRESHOLD_POINTS = 10;

export const MARKING_RULE =
  `A group is marked when its share with a suggestion or its share placed differs from the national share by ` +
  `${MARKING_THRESHOLD_POINTS} percentage points or more (either way, as given: rounded to 0.1 point); marked groups come first, the largest ` +
  `difference first. Suppressed groups are never marked.`;

type Shares = Pick<FairnessFiguresView, 'withSuggestionShare' | 'placedShare'>;

/** Group − national in percentage points (1 decimal); `null` when either share is unknown. */
function points(group: number | null, national: number | null): number | null {
  if (group === null || national === null) return null;
  return Math.round((group - national) * 1000) / 10;
}

/** The difference of a shown group from the national figure, and whether the marking rule marks it. */
export function markGroup(
  group: Shares | null,
  national: Shares,
): { differsMost: boolean; difference: FairnessDifferenceView; largest: number } {
  if (!group)
    return {
      differsMost: false,
      difference: { withSuggestionShare: null, placedShare: null },
      largest: 0,
    };
  const difference = {
    withSuggestionShare: points(group.withSuggestionShare, national.withSuggestionShare),
    placedShare: points(group.placedShare, national.placedShare),
  };
  const largest = Math.max(
    Math.abs(difference.withSuggestionShare ?? 0),
    Math.abs(difference.placedShare ?? 0),
  );
  return { differsMost: largest >= MARKING_THRESHOLD_POINTS, difference, largest };
}
