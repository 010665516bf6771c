import { ApiProperty } from '@nestjs/swagger';
import { VACANCY_STATUSES, type Vacancy, type VacancyStatus } from './vacancy.entity';

export class VacancyView {
  @ApiProperty({ example: '6ec0bd7f-11c0-43da-975e-2a8ad9ebae0b' })
  id: string;

  @ApiProperty({ example: '0f8fad5b-d9cb-469f-a165-70867728950e' })
  employerId: string;

  @ApiProperty({ example: '3b241101-e2bb-4255-8caf-4136c566a962' })
  covenantId: string;

  @ApiProperty({ example: 'Medewerker houtbewerking' })
  title: string;

  @ApiProperty({
    type: String,
    nullable: true,
    example: 'Zagen, schaven en monteren in onze werkplaats.',
  })
  description: string | null;

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'The employer’s sector',
    example: 'Afbouw, hout en onderhoud',
  })
  sector: string | null;

  @ApiProperty({ example: 'GM0855' })
  municipalityCode: string;

  @ApiProperty({ description: 'Labour market region of the municipality', example: 'AM26' })
  regionCode: string;

  @ApiProperty({ example: 32 })
  hoursPerWeek: number;

  @ApiProperty({ example: '2027-02-01', format: 'date' })
  startDate: string;

  @ApiProperty({ example: 2 })
  openings: number;

  @ApiProperty({ example: 2 })
  openingsLeft: number;

  @ApiProperty({ type: [String], example: ['25007'] })
  requiredQualifications: string[];

  @ApiProperty({ type: [String], example: ['25008'] })
  preferredQualifications: string[];

  @ApiProperty({ example: false })
  requiresVog: boolean;

  @ApiProperty({ type: String, nullable: true, format: 'date', example: '2027-01-15' })
  expiresOn: string | null;

  @ApiProperty({ enum: VACANCY_STATUSES, example: 'open' })
  status: VacancyStatus;

  @ApiProperty({ description: 'Aggregate version, as on its events', example: 1 })
  version: number;

  @ApiProperty({ example: '2026-11-28T10:00:00.000Z', format: 'date-time' })
  createdAt: string;

  static of(vacancy: Vacancy): VacancyView {
    return {
      id: vacancy.id,
      employerId: vacancy.employerId,
      covenantId: vacancy.covenantId,
      title: vacancy.title,
      description: vacancy.description,
      sector: vacancy.sector,
      municipalityCode: vacancy.municipalityCode,
      regionCode: vacancy.regionCode,
      hoursPerWeek: vacancy.hoursPerWeek,
      startDate: vacancy.startDate,
      openings: vacancy.openings,
      openingsLeft: vacancy.openingsLeft,
      requiredQualifications: vacancy.requiredQualifications,
      preferredQualifications: vacancy.preferredQualifications,
      requiresVog: vacancy.requiresVog,
      expiresOn: vacancy.expiresOn,
      status: vacancy.status,
      version: vacancy.version,
      createdAt: vacancy.createdAt.toISOString(),
    };
  }
}

export class VacancyListView {
  @ApiProperty({ type: [VacancyView] })
  items: VacancyView[];

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Pass as ?cursor= for the next page; null on the last page',
    example: 'WyIyMDI2LTExLTI4VDEwOjAwOjAwLjAwMFoiLCI2ZWMwYmQ3ZiJd',
  })
  nextCursor: string | null;
}
