import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { IsOptional, IsString, Length, Matches } from 'class-validator';
import { PageQueryDto } from '@bridge/platform';
import { ApiNextCursor } from '../common/openapi-examples';
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

/**
 * `PATCH /providers/:id`: the name or municipality, each checked as on a create; the BRIN never
 * changes (an unknown field here, so a 400), and null is a 400 too.
 */
export class UpdateProviderDto extends PartialType(
  OmitType(RegisterProviderDto, ['brin'] as const),
  { skipNullProperties: false },
) {}

export class ListProvidersQueryDto extends PageQueryDto {
  @ApiPropertyOptional({
    description: 'Part of the name (case-insensitive), or the first characters of the BRIN code',
    example: 'midden',
    maxLength: 100,
  })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  @Matches(/\S/, { message: 'must not be blank' })
  q?: string;
}

export class ProviderPageView {
  @ApiProperty({ type: [ProviderView] })
  items: ProviderView[];

  @ApiNextCursor()
  nextCursor: string | null;
}
