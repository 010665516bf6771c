import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length, Matches } from 'class-validator';
import {
  BRIN_MESSAGE,
  BRIN_PATTERN,
  MUNICIPALITY_MESSAGE,
  MUNICIPALITY_PATTERN,
} from '../common/reference-codes';
import { Provider } from './provider.entity';

export class RegisterProviderDto {
  @ApiProperty({
    description: 'BRIN code: 2 digits and 2 letters',
    example: '25LX',
    pattern: '^\\d{2}[A-Z]{2}$',
  })
  @IsString()
  @Matches(BRIN_PATTERN, { message: BRIN_MESSAGE })
  brin: string;

  @ApiProperty({
    minLength: 1,
    maxLength: 200,
    example: 'ROC Midden Nederland',
  })
  @IsString()
  @Length(1, 200)
  @Matches(/\S/, { message: 'must not be blank' })
  name: string;

  @ApiProperty({ description: 'CBS municipality code', example: 'GM0344' })
  @IsString()
  @Matches(MUNICIPALITY_PATTERN, { message: MUNICIPALITY_MESSAGE })
  municipalityCode: string;
}

export class ProviderView {
  @ApiProperty({
    format: 'uuid',
    example: '9b2d7e4f-1c3a-4e5b-8f6d-2a1c3b4d5e6f',
  })
  id: string;

  @ApiProperty({ example: '25LX' })
  brin: string;

  @ApiProperty({ example: 'ROC Midden Nederland' })
  name: string;

  @ApiProperty({ example: 'GM0344' })
  municipalityCode: string;

  static of(provider: Provider): ProviderView {
    return {
      id: provider.id,
      brin: provider.brin,
      name: provider.name,
      municipalityCode: provider.municipalityCode,
    };
  }
}
