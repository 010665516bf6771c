import { Transform } from 'class-transformer';

/**
 * A query string's `true` and `false` as booleans, for a property validated with `@IsBoolean()`: anything else
 * stays as given, so `?flag=yes` is refused naming the field instead of being read as either.
 */
export function QueryBoolean(): PropertyDecorator {
  return Transform(({ value }: { value: unknown }) =>
    value === 'true' ? true : value === 'false' ? false : value,
  );
}
