import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsDefined,
  IsIn,
  IsObject,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { IsCalendarDate, MUNICIPALITY_CODE_PATTERN } from '@bridge/platform';
import { VOG_OUTLOOKS, VogOutlook } from '../candidate.entity';
import { CandidateConsentDto } from './candidate-consent.dto';
import { CandidatePreferencesDto } from './candidate-preferences.dto';

export class RegisterCandidateDto {
  @ApiProperty({
    example: '1234567',
    description: 'DJI registration number; stored only as a keyed hash',
  })
  @IsString()
  @Matches(/^[A-Za-z0-9-]{4,20}$/, {
    message: 'djiNumber must be 4 to 20 letters, digits or dashes',
  })
  djiNumber: string;

  @ApiProperty({ example: 'PI-VUGHT' })
  @IsString()
  @MaxLength(40)
  piCode: string;

  @ApiProperty({ example: '2027-03-15', format: 'date' })
  @IsCalendarDate()
  expectedReleaseDate: string;

  @ApiProperty({
    example: 'GM0344',
    description: 'CBS code of the municipality the candidate returns to',
  })
  @IsString()
  @Matches(MUNICIPALITY_CODE_PATTERN, { message: 'returnMunicipalityCode must look like GM0363' })
  returnMunicipalityCode: string;

  @ApiProperty({ enum: VOG_OUTLOOKS, example: 'likely' })
  @IsIn(VOG_OUTLOOKS)
  vogOutlook: VogOutlook;

  @ApiPropertyOptional({
    example: ['GM0363'],
    description: 'Municipalities the candidate must not work or study in; no reason is stored',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @Matches(MUNICIPALITY_CODE_PATTERN, {
    each: true,
    message: 'excludedMunicipalities must hold codes like GM0363',
  })
  excludedMunicipalities?: string[];

  @ApiPropertyOptional({ type: CandidatePreferencesDto })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => CandidatePreferencesDto)
  preferences?: CandidatePreferencesDto;

  @ApiProperty({ type: CandidateConsentDto })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => CandidateConsentDto)
  consent: CandidateConsentDto;
}
