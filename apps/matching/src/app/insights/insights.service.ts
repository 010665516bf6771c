import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, LessThanOrEqual, MoreThanOrEqual } from 'typeorm';
import { Clock, Principal } from '@bridge/platform';
import {
  findPenitentiaryInstitution,
  findRegion,
  listPenitentiaryInstitutions,
  listRegions,
} from '@bridge/reference-data';
import { NEARING_RELEASE_CONDITION, nearingReleaseParameters } from './nearing-release';
import { regionsInScope } from '../read-models/candidates/candidate-scope';
import { CandidateRegionFilterQuery } from '../read-models/candidates/dto/candidate-region-filter.query';
import { Covenant } from '../read-models/covenants/covenant.entity';
import { CoverageView, FunnelCounts, FunnelView } from './insights.view';

/** One row of the funnel query: the totals, one region's or one PI's (the code it is grouped by is set). */
interface FunnelRow extends FunnelCounts {
  grouped_by: 'all' | 'region' | 'pi';
  region_code: string;
  pi_code: string;
}

/**
 * Per candidate nearing release, whether it reached each step; then counted in one pass over the
 * totals, per region and per PI (grouping sets). Only counts leave the database.
 */
const FUNNEL_SQL = (conditions: string[]) => `
  SELECT CASE GROUPING(region_code, pi_code) WHEN 1 THEN 'region' WHEN 2 THEN 'pi' ELSE 'all' END AS grouped_by,
         region_code, pi_code,
         count(*)::int AS "nearingRelease",
         (count(*) FILTER (WHERE with_certificate))::int AS "withCertificate",
         (count(*) FILTER (WHERE with_suggestion))::int AS "withSuggestion",
         (count(*) FILTER (WHERE referred))::int AS "referred",
         (count(*) FILTER (WHERE placed))::int AS "placed",
         (count(*) FILTER (WHERE placed_holding_3_months))::int AS "placedHolding3Months",
         (count(*) FILTER (WHERE placed_holding_6_months))::int AS "placedHolding6Months"
  FROM (
    SELECT c.region_code, c.pi_code,
           EXISTS (SELECT 1 FROM candidate_certificates cc WHERE cc.candidate_id = c.id AND cc.status = 'valid') AS with_certificate,
           EXISTS (SELECT 1 FROM suggestions s WHERE s.candidate_id = c.id AND s.status <> 'expired') AS with_suggestion,
           EXISTS (SELECT 1 FROM referrals r WHERE r.candidate_id = c.id) AS referred,
           EXISTS (SELECT 1 FROM referrals r WHERE r.candidate_id = c.id AND r.status = 'placed') AS placed,
           EXISTS (SELECT 1 FROM referrals r WHERE r.candidate_id = c.id AND r.status = 'placed' AND r.holds_at_3_months) AS placed_holding_3_months,
           EXISTS (SELECT 1 FROM referrals r WHERE r.candidate_id = c.id AND r.status = 'placed' AND r.holds_at_6_months) AS placed_holding_6_months
    FROM candidates c
    WHERE ${conditions.join(' AND ')}
  ) cohort
  GROUP BY GROUPING SETS ((), (region_code), (pi_code))
  ORDER BY region_code, pi_code`;

const countsOf = ({
  nearingRelease,
  withCertificate,
  withSuggestion,
  referred,
  placed,
  placedHolding3Months,
  placedHolding6Months,
}: FunnelCounts): FunnelCounts => ({
  nearingRelease,
  withCertificate,
  withSuggestion,
  referred,
  placed,
  placedHolding3Months,
  placedHolding6Months,
});

/** The RSJ's questions in numbers: is the bridge from inside to outside being built, and where not. */
@Injectable()
export class InsightsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /**
   * The funnel over the candidates nearing release (the release window of hard rule 6 in docs/design.md:
   * release within the horizon and not more than the allowed days past, whatever their consent or
   * status), as distinct candidates.
   * An advisor counts the candidates of its own regions only; aggregates name no candidate, so
   * reading them is not an audited read of candidate data.
   */
  async funnel(principal: Principal, query: CandidateRegionFilterQuery): Promise<FunnelView> {
    const asOf = this.clock.today();
    const parameters: unknown[] = nearingReleaseParameters(asOf);
    const conditions = [NEARING_RELEASE_CONDITION];
    const where = (condition: (placeholder: string) => string, value: unknown) => {
      parameters.push(value);
      conditions.push(condition(`$${parameters.length}`));
    };
    const regions = regionsInScope(principal);
    if (regions) where((p) => `c.region_code = ANY(${p}::text[])`, regions);
    if (query.region) where((p) => `c.region_code = ${p}`, query.region);
    if (query.pi) where((p) => `c.pi_code = ${p}`, query.pi);

    const rows: FunnelRow[] = await this.dataSource.query(FUNNEL_SQL(conditions), parameters);
    const totals = rows.find((row) => row.grouped_by === 'all');
    if (!totals) throw new Error('the funnel query returned no totals row');
    return {
      asOf,
      ...countsOf(totals),
      byRegion: rows
        .filter((row) => row.grouped_by === 'region')
        .map((row) => ({
          regionCode: row.region_code,
          name: findRegion(row.region_code)?.name ?? row.region_code,
          ...countsOf(row),
        })),
      byPi: rows
        .filter((row) => row.grouped_by === 'pi')
        .map((row) => ({
          piCode: row.pi_code,
          name: findPenitentiaryInstitution(row.pi_code)?.name ?? row.pi_code,
          ...countsOf(row),
        })),
    };
  }

  /** Regions and PI's that no covenant in force today names (of employers or schools alike). */
  async coverage(): Promise<CoverageView> {
    const asOf = this.clock.today();
    // The dates narrow in SQL; an early end is judged as the match engine judges it.
    const active = (
      await this.dataSource.manager.findBy(Covenant, {
        validFrom: LessThanOrEqual(asOf),
        validTo: MoreThanOrEqual(asOf),
      })
    ).filter((covenant) => covenant.isActiveOn(asOf));
    const coveredRegions = new Set(active.flatMap((covenant) => covenant.regionCodes));
    const coveredPis = new Set(active.flatMap((covenant) => covenant.piCodes));
    return {
      asOf,
      regionsWithoutCovenant: listRegions()
        .filter((region) => !coveredRegions.has(region.code))
        .map(({ code, name }) => ({ code, name })),
      pisWithoutCovenant: listPenitentiaryInstitutions()
        .filter((pi) => !coveredPis.has(pi.code))
        .map(({ code, name }) => ({ code, name })),
    };
  }
}
