import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayNotEmpty,
  ArrayUnique,
  IsArray,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { FieldError, IsCalendarDate } from '@bridge/platform';
import { IsText } from '../../common/text';

const normalisedCode = (code: unknown) => String(code).trim().toUpperCase();

export class CreateCovenantDto {
  @ApiProperty({ example: 'Convenant Houtbewerking Midden-Brabant 2026', maxLength: 200 })
  @IsText(200)
  name: string;

  @ApiPropertyOptional({
    description: 'The signing employer (exactly one of employerId and brin)',
    example: '0f8fad5b-d9cb-469f-a165-70867728950e',
  })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  employerId?: string;

  @ApiPropertyOptional({
    description: 'The signing school’s BRIN code (exactly one of employerId and brin)',
    example: '25LX',
    pattern: '^\\d{2}[A-Z]{2}$',
  })
  @IsOptional()
  @IsString()
  @Matches(/^\d{2}[A-Z]{2}$/, {
    message: '$property must be a BRIN code: 2 digits and 2 capital letters',
  })
  brin?: string;

  @ApiProperty({ description: 'Labour market regions covered', example: ['AM18'], type: [String] })
  @IsArray()
  @ArrayNotEmpty()
  @ArrayMaxSize(35)
  @IsString({ each: true })
  @MaxLength(16, { each: true })
  @ArrayUnique(normalisedCode, { message: '$property must not name a region twice' })
  regionCodes: string[];

  @ApiProperty({
    description: 'Penitentiary institutions the covenant works with',
    example: ['PI-VUGHT'],
    type: [String],
  })
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(64, { each: true })
  @ArrayUnique(normalisedCode, { message: '$property must not name a PI twice' })
  piCodes: string[];

  @ApiProperty({ example: '2026-01-01', format: 'date' })
  @IsCalendarDate()
  validFrom: string;

  @ApiProperty({
    description: 'On or after validFrom; the covenant is in force on both days',
    example: '2027-12-31',
    format: 'date',
  })
  @IsCalendarDate()
  validTo: string;

  @ApiPropertyOptional({
    type: 'integer',
    description:
      'Placements the signatory aims for each year; leave out (or null) when the covenant names no number',
    example: 4,
    minimum: 1,
    maximum: 100_000,
    nullable: true,
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100_000)
  placementsPerYear?: number | null;

  @ApiPropertyOptional({
    example: ['werkmeester als buddy', 'reiskostenvergoeding'],
    type: [String],
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(200, { each: true })
  @Matches(/\S/, { each: true, message: '$property must not hold blank entries' })
  support?: string[];
}

/** The rules that tie fields of a covenant together (each answers 400 naming the field). */
export function covenantShapeErrors(dto: CreateCovenantDto): FieldError[] {
  const errors: FieldError[] = [];
  if ((dto.employerId === undefined) === (dto.brin === undefined)) {
    const message = 'exactly one of employerId and brin is required';
    errors.push({ field: 'employerId', message }, { field: 'brin', message });
  }
  if (dto.validTo < dto.validFrom)
    errors.push({ field: 'validTo', message: 'must not be before validFrom' });
  return errors;
}
