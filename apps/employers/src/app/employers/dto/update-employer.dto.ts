import { OmitType, PartialType } from '@nestjs/swagger';
import { CreateEmployerDto } from './create-employer.dto';

/**
 * Any field of a create but the KvK number (an unknown field here, so a 400), each checked as on a
 * create. `null` clears only `sector`; elsewhere it is a 400.
 */
export class UpdateEmployerDto extends PartialType(
  OmitType(CreateEmployerDto, ['kvkNumber'] as const),
  {
    skipNullProperties: false,
  },
) {}
