import { OmitType, PartialType } from '@nestjs/swagger';
import { FieldError } from '@bridge/platform';
import { CreateVacancyDto } from './create-vacancy.dto';

/**
 * Any field of a create but `covenantId`, each checked as on a create. `null` clears only what a
 * create may leave out (description, preferredQualifications, expiresOn); elsewhere it is a 400.
 */
export class UpdateVacancyDto extends PartialType(OmitType(CreateVacancyDto, ['covenantId'] as const), {
  skipNullProperties: false,
}) {}

/** 400 when the body names nothing to change. */
export function vacancyPatchErrors(dto: UpdateVacancyDto): FieldError[] {
  const given = Object.values(dto).filter((value) => value !== undefined);
  return given.length === 0 ? [{ field: 'body', message: 'names no field to change' }] : [];
}
