import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { IsKnownPiFilter, IsKnownRegionFilter } from '@bridge/platform';

/** `?region=&pi=` of the regional views of candidates (the advisor's queue, the funnel). */
export class CandidateRegionFilterQuery {
  @ApiPropertyOptional({
    description:
      "Candidates returning to this labour market region; outside an advisor's own regions there are none",
    example: 'AM27',
  })
  @IsOptional()
  @IsKnownRegionFilter()
  region?: string;

  @ApiPropertyOptional({
    description: 'Candidates of this penitentiary institution',
    example: 'PI-VUGHT',
  })
  @IsOptional()
  @IsKnownPiFilter()
  pi?: string;
}
