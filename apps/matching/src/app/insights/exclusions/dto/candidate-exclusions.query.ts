import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsUUID } from 'class-validator';

export class CandidateExclusionsQuery {
  @ApiPropertyOptional({
    description: 'Explain only this vacancy or school place (open or not); 404 when matching knows no such target',
    example: '5d2f7a0e-3c41-4b8e-9f62-1a7d0c9e8b34',
  })
  @IsOptional()
  @IsUUID()
  targetId?: string;
}
