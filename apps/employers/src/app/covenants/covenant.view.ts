import { ApiProperty } from '@nestjs/swagger';
import type { Covenant } from './covenant.entity';

export class CovenantView {
  @ApiProperty({ example: '3b241101-e2bb-4255-8caf-4136c566a962' })
  id: string;

  @ApiProperty({ example: 'Convenant Houtbewerking Midden-Brabant 2026' })
  name: string;

  @ApiProperty({ type: String, nullable: true, example: '0f8fad5b-d9cb-469f-a165-70867728950e' })
  employerId: string | null;

  @ApiProperty({ type: String, nullable: true, example: null })
  brin: string | null;

  @ApiProperty({ type: [String], example: ['AM18'] })
  regionCodes: string[];

  @ApiProperty({ type: [String], example: ['PI-VUGHT'] })
  piCodes: string[];

  @ApiProperty({ example: '2026-01-01', format: 'date' })
  validFrom: string;

  @ApiProperty({ example: '2027-12-31', format: 'date' })
  validTo: string;

  @ApiProperty({ type: Number, nullable: true, example: 4 })
  placementsPerYear: number | null;

  @ApiProperty({ type: [String], example: ['werkmeester als buddy'] })
  support: string[];

  @ApiProperty({
    description: 'Whether today (Europe/Amsterdam) lies within [validFrom, validTo]',
    example: true,
  })
  active: boolean;

  @ApiProperty({
    type: String,
    nullable: true,
    format: 'date',
    description:
      'The day an admin ended the covenant (then also its validTo); null while not ended',
    example: null,
  })
  endedOn: string | null;

  @ApiProperty({ description: 'Aggregate version, as on its events', example: 1 })
  version: number;

  @ApiProperty({ example: '2026-11-28T10:00:00.000Z', format: 'date-time' })
  createdAt: string;

  static of(covenant: Covenant, today: string): CovenantView {
    return {
      id: covenant.id,
      name: covenant.name,
      employerId: covenant.employerId,
      brin: covenant.brin,
      regionCodes: covenant.regionCodes,
      piCodes: covenant.piCodes,
      validFrom: covenant.validFrom,
      validTo: covenant.validTo,
      placementsPerYear: covenant.placementsPerYear,
      support: covenant.support,
      active: covenant.isActiveOn(today),
      endedOn: covenant.endedOn,
      version: covenant.version,
      createdAt: covenant.createdAt.toISOString(),
    };
  }
}

export class CovenantListView {
  @ApiProperty({ type: [CovenantView] })
  items: CovenantView[];

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Pass as ?cursor= for the next page; null on the last page',
    example: 'WyIyMDI2LTExLTI4VDEwOjAwOjAwLjAwMFoiLCI2ZWMwYmQ3ZiJd',
  })
  nextCursor: string | null;
}
