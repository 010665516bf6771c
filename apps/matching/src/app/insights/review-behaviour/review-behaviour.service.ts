import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from '@bridge/platform';
import { findRegion } from '@bridge/reference-data';
import { medianDaysSql } from '../median-days';
import { daysOf, shareOf, SUPPRESSION_THRESHOLD, suppressedCodes } from '../small-groups';
import {
  RejectionReasonRateView,
  ReviewBehaviourView,
  ReviewFiguresView,
} from './review-behaviour.view';

/**
 * Every review (a suggestion an advisor accepted or rejected), nationally (`region_code` NULL) and per
 * return region of the reviewed candidate. Who reviewed never leaves the database.
 */
const REVIEWS_SQL = `
  SELECT c.region_code AS "regionCode",
         count(*)::int AS reviews,
         (count(*) FILTER (WHERE s.status = 'accepted'))::int AS accepted,
         ${medianDaysSql('s.created_at', 's.reviewed_at')} AS "medianDaysToReview"
  FROM suggestions s JOIN candidates c ON c.id = s.candidate_id
  WHERE s.reviewed_at IS NOT NULL
  GROUP BY GROUPING SETS ((), (c.region_code))`;

const REJECTIONS_SQL = `
  SELECT c.region_code AS "regionCode", s.reason_code AS "reasonCode", count(*)::int AS count
  FROM suggestions s JOIN candidates c ON c.id = s.candidate_id
  WHERE s.reviewed_at IS NOT NULL AND s.status = 'rejected' AND s.reason_code IS NOT NULL
  GROUP BY GROUPING SETS ((s.reason_code), (c.region_code, s.reason_code))`;

interface ReviewRow {
  regionCode: string | null;
  reviews: number;
  accepted: number;
  medianDaysToReview: string | null;
}
interface RejectionRow {
  regionCode: string | null;
  reasonCode: string;
  count: number;
}

/** Review behaviour per advisor region, for the DJI's regional coordinator (admin). */
@Injectable()
export class ReviewBehaviourService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async reviewBehaviour(): Promise<ReviewBehaviourView> {
    const asOf = this.clock.today();
    const rows: ReviewRow[] = await this.dataSource.query(REVIEWS_SQL);
    const rejections: RejectionRow[] = await this.dataSource.query(REJECTIONS_SQL);
    const figuresOf = (row: ReviewRow): ReviewFiguresView => ({
      reviews: row.reviews,
      acceptanceRate: shareOf(row.accepted, row.reviews),
      rejectionReasons: rejections
        .filter((rejection) => rejection.regionCode === row.regionCode)
        .map(
          ({ reasonCode, count }): RejectionReasonRateView => ({
            reasonCode,
            count,
            rate: shareOf(count, row.reviews) ?? 0,
          }),
        )
        .sort((a, b) => b.count - a.count || a.reasonCode.localeCompare(b.reasonCode)),
      medianDaysToReview: daysOf(row.medianDaysToReview),
    });
    const national = rows.find((row) => row.regionCode === null) ?? {
      regionCode: null,
      reviews: 0,
      accepted: 0,
      medianDaysToReview: null,
    };
    const regions = rows
      .filter((row): row is ReviewRow & { regionCode: string } => row.regionCode !== null)
      .sort((a, b) => a.regionCode.localeCompare(b.regionCode));
    const suppressed = suppressedCodes(
      regions.map((row) => ({ code: row.regionCode, size: row.reviews })),
    );
    return {
      asOf,
      suppressionThreshold: SUPPRESSION_THRESHOLD,
      national: figuresOf(national),
      regions: regions.map((row) => {
        const figures = suppressed.has(row.regionCode) ? null : figuresOf(row);
        return {
          regionCode: row.regionCode,
          label: findRegion(row.regionCode)?.name ?? row.regionCode,
          suppressed: figures === null,
          figures,
        };
      }),
    };
  }
}
