import { OmitType, PartialType } from '@nestjs/swagger';
import { RegisterProviderDto } from './register-provider.dto';

/**
 * `PATCH /providers/:id`: the name or municipality, each checked as on a create; the BRIN never
 * changes (an unknown field here, so a 400), and null is a 400 too.
 */
export class UpdateProviderDto extends PartialType(
  OmitType(RegisterProviderDto, ['brin'] as const),
  { skipNullProperties: false },
) {}
