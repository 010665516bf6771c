import { OmitType, PartialType } from '@nestjs/swagger';
import { CreateVacancyDto } from './create-vacancy.dto';

/**
 * Any field of a create but `covenantId`, each checked as on a create. `null` clears only what a
 * create may leave out (description, preferredQualifications, expiresOn); elsewhere it is a 400.
 */
export class UpdateVacancyDto extends PartialType(
  OmitType(CreateVacancyDto, ['covenantId'] as const),
  {
    skipNullProperties: false,
  },
) {}
