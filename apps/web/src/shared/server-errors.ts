import { ProblemError } from '@bridge/api-client';
import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';

/**
 * Puts the field errors of a problem+json answer at the fields they name; returns the message for
 * the form as a whole (an error that names no field of this form, or a conflict).
 */
export function applyServerErrors<Values extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<Values>,
  fields: readonly Path<Values>[],
): string | undefined {
  if (!(error instanceof ProblemError))
    return error instanceof Error ? error.message : String(error);
  const unplaced: string[] = [];
  for (const [field, message] of Object.entries(error.fieldErrors())) {
    const known = fields.find(
      (name) => name === field || field.startsWith(`${name}.`) || field.startsWith(`${name}[`),
    );
    if (known) setError(known, { type: 'server', message });
    else unplaced.push(message);
  }
  if (unplaced.length > 0) return unplaced.join(' ');
  return Object.keys(error.fieldErrors()).length > 0 ? undefined : error.message;
}
