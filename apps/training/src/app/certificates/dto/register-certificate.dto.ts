import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsOptional,
  IsString,
  Length,
  Matches,
} from 'class-validator';
import { IsPastCalendarDate } from '@bridge/platform';
import { CREBO_MESSAGE, CREBO_PATTERN } from '../../common/reference-codes';

/** Certificates cannot be issued before this date (In-Made predates it; the platform does not). */
export const EARLIEST_ISSUE_DATE = '2000-01-01';
export const MAX_WORK_PROCESSES = 50;

export class RegisterCertificateDto {
  @ApiProperty({
    description: "The candidate's pseudonym (from matching)",
    example: '0b6f7c1e-3a52-4d7e-9a55-6f1f2f0c9d41',
  })
  @IsString()
  @Length(1, 64)
  candidateId: string;

  @ApiProperty({
    description: 'Kwalificatie crebo code (reference data)',
    example: '25290',
    pattern: '^\\d{5}$',
  })
  @IsString()
  @Matches(CREBO_PATTERN, { message: CREBO_MESSAGE })
  crebo: string;

  @ApiPropertyOptional({
    description: "A workshop of the candidate's PI (GET /workshops)",
    example: 'pi-vught-metal',
  })
  @IsOptional()
  @IsString()
  @Length(1, 64)
  workshopId?: string;

  @ApiPropertyOptional({
    type: [String],
    maxItems: MAX_WORK_PROCESSES,
    description: 'Work processes (werkprocessen) of the qualification covered',
    example: ['Bereidt werkzaamheden voor', 'Voert laswerkzaamheden uit'],
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_WORK_PROCESSES)
  @ArrayUnique()
  @IsString({ each: true })
  @Length(1, 200, { each: true })
  workProcesses?: string[];

  @ApiProperty({
    format: 'date',
    description: `Not in the future, not before ${EARLIEST_ISSUE_DATE}`,
    example: '2025-06-30',
  })
  @IsPastCalendarDate(EARLIEST_ISSUE_DATE)
  issuedOn: string;
}
