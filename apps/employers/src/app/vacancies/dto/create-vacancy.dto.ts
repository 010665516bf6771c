import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsInt,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { FieldError, IsCalendarDate } from '@bridge/platform';
import { IsText } from '../../common/text';

const trimmed = (code: unknown) => String(code).trim();

export class CreateVacancyDto {
  @ApiProperty({
    description: 'An active covenant of the employer',
    example: '3b241101-e2bb-4255-8caf-4136c566a962',
  })
  @IsString()
  @MaxLength(64)
  covenantId: string;

  @ApiProperty({ example: 'Medewerker houtbewerking', maxLength: 200 })
  @IsText(200)
  title: string;

  @ApiPropertyOptional({
    example:
      'Zagen, schaven en monteren in onze werkplaats; begeleiding door een vaste werkmeester.',
    maxLength: 5000,
    nullable: true,
  })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  description?: string | null;

  @ApiProperty({ description: 'CBS code of the place of work', example: 'GM0855' })
  @IsString()
  @MaxLength(16)
  municipalityCode: string;

  @ApiProperty({ minimum: 1, maximum: 60, example: 32 })
  @IsInt()
  @Min(1)
  @Max(60)
  hoursPerWeek: number;

  @ApiProperty({
    description: 'The covenant must be in force on this day',
    example: '2027-02-01',
    format: 'date',
  })
  @IsCalendarDate()
  startDate: string;

  @ApiProperty({ minimum: 1, maximum: 1000, example: 2 })
  @IsInt()
  @Min(1)
  @Max(1000)
  openings: number;

  @ApiProperty({
    description: 'Crebo codes a candidate must hold',
    type: [String],
    example: ['25007'],
  })
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(16, { each: true })
  @ArrayUnique(trimmed, { message: '$property must not name a crebo twice' })
  requiredQualifications: string[];

  @ApiPropertyOptional({
    description: 'Crebo codes that count in a candidate’s favour',
    type: [String],
    example: ['25008'],
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(16, { each: true })
  @ArrayUnique(trimmed, { message: '$property must not name a crebo twice' })
  preferredQualifications?: string[];

  @ApiProperty({
    description: 'Whether the job needs a certificate of conduct (VOG)',
    example: false,
  })
  @IsBoolean()
  requiresVog: boolean;

  @ApiPropertyOptional({
    description: 'Last day the vacancy is open; today or later',
    example: '2027-01-15',
    format: 'date',
    nullable: true,
  })
  @IsOptional()
  @IsCalendarDate()
  expiresOn?: string | null;
}

/** Rules that depend on today (each answers 400 naming the field). */
export function vacancyShapeErrors(
  dto: Pick<CreateVacancyDto, 'expiresOn'>,
  today: string,
): FieldError[] {
  const errors: FieldError[] = [];
  if (dto.expiresOn && dto.expiresOn < today)
    errors.push({ field: 'expiresOn', message: 'must not be in the past' });
  return errors;
}
