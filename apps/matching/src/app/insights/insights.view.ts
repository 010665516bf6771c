import { ApiProperty } from '@nestjs/swagger';

/** Distinct candidates nearing release at each step from inside to outside. */
export class FunnelCounts {
  @ApiProperty({
    example: 42,
    description: 'Release within the horizon (180 days) and not more than 90 days past',
  })
  nearingRelease: number;
  @ApiProperty({ example: 30, description: 'Of those: holding at least one valid certificate' })
  withCertificate: number;
  @ApiProperty({
    example: 21,
    description: 'Of those nearing release: with at least one suggestion that is not expired',
  })
  withSuggestion: number;
  @ApiProperty({
    example: 9,
    description:
      'Of those nearing release: referred at least once (any referral, whatever became of it)',
  })
  referred: number;
  @ApiProperty({
    example: 4,
    description: 'Of those nearing release: placed by at least one referral',
  })
  placed: number;
  @ApiProperty({
    example: 3,
    description:
      'Of those placed: with a placement its employer or school confirmed to hold 3 months after the start',
  })
  placedHolding3Months: number;
  @ApiProperty({
    example: 2,
    description:
      'Of those placed: with a placement its employer or school confirmed to hold 6 months after the start',
  })
  placedHolding6Months: number;
}

export class RegionFunnelView extends FunnelCounts {
  @ApiProperty({ example: 'AM27' }) regionCode: string;
  @ApiProperty({ example: 'Noordoost-Brabant' }) name: string;
}

export class PiFunnelView extends FunnelCounts {
  @ApiProperty({ example: 'PI-VUGHT' }) piCode: string;
  @ApiProperty({ example: 'PI Vught' }) name: string;
}

export class FunnelView extends FunnelCounts {
  @ApiProperty({
    example: '2026-11-28',
    format: 'date',
    description: 'The day "nearing release" is counted from (UTC)',
  })
  asOf: string;
  @ApiProperty({
    type: [RegionFunnelView],
    description: 'Per return region with candidates nearing release, by code',
  })
  byRegion: RegionFunnelView[];
  @ApiProperty({
    type: [PiFunnelView],
    description: 'Per PI with candidates nearing release, by code',
  })
  byPi: PiFunnelView[];
}

export class ReferenceCodeView {
  @ApiProperty({ example: 'AM01' }) code: string;
  @ApiProperty({ example: 'Groningen' }) name: string;
}

export class CoverageView {
  @ApiProperty({
    example: '2026-11-28',
    format: 'date',
    description: 'The day the covenants are judged active on (UTC)',
  })
  asOf: string;
  @ApiProperty({
    type: [ReferenceCodeView],
    description: 'Labour market regions no active covenant names, by code',
  })
  regionsWithoutCovenant: ReferenceCodeView[];
  @ApiProperty({
    type: [ReferenceCodeView],
    description: 'Penitentiary institutions no active covenant names, by code',
    example: [{ code: 'PI-ZWOLLE', name: 'PI Zwolle' }],
  })
  pisWithoutCovenant: ReferenceCodeView[];
}
