import { ApiProperty } from '@nestjs/swagger';
import type { Employer } from './employer.entity';

export class EmployerView {
  @ApiProperty({ example: '0f8fad5b-d9cb-469f-a165-70867728950e' })
  id: string;

  @ApiProperty({ example: '12345678' })
  kvkNumber: string;

  @ApiProperty({ example: 'Houtbewerking Van Dijk B.V.' })
  name: string;

  @ApiProperty({ example: 'GM0363' })
  municipalityCode: string;

  @ApiProperty({ type: String, nullable: true, example: 'Afbouw, hout en onderhoud' })
  sector: string | null;

  static of(employer: Employer): EmployerView {
    return {
      id: employer.id,
      kvkNumber: employer.kvkNumber,
      name: employer.name,
      municipalityCode: employer.municipalityCode,
      sector: employer.sector,
    };
  }
}

export class EmployerListView {
  @ApiProperty({ type: [EmployerView] })
  items: EmployerView[];

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Pass as ?cursor= for the next page; null on the last page',
    example: 'eyJuYW1lIjoiSG91dGJld2Vya2luZyBWYW4gRGlqayBCLlYuIiwiaWQiOiIwZjhmYWQ1YiJ9',
  })
  nextCursor: string | null;
}
