import { FieldError } from '@bridge/platform';

/** 400 when a PATCH body names nothing to change. */
export function emptyPatchErrors(dto: object): FieldError[] {
  const given = Object.values(dto).filter((value) => value !== undefined);
  return given.length === 0 ? [{ field: 'body', message: 'names no field to change' }] : [];
}
