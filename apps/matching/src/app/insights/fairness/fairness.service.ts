import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from '@bridge/platform';
import {
  findPenitentiaryInstitution,
  findRegion,
  listQualifications,
} from '@bridge/reference-data';
import { NEARING_RELEASE_CONDITION, nearingReleaseParameters } from '../nearing-release';
import { medianDaysSql } from '../median-days';
import { daysOf, shareOf, SUPPRESSION_THRESHOLD, suppressedCodes } from '../small-groups';
import { MARKING_RULE, markGroup } from './fairness-marking';
import {
  FAIRNESS_DIMENSIONS,
  FairnessDimension,
  FairnessDimensionView,
  FairnessFiguresView,
  FairnessGroupView,
  FairnessView,
  RejectionReasonCountView,
} from './fairness.view';

/** The qualification-domain group of candidates without a valid certificate. */
export const NO_CERTIFICATE = 'none';

const VOG_OUTLOOK_LABELS: Record<string, string> = {
  unknown: 'Onbekend',
  likely: 'Waarschijnlijk',
  unlikely: 'Onwaarschijnlijk',
};

/**
 * The funnel's cohort (candidates nearing release), each candidate once per group it belongs to:
 * `national`, its PI, region and VOG outlook, and every opleidingsdomein of its valid certificates
 * (`$4`/`$5`: crebo → domain from the reference data; the read model's own sector for an unknown crebo).
 */
const MEMBERSHIP = `
  WITH cohort AS (
    SELECT c.id, c.pi_code, c.region_code, c.vog_outlook, c.created_at,
           EXISTS (SELECT 1 FROM suggestions s WHERE s.candidate_id = c.id AND s.status <> 'expired') AS with_suggestion,
           EXISTS (SELECT 1 FROM suggestions s WHERE s.candidate_id = c.id AND s.status = 'accepted') AS accepted,
           EXISTS (SELECT 1 FROM referrals r WHERE r.candidate_id = c.id AND r.status = 'placed') AS placed,
           (SELECT min(s.created_at) FROM suggestions s WHERE s.candidate_id = c.id) AS first_suggested_at
    FROM candidates c
    WHERE ${NEARING_RELEASE_CONDITION}
  ),
  domains AS (
    SELECT DISTINCT cc.candidate_id, COALESCE(q.sector, cc.sector) AS domain
    FROM candidate_certificates cc
    LEFT JOIN unnest($4::text[], $5::text[]) AS q(crebo, sector) ON q.crebo = cc.crebo
    WHERE cc.status = 'valid'
  ),
  membership AS (
    SELECT id, 'national' AS dimension, '' AS code FROM cohort
    UNION ALL SELECT id, 'pi', pi_code FROM cohort
    UNION ALL SELECT id, 'region', region_code FROM cohort
    UNION ALL SELECT id, 'vog-outlook', vog_outlook FROM cohort
    UNION ALL
    SELECT c.id, 'qualification-domain', COALESCE(d.domain, '${NO_CERTIFICATE}')
    FROM cohort c LEFT JOIN domains d ON d.candidate_id = c.id
  )`;

const GROUPS_SQL = `${MEMBERSHIP}
  SELECT m.dimension, m.code,
         count(*)::int AS candidates,
         (count(*) FILTER (WHERE c.with_suggestion))::int AS "withSuggestion",
         (count(*) FILTER (WHERE c.accepted))::int AS accepted,
         (count(*) FILTER (WHERE c.placed))::int AS placed,
         ${medianDaysSql('c.created_at', 'c.first_suggested_at')} AS "medianDaysToFirstSuggestion"
  FROM membership m JOIN cohort c ON c.id = m.id
  GROUP BY m.dimension, m.code`;

const REVIEWS_SQL = `${MEMBERSHIP}
  SELECT m.dimension, m.code, ${medianDaysSql('s.created_at', 's.reviewed_at')} AS "medianDaysToReview"
  FROM membership m JOIN suggestions s ON s.candidate_id = m.id
  WHERE s.reviewed_at IS NOT NULL
  GROUP BY m.dimension, m.code`;

const REJECTIONS_SQL = `${MEMBERSHIP}
  SELECT m.dimension, m.code, s.reason_code AS "reasonCode", count(*)::int AS count
  FROM membership m JOIN suggestions s ON s.candidate_id = m.id
  WHERE s.status = 'rejected' AND s.reason_code IS NOT NULL
  GROUP BY m.dimension, m.code, s.reason_code`;

