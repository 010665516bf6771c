import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Length, Matches } from 'class-validator';
import { PageQueryDto } from '@bridge/platform';

export class ListProvidersQuery extends PageQueryDto {
  @ApiPropertyOptional({
    description: 'Part of the name (case-insensitive), or the first characters of the BRIN code',
    example: 'midden',
    maxLength: 100,
  })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  @Matches(/\S/, { message: 'must not be blank' })
  q?: string;
}
