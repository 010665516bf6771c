import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length, Matches } from 'class-validator';
import { MUNICIPALITY_CODE_PATTERN } from '@bridge/platform';
import { BRIN_MESSAGE, BRIN_PATTERN, MUNICIPALITY_MESSAGE } from '../../common/reference-codes';

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
  @Matches(MUNICIPALITY_CODE_PATTERN, { message: MUNICIPALITY_MESSAGE })
  municipalityCode: string;
}
