import { ApiProperty } from '@nestjs/swagger';
import { CsvColumn } from '@bridge/platform';
import { SUPPRESSED_CELL } from '../insight-export.service';

/** What became of the holders of one qualification, or of the qualifications of one workshop type. */
export class CertificateOutcomeView {
  @ApiProperty({ example: '25016', description: 'Crebo, or workshop type code (e.g. `wood`)' })
  code: string;
  @ApiProperty({ example: 'Machinaal houtbewerker' }) label: string;
  @ApiProperty({ example: 14, description: 'Valid certificates (a revoked one is not counted)' })
  issued: number;
  @ApiProperty({ example: 12, description: 'Distinct candidates holding one' }) holders: number;
  @ApiProperty({
    example: false,
    description: 'Fewer than 10 holders: the outcome counts are withheld, issued and holders shown',
  })
  suppressed: boolean;
  @ApiProperty({
    type: Number,
    nullable: true,
    example: 9,
    description: 'Holders who ever got a suggestion (expired ones too)',
  })
  withSuggestion: number | null;
  @ApiProperty({ type: Number, nullable: true, example: 5, description: 'Holders ever referred' })
  referred: number | null;
  @ApiProperty({ type: Number, nullable: true, example: 2, description: 'Holders placed' })
  placed: number | null;
}

/** A qualification the open covenant targets of the return regions require that no candidate holds. */
export class QualificationShortfallView {
  @ApiProperty({ example: '25252' }) crebo: string;
  @ApiProperty({ example: 'Logistiek medewerker' }) title: string;
  @ApiProperty({ example: 'Transport, scheepvaart en logistiek' }) sector: string;
  @ApiProperty({ example: 3, description: 'Openings left of open vacancies requiring it' })
  openings: number;
  @ApiProperty({ example: 4, description: 'Seats left of open school places requiring it' })
  seats: number;
}

export class CertificateOutcomesView {
  @ApiProperty({ example: '2026-11-28', format: 'date' }) asOf: string;
  @ApiProperty({
    type: String,
    nullable: true,
    example: 'PI-VUGHT',
    description: 'The PI counted; null: all',
  })
  pi: string | null;
  @ApiProperty({ example: 10 }) suppressionThreshold: number;
  @ApiProperty({ type: [CertificateOutcomeView], description: 'Per crebo held, by crebo' })
  byQualification: CertificateOutcomeView[];
  @ApiProperty({
    type: [CertificateOutcomeView],
    description: 'Per In-Made workshop type whose qualifications are held, in the reference order',
  })
  byWorkshopType: CertificateOutcomeView[];
  @ApiProperty({
    type: [QualificationShortfallView],
    description: 'Most openings and seats first, then by crebo',
  })
  shortfall: QualificationShortfallView[];
}

/** One line of the export: an outcome (of a qualification or a workshop type) or a shortfall. */
export interface CertificateOutcomesCsvRow {
  section: 'qualification' | 'workshop-type' | 'shortfall';
  code: string;
  label: string;
  sector: string | null;
  outcome: CertificateOutcomeView | null;
  openings: number | null;
  seats: number | null;
}

const outcome =
  (pick: (row: CertificateOutcomeView) => number | null) => (row: CertificateOutcomesCsvRow) =>
    row.outcome ? (row.outcome.suppressed ? SUPPRESSED_CELL : pick(row.outcome)) : null;

export const CERTIFICATE_OUTCOMES_COLUMNS: CsvColumn<CertificateOutcomesCsvRow>[] = [
  { header: 'section', value: (row) => row.section },
  { header: 'code', value: (row) => row.code },
  { header: 'label', value: (row) => row.label },
  { header: 'sector', value: (row) => row.sector },
  { header: 'issued', value: (row) => row.outcome?.issued },
  { header: 'holders', value: (row) => row.outcome?.holders },
  { header: 'suppressed', value: (row) => row.outcome?.suppressed },
  { header: 'withSuggestion', value: outcome((o) => o.withSuggestion) },
  { header: 'referred', value: outcome((o) => o.referred) },
  { header: 'placed', value: outcome((o) => o.placed) },
  { header: 'openings', value: (row) => row.openings },
  { header: 'seats', value: (row) => row.seats },
];

export function certificateOutcomesCsvRows(
  view: CertificateOutcomesView,
): CertificateOutcomesCsvRow[] {
  const outcomes = (section: 'qualification' | 'workshop-type', rows: CertificateOutcomeView[]) =>
    rows.map(
      (row): CertificateOutcomesCsvRow => ({
        section,
        code: row.code,
        label: row.label,
        sector: null,
        outcome: row,
        openings: null,
        seats: null,
      }),
    );
  return [
    ...outcomes('qualification', view.byQualification),
    ...outcomes('workshop-type', view.byWorkshopType),
    ...view.shortfall.map(
      (row): CertificateOutcomesCsvRow => ({
        section: 'shortfall',
        code: row.crebo,
        label: row.title,
        sector: row.sector,
        outcome: null,
        openings: row.openings,
        seats: row.seats,
      }),
    ),
  ];
}
