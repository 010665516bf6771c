import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { IsKnownPiFilter } from '@bridge/platform';

/** `?pi=` of the certificate outcomes. */
export class CertificateOutcomesQuery {
  @ApiPropertyOptional({
    description:
      'The candidates of this PI (admin: any, else all PI’s; a workshop leader: its own, the default — another PI is a 404)',
    example: 'PI-VUGHT',
  })
  @IsOptional()
  @IsKnownPiFilter()
  pi?: string;
}