interface GroupKey {
  dimension: FairnessDimension | 'national';
  code: string;
}
interface GroupRow extends GroupKey {
  candidates: number;
  withSuggestion: number;
  accepted: number;
  placed: number;
  medianDaysToFirstSuggestion: string | null;
}
interface ReviewRow extends GroupKey {
  medianDaysToReview: string | null;
}
interface RejectionRow extends GroupKey {
  reasonCode: string;
  count: number;
}

const keyOf = ({ dimension, code }: GroupKey) => `${dimension}\u0000${code}`;

/** Labels of a dimension's codes, as people read them. */
function labelOf(dimension: FairnessDimension, code: string): string {
  switch (dimension) {
    case 'pi':
      return findPenitentiaryInstitution(code)?.name ?? code;
    case 'region':
      return findRegion(code)?.name ?? code;
    case 'vog-outlook':
      return VOG_OUTLOOK_LABELS[code] ?? code;
    case 'qualification-domain':
      return code === NO_CERTIFICATE ? 'Geen geldig certificaat' : code;
  }
}

/**
 * Who gets offered what: the funnel's cohort per PI, region, VOG outlook and qualification domain,
 * beside the national figure. Only counts and medians leave the database; groups under the
 * suppression threshold show none (`small-groups.ts`).
 */
@Injectable()
export class FairnessService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async fairness(): Promise<FairnessView> {
    const asOf = this.clock.today();
    const qualifications = listQualifications();
    const parameters = [
      ...nearingReleaseParameters(asOf),
      qualifications.map((q) => q.crebo),
      qualifications.map((q) => q.sector),
    ];
    const groups: GroupRow[] = await this.dataSource.query(GROUPS_SQL, parameters);
    const reviews: ReviewRow[] = await this.dataSource.query(REVIEWS_SQL, parameters);
    const rejections: RejectionRow[] = await this.dataSource.query(REJECTIONS_SQL, parameters);

    const medianToReview = new Map(reviews.map((row) => [keyOf(row), row.medianDaysToReview]));
    const reasons = new Map<string, RejectionReasonCountView[]>();
    for (const { reasonCode, count, ...key } of rejections)
      reasons.set(keyOf(key), [...(reasons.get(keyOf(key)) ?? []), { reasonCode, count }]);
    const figuresOf = (row: GroupRow): FairnessFiguresView => ({
      candidates: row.candidates,
      withSuggestionShare: shareOf(row.withSuggestion, row.candidates),
      acceptedShare: shareOf(row.accepted, row.candidates),
      placedShare: shareOf(row.placed, row.candidates),
      rejectionReasons: (reasons.get(keyOf(row)) ?? []).sort(
        (a, b) => b.count - a.count || a.reasonCode.localeCompare(b.reasonCode),
      ),
      medianDaysToFirstSuggestion: daysOf(row.medianDaysToFirstSuggestion),
      medianDaysToReview: daysOf(medianToReview.get(keyOf(row)) ?? null),
    });

    const nationalRow = groups.find((row) => row.dimension === 'national');
    const national = nationalRow ? figuresOf(nationalRow) : emptyFigures();
    return {
      asOf,
      suppressionThreshold: SUPPRESSION_THRESHOLD,
      markingRule: MARKING_RULE,
      national,
      dimensions: FAIRNESS_DIMENSIONS.map((dimension): FairnessDimensionView => {
        const rows = groups.filter((row) => row.dimension === dimension);
        const suppressed = suppressedCodes(
          rows.map((row) => ({ code: row.code, size: row.candidates })),
        );
        const shown = rows.map((row) => {
          const figures = suppressed.has(row.code) ? null : figuresOf(row);
          const { differsMost, difference, largest } = markGroup(figures, national);
          const group: FairnessGroupView = {
            code: row.code,
            label: labelOf(dimension, row.code),
            suppressed: figures === null,
            figures,
            differsMost,
            difference,
          };
          return { group, largest };
        });
        shown.sort(
          (a, b) =>
            Number(b.group.differsMost) - Number(a.group.differsMost) ||
            (a.group.differsMost ? b.largest - a.largest : 0) ||
            a.group.code.localeCompare(b.group.code),
        );
        return { dimension, groups: shown.map(({ group }) => group) };
      }),
    };
  }
}

/** The national figure of an empty cohort. */
function emptyFigures(): FairnessFiguresView {
  return {
    candidates: 0,
    withSuggestionShare: null,
    acceptedShare: null,
    placedShare: null,
    rejectionReasons: [],
    medianDaysToFirstSuggestion: null,
    medianDaysToReview: null,
  };
}
