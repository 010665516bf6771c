import { Transform } from 'class-transformer';
import { ValidateBy } from 'class-validator';
import { findPenitentiaryInstitution, findRegion } from '@bridge/reference-data';

/**
 * Query filters naming a region or PI: canonicalised (`am18` → `AM18`) and rejected with 400 when
 * unknown. (Bodies name unknown references with 422 instead; see ReferenceCheck.)
 */
export function IsKnownRegionFilter(): PropertyDecorator {
  return knownCode((code) => findRegion(code)?.code, 'isKnownRegion', 'must be a known labour market region code, e.g. AM18');
}

export function IsKnownPiFilter(): PropertyDecorator {
  return knownCode(
    (code) => findPenitentiaryInstitution(code)?.code,
    'isKnownPi',
    'must be a known penitentiary institution code, e.g. PI-VUGHT',
  );
}

function knownCode(find: (code: string) => string | undefined, name: string, message: string): PropertyDecorator {
  const transform = Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' ? (find(value) ?? value) : value,
  );
  const validate = ValidateBy({
    name,
    validator: {
      validate: (value: unknown) => typeof value === 'string' && find(value) === value,
      defaultMessage: () => `$property ${message}`,
    },
  });
  return (target, key) => {
    transform(target, key);
    validate(target, key);
  };
}
