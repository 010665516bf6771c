import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, LessThanOrEqual, MoreThanOrEqual } from 'typeorm';
import { Clock, ForbiddenProblem, NotFoundProblem, Principal } from '@bridge/platform';
import { findQualification, listWorkshopTypes } from '@bridge/reference-data';
import { Covenant } from '../../read-models/covenants/covenant.entity';
import { SUPPRESSION_THRESHOLD } from '../small-groups';
import {
  CertificateOutcomesView,
  CertificateOutcomeView,
  QualificationShortfallView,
} from './certificate-outcome.view';
import { workshopTypeSuppressed } from './certificate-suppression';
import { CertificateOutcomesQuery } from './dto/certificate-outcomes.query';

/**
 * Valid certificates of the PI's candidates (`$1`, NULL: all PI's) with what became of each holder,
 * counted per crebo and per workshop type (`$2`/`$3`: crebo → workshop type, from the reference data).
 */
const OUTCOMES_SQL = `
  WITH held AS (
    SELECT cc.crebo, cc.title, cc.candidate_id,
           EXISTS (SELECT 1 FROM suggestions s WHERE s.candidate_id = cc.candidate_id) AS suggested,
           EXISTS (SELECT 1 FROM referrals r WHERE r.candidate_id = cc.candidate_id) AS referred,
           EXISTS (SELECT 1 FROM referrals r WHERE r.candidate_id = cc.candidate_id AND r.status = 'placed') AS placed
    FROM candidate_certificates cc JOIN candidates c ON c.id = cc.candidate_id
    WHERE cc.status = 'valid' AND ($1::text IS NULL OR c.pi_code = $1::text)
  ),
  grouped AS (
    SELECT 'qualification' AS kind, crebo AS code, crebo, title, candidate_id, suggested, referred, placed FROM held
    UNION ALL
    SELECT 'workshop-type', w.type, held.crebo, held.title, held.candidate_id, held.suggested, held.referred, held.placed
    FROM held JOIN unnest($2::text[], $3::text[]) AS w(crebo, type) ON w.crebo = held.crebo
  )
  SELECT kind, code, max(title) AS title,
         count(*)::int AS issued,
         count(DISTINCT candidate_id)::int AS holders,
         (count(DISTINCT candidate_id) FILTER (WHERE suggested))::int AS "withSuggestion",
         (count(DISTINCT candidate_id) FILTER (WHERE referred))::int AS referred,
         (count(DISTINCT candidate_id) FILTER (WHERE placed))::int AS placed,
         array_agg(DISTINCT crebo) AS crebos
  FROM grouped
  GROUP BY kind, code
  ORDER BY kind, code`;

/**
 * What the open targets in the return regions of the PI's active candidates (`$1`) require, under a
 * covenant in force (`$2`), that none of those candidates holds as a valid certificate; `$3` is today.
 * Only required qualifications count: a preferred one raises a score but never bars a candidate.
 */
const SHORTFALL_SQL = `
  WITH own AS (
    SELECT c.id, c.region_code FROM candidates c
    WHERE c.status = 'active' AND ($1::text IS NULL OR c.pi_code = $1::text)
  ),
  held AS (
    SELECT DISTINCT cc.crebo FROM candidate_certificates cc JOIN own ON own.id = cc.candidate_id
    WHERE cc.status = 'valid'
  ),
  asked AS (
    SELECT unnest(v.required_qualifications) AS crebo, v.openings_left AS openings, 0 AS seats
    FROM vacancies v
    WHERE v.status = 'open' AND (v.expires_on IS NULL OR v.expires_on >= $3::date)
      AND v.covenant_id = ANY($2::text[]) AND v.region_code IN (SELECT region_code FROM own)
    UNION ALL
    SELECT unnest(p.required_qualifications), 0, p.seats_left
    FROM school_places p
    WHERE p.status = 'open' AND p.covenant_id = ANY($2::text[])
      AND p.region_code IN (SELECT region_code FROM own)
  )
  SELECT crebo, sum(openings)::int AS openings, sum(seats)::int AS seats
  FROM asked
  WHERE crebo NOT IN (SELECT crebo FROM held)
  GROUP BY crebo
  ORDER BY sum(openings) + sum(seats) DESC, crebo`;

