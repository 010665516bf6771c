import { ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsBoolean, IsOptional, IsString, MaxLength } from 'class-validator';

export class CandidatePreferencesDto {
  @ApiPropertyOptional({
    example: ['Techniek en procesindustrie'],
    description: 'Sectors (opleidingsdomeinen) the candidate prefers',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  sectors?: string[];

  @ApiPropertyOptional({ example: true, description: 'Open to work' })
  @IsOptional()
  @IsBoolean()
  work?: boolean;

  @ApiPropertyOptional({ example: false, description: 'Open to education' })
  @IsOptional()
  @IsBoolean()
  education?: boolean;
}
