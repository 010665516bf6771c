import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length, Matches } from 'class-validator';

export class RevokeCertificateDto {
  @ApiProperty({
    minLength: 1,
    maxLength: 500,
    example: 'Registered for the wrong candidate',
  })
  @IsString()
  @Length(1, 500)
  @Matches(/\S/, { message: 'must not be blank' })
  reason: string;
}