interface OutcomeRow {
  kind: 'qualification' | 'workshop-type';
  code: string;
  title: string;
  issued: number;
  holders: number;
  withSuggestion: number;
  referred: number;
  placed: number;
  crebos: string[];
}

/**
 * Outcome feedback to the workshops: which practice certificates lead outside, and which
 * qualifications the open covenant targets ask for that the PI's candidates lack.
 */
@Injectable()
export class CertificateOutcomesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async outcomes(
    principal: Principal,
    query: CertificateOutcomesQuery,
  ): Promise<CertificateOutcomesView> {
    const asOf = this.clock.today();
    const pi = piInScope(principal, query);
    const workshopTypes = listWorkshopTypes();
    const mapping = workshopTypes.flatMap((type) =>
      type.qualificationCrebos.map((crebo) => ({ crebo, type: type.code })),
    );
    const rows: OutcomeRow[] = await this.dataSource.query(OUTCOMES_SQL, [
      pi,
      mapping.map((pair) => pair.crebo),
      mapping.map((pair) => pair.type),
    ]);
    const qualifications = rows.filter((row) => row.kind === 'qualification');
    const suppressedCrebos = new Set(
      qualifications.filter((row) => row.holders < SUPPRESSION_THRESHOLD).map((row) => row.code),
    );
    const order = new Map(workshopTypes.map((type, index) => [type.code as string, index]));
    return {
      asOf,
      pi,
      suppressionThreshold: SUPPRESSION_THRESHOLD,
      byQualification: qualifications.map((row) =>
        outcomeOf(
          row,
          findQualification(row.code)?.title ?? row.title,
          suppressedCrebos.has(row.code),
        ),
      ),
      byWorkshopType: rows
        .filter((row) => row.kind === 'workshop-type')
        .sort((a, b) => (order.get(a.code) ?? 0) - (order.get(b.code) ?? 0))
        .map((row) =>
          outcomeOf(
            row,
            workshopTypes.find((type) => type.code === row.code)?.label ?? row.code,
            workshopTypeSuppressed(row.holders, row.crebos, suppressedCrebos),
          ),
        ),
      shortfall: await this.shortfall(pi, asOf),
    };
  }

  private async shortfall(pi: string | null, asOf: string): Promise<QualificationShortfallView[]> {
    // The dates narrow in SQL; an early end is judged as the match engine judges it.
    const active = (
      await this.dataSource.manager.findBy(Covenant, {
        validFrom: LessThanOrEqual(asOf),
        validTo: MoreThanOrEqual(asOf),
      })
    ).filter((covenant) => covenant.isActiveOn(asOf));
    const rows: { crebo: string; openings: number; seats: number }[] = await this.dataSource.query(
      SHORTFALL_SQL,
      [pi, active.map((covenant) => covenant.covenantId), asOf],
    );
    return rows.map(({ crebo, openings, seats }) => {
      const qualification = findQualification(crebo);
      return {
        crebo,
        title: qualification?.title ?? crebo,
        sector: qualification?.sector ?? '',
        openings,
        seats,
      };
    });
  }
}

function outcomeOf(row: OutcomeRow, label: string, suppressed: boolean): CertificateOutcomeView {
  return {
    code: row.code,
    label,
    issued: row.issued,
    holders: row.holders,
    suppressed,
    withSuggestion: suppressed ? null : row.withSuggestion,
    referred: suppressed ? null : row.referred,
    placed: suppressed ? null : row.placed,
  };
}

/**
 * The PI whose candidates are counted: an admin's filter (none: all PI's); a workshop leader's own
 * PI, where another PI is answered as not found (scope is never a 403, as for candidates).
 */
export function piInScope(principal: Principal, query: CertificateOutcomesQuery): string | null {
  switch (principal.role) {
    case 'admin':
      return query.pi ?? null;
    case 'workshop-leader':
      if (query.pi && query.pi !== principal.pi)
        throw new NotFoundProblem(`no certificate outcomes of ${query.pi} for you`, [
          { field: 'pi', message: 'is not your PI' },
        ]);
      return principal.pi;
    default:
      throw new ForbiddenProblem('only admins and workshop leaders see certificate outcomes');
  }
}
