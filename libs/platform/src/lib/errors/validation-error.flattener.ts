import { getMetadataStorage, ValidationError } from 'class-validator';
import { FieldError } from './problem.model';

const ROOT = '(body)';

/**
 * Flattens class-validator errors to `{ field, message }` with dotted paths
 * (`preferences.sectors`, `requiredQualifications.0`). Unknown fields are reported by name.
 * A failed `{ each: true }` rule on an array is reported per failing element where possible.
 */
export function flattenValidationErrors(
  errors: readonly ValidationError[],
  parent = '',
): FieldError[] {
  const out: FieldError[] = [];
  for (const error of errors) {
    const path = parent ? `${parent}.${error.property}` : error.property;
    for (const [key, message] of Object.entries(error.constraints ?? {})) {
      if (key === 'whitelistValidation') {
        out.push({ field: path || ROOT, message: 'is not a known field' });
        continue;
      }
      const perElement = perElementErrors(error, key, path);
      out.push(
        ...(perElement ?? [{ field: path || ROOT, message: tidy(message, error.property) }]),
      );
    }
    if (error.children?.length) out.push(...flattenValidationErrors(error.children, path));
  }
  return out;
}

/** Drops the property name class-validator puts in front ("each value in x must ..." → "must ..."). */
function tidy(message: string, property: string): string {
  const prefixes = [`each value in ${property} `, `${property} `];
  const prefix = prefixes.find((p) => property && message.startsWith(p));
  return prefix ? message.slice(prefix.length) : message;
}

function perElementErrors(
  error: ValidationError,
  key: string,
  path: string,
): FieldError[] | undefined {
  const target = error.target;
  const values: unknown = error.value;
  if (!target || !Array.isArray(values)) return undefined;
  const storage = getMetadataStorage();
  const metadata = storage
    .getTargetValidationMetadatas(target.constructor, '', true, false)
    .find(
      (m) =>
        m.propertyName === error.property &&
        m.each &&
        m.constraintCls &&
        storage.getTargetValidatorConstraints(m.constraintCls)[0]?.name === key,
    );
  if (!metadata) return undefined;
  const constraint = storage.getTargetValidatorConstraints(metadata.constraintCls)[0];
  const message = tidy(error.constraints?.[key] ?? 'is invalid', error.property);
  const failing: FieldError[] = [];
  for (const [index, value] of values.entries()) {
    const valid = constraint.instance.validate(value, {
      value,
      constraints: metadata.constraints,
      targetName: target.constructor.name,
      object: target,
      property: error.property,
    });
    if (typeof valid !== 'boolean') return undefined; // async rule: keep the array-level error
    if (!valid) failing.push({ field: `${path}.${index}`, message });
  }
  return failing.length ? failing : undefined;
}
