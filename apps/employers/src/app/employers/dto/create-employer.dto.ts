import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { IsText } from '../../common/text';

export class CreateEmployerDto {
  @ApiProperty({
    description: 'KvK (Chamber of Commerce) number: 8 digits',
    example: '12345678',
    pattern: '^\\d{8}$',
  })
  @IsString()
  @Matches(/^\d{8}$/, { message: '$property must be 8 digits' })
  kvkNumber: string;

  @ApiProperty({ example: 'Houtbewerking Van Dijk B.V.', maxLength: 200 })
  @IsText(200)
  name: string;

  @ApiProperty({ description: 'CBS municipality code of the establishment', example: 'GM0363' })
  @IsString()
  @MaxLength(16)
  municipalityCode: string;

  @ApiPropertyOptional({
    type: String,
    description:
      'Free text; preferably an MBO sector (opleidingsdomein) such as those of GET /qualifications',
    example: 'Afbouw, hout en onderhoud',
    maxLength: 100,
    nullable: true,
  })
  @IsOptional()
  @IsText(100)
  sector?: string | null;
}
