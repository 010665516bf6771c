import { BadRequestProblem, FieldError } from '@bridge/platform';

/** Answers 400 naming each field of `errors` (rules beyond the DTO's), when there are any. */
export function throwIfInvalid(errors: readonly FieldError[]): void {
  if (errors.length > 0) {
    throw new BadRequestProblem(
      `Invalid input: ${[...new Set(errors.map((e) => e.field))].join(', ')}`,
      [...errors],
    );
  }
}
