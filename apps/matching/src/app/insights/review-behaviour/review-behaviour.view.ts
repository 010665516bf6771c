import { ApiProperty } from '@nestjs/swagger';
import { CsvColumn } from '@bridge/platform';
import { REJECTION_REASON_CODES } from '../../review/suggestions/dto/review-suggestion.dto';
import { SUPPRESSED_CELL } from '../insight-export.service';

export class RejectionReasonRateView {
  @ApiProperty({ example: 'not-suitable' }) reasonCode: string;
  @ApiProperty({ example: 3 }) count: number;
  @ApiProperty({ example: 0.25, description: 'Of all reviews (0..1)' }) rate: number;
}

/** How advisors decided, in aggregate: never who. */
export class ReviewFiguresView {
  @ApiProperty({ example: 12, description: 'Suggestions accepted or rejected by an advisor' })
  reviews: number;
  @ApiProperty({ type: Number, nullable: true, example: 0.5, description: 'Accepted / reviews' })
  acceptanceRate: number | null;
  @ApiProperty({
    type: [RejectionReasonRateView],
    description: 'Rejections per reason code, most first',
  })
  rejectionReasons: RejectionReasonRateView[];
  @ApiProperty({
    type: Number,
    nullable: true,
    example: 1.5,
    description: 'Median days (1 decimal) from a suggestion to its review',
  })
  medianDaysToReview: number | null;
}

export class RegionReviewBehaviourView {
  @ApiProperty({ example: 'AM27' }) regionCode: string;
  @ApiProperty({ example: 'Noordoost-Brabant' }) label: string;
  @ApiProperty({
    example: false,
    description:
      'Fewer than 10 reviews, or withheld so a smaller one cannot be recovered by subtraction',
  })
  suppressed: boolean;
  @ApiProperty({ type: ReviewFiguresView, nullable: true }) figures: ReviewFiguresView | null;
}

export class ReviewBehaviourView {
  @ApiProperty({ example: '2026-11-28', format: 'date' }) asOf: string;
  @ApiProperty({ example: 10 }) suppressionThreshold: number;
  @ApiProperty({ type: ReviewFiguresView, description: 'All reviews, nationally' })
  national: ReviewFiguresView;
  @ApiProperty({
    type: [RegionReviewBehaviourView],
    description: 'Per return region of the reviewed candidates, by code',
  })
  regions: RegionReviewBehaviourView[];
}

/** One line of the export: the national figure or one region. */
export type ReviewBehaviourCsvRow = RegionReviewBehaviourView;

const figure =
  (pick: (figures: ReviewFiguresView) => number | null, count = false) =>
  (row: ReviewBehaviourCsvRow) =>
    row.figures ? pick(row.figures) : count ? SUPPRESSED_CELL : null;

export const REVIEW_BEHAVIOUR_COLUMNS: CsvColumn<ReviewBehaviourCsvRow>[] = [
  { header: 'regionCode', value: (row) => row.regionCode },
  { header: 'label', value: (row) => row.label },
  { header: 'suppressed', value: (row) => row.suppressed },
  { header: 'reviews', value: figure((f) => f.reviews, true) },
  { header: 'acceptanceRate', value: figure((f) => f.acceptanceRate) },
  ...REJECTION_REASON_CODES.map(
    (reasonCode): CsvColumn<ReviewBehaviourCsvRow> => ({
      header: `rejectionRate:${reasonCode}`,
      value: figure(
        (f) => f.rejectionReasons.find((reason) => reason.reasonCode === reasonCode)?.rate ?? 0,
      ),
    }),
  ),
  { header: 'medianDaysToReview', value: figure((f) => f.medianDaysToReview) },
];

export function reviewBehaviourCsvRows(view: ReviewBehaviourView): ReviewBehaviourCsvRow[] {
  return [
    { regionCode: '', label: 'Nationaal', suppressed: false, figures: view.national },
    ...view.regions,
  ];
}
