import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Length } from 'class-validator';
import { PageQueryDto } from '@bridge/platform';

export class ListCertificatesQuery extends PageQueryDto {
  @ApiPropertyOptional({
    description: 'Only the certificates of this candidate (404 when out of scope)',
    example: '0b6f7c1e-3a52-4d7e-9a55-6f1f2f0c9d41',
  })
  @IsOptional()
  @IsString()
  @Length(1, 64)
  candidateId?: string;
}
