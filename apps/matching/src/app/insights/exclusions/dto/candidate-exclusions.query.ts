import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsOptional, IsUUID } from 'class-validator';
import { QueryBoolean } from '@bridge/platform';

export class CandidateExclusionsQuery {
  @ApiPropertyOptional({
    description:
      'Explain only this vacancy or school place (open or not); 404 when matching knows no such target',
    example: '5d2f7a0e-3c41-4b8e-9f62-1a7d0c9e8b34',
  })
  @IsOptional()
  @IsUUID()
  targetId?: string;

  @ApiPropertyOptional({
    description:
      'Only targets in the candidate’s reach: in its return region or within the radius of the match rules, so none excluded ' +
      'as too far (at national size nearly every open target lies far away; this is the list an advisor reads). Ignored with targetId.',
    type: Boolean,
    example: true,
  })
  @IsOptional()
  @QueryBoolean()
  @IsBoolean()
  inReach?: boolean;
}
