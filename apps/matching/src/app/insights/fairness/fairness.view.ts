import { ApiProperty } from '@nestjs/swagger';
import { CsvColumn } from '@bridge/platform';
import { REJECTION_REASON_CODES } from '../../review/suggestions/dto/review-suggestion.dto';
import { SUPPRESSED_CELL } from '../insight-export.service';

export const FAIRNESS_DIMENSIONS = ['pi', 'region', 'vog-outlook', 'qualification-domain'] as const;
export type FairnessDimension = (typeof FAIRNESS_DIMENSIONS)[number];

export class RejectionReasonCountView {
  @ApiProperty({ example: 'not-suitable' }) reasonCode: string;
  @ApiProperty({ example: 3 }) count: number;
}

/** What happened to a group of candidates nearing release (or to all of them: the national figure). */
export class FairnessFiguresView {
  @ApiProperty({ example: 42, description: 'Candidates nearing release (the funnel’s cohort)' })
  candidates: number;
  @ApiProperty({
    type: Number,
    nullable: true,
    example: 0.5,
    description:
      'Share (0..1) with at least one suggestion that is not expired, as the funnel counts it',
  })
  withSuggestionShare: number | null;
  @ApiProperty({
    type: Number,
    nullable: true,
    example: 0.25,
    description: 'Share (0..1) with at least one suggestion an advisor accepted',
  })
  acceptedShare: number | null;
  @ApiProperty({
    type: Number,
    nullable: true,
    example: 0.1,
    description: 'Share (0..1) placed by at least one referral',
  })
  placedShare: number | null;
  @ApiProperty({
    type: [RejectionReasonCountView],
    description: 'Rejected suggestions of these candidates per reason code, most first',
  })
  rejectionReasons: RejectionReasonCountView[];
  @ApiProperty({
    type: Number,
    nullable: true,
    example: 3.5,
    description:
      'Median days (1 decimal) from registration to the first suggestion ever made, over those with one',
  })
  medianDaysToFirstSuggestion: number | null;
  @ApiProperty({
    type: Number,
    nullable: true,
    example: 1.2,
    description:
      'Median days (1 decimal) from a suggestion to its review, over reviewed suggestions',
  })
  medianDaysToReview: number | null;
}

export class FairnessDifferenceView {
  @ApiProperty({
    type: Number,
    nullable: true,
    example: -12.5,
    description: 'Percentage points, group − national; null when suppressed',
  })
  withSuggestionShare: number | null;
  @ApiProperty({ type: Number, nullable: true, example: 3 }) placedShare: number | null;
}

export class FairnessGroupView {
  @ApiProperty({
    example: 'PI-VUGHT',
    description:
      'PI or region code, VOG outlook, or opleidingsdomein name (`none`: no valid certificate)',
  })
  code: string;
  @ApiProperty({ example: 'PI Vught' }) label: string;
  @ApiProperty({
    example: false,
    description:
      'Fewer than 10 candidates, or withheld so a smaller one cannot be recovered by subtraction',
  })
  suppressed: boolean;
  @ApiProperty({ type: FairnessFiguresView, nullable: true }) figures: FairnessFiguresView | null;
  @ApiProperty({ example: true, description: 'Marked by the marking rule (see markingRule)' })
  differsMost: boolean;
  @ApiProperty({ type: FairnessDifferenceView }) difference: FairnessDifferenceView;
}

export class FairnessDimensionView {
  @ApiProperty({ enum: FAIRNESS_DIMENSIONS, example: 'pi' }) dimension: FairnessDimension;
  @ApiProperty({
    type: [FairnessGroupView],
    description: 'Marked groups first, largest difference first; then the others by code',
  })
  groups: FairnessGroupView[];
}

export class FairnessView {
  @ApiProperty({ example: '2026-11-28', format: 'date' }) asOf: string;
  @ApiProperty({ example: 10 }) suppressionThreshold: number;
  @ApiProperty({
    example:
      'A group is marked when its share with a suggestion or its share placed differs … by 10 percentage points or more',
    description: 'How groups are marked as differing most, in words',
  })
  markingRule: string;
  @ApiProperty({ type: FairnessFiguresView }) national: FairnessFiguresView;
  @ApiProperty({ type: [FairnessDimensionView] }) dimensions: FairnessDimensionView[];
}

/** One line of the fairness export: the national figure, or one group of one dimension. */
export interface FairnessCsvRow extends Omit<FairnessGroupView, 'figures'> {
  dimension: string;
  figures: FairnessFiguresView | null;
}

/** A figure of a shown group; `< 10` in the count column of a withheld one. */
const figure =
  (pick: (figures: FairnessFiguresView) => number | null, count = false) =>
  (row: FairnessCsvRow) =>
    row.figures ? pick(row.figures) : count ? SUPPRESSED_CELL : null;

export const FAIRNESS_COLUMNS: CsvColumn<FairnessCsvRow>[] = [
  { header: 'dimension', value: (row) => row.dimension },
  { header: 'code', value: (row) => row.code },
  { header: 'label', value: (row) => row.label },
  { header: 'suppressed', value: (row) => row.suppressed },
  { header: 'candidates', value: figure((f) => f.candidates, true) },
  { header: 'withSuggestionShare', value: figure((f) => f.withSuggestionShare) },
  { header: 'acceptedShare', value: figure((f) => f.acceptedShare) },
  { header: 'placedShare', value: figure((f) => f.placedShare) },
  ...REJECTION_REASON_CODES.map(
    (reasonCode): CsvColumn<FairnessCsvRow> => ({
      header: `rejected:${reasonCode}`,
      value: figure(
        (f) => f.rejectionReasons.find((reason) => reason.reasonCode === reasonCode)?.count ?? 0,
      ),
    }),
  ),
  { header: 'medianDaysToFirstSuggestion', value: figure((f) => f.medianDaysToFirstSuggestion) },
  { header: 'medianDaysToReview', value: figure((f) => f.medianDaysToReview) },
  { header: 'differsMost', value: (row) => row.differsMost },
  { header: 'withSuggestionShareDifference', value: (row) => row.difference.withSuggestionShare },
  { header: 'placedShareDifference', value: (row) => row.difference.placedShare },
];

/** The national figure first, then each dimension's groups in the order of the view. */
export function fairnessCsvRows(view: FairnessView): FairnessCsvRow[] {
  return [
    {
      dimension: 'national',
      code: '',
      label: 'Nationaal',
      suppressed: false,
      figures: view.national,
      differsMost: false,
      difference: { withSuggestionShare: null, placedShare: null },
    },
    ...view.dimensions.flatMap(({ dimension, groups }) =>
      groups.map((group) => ({ dimension, ...group })),
    ),
  ];
}
