import { Transform } from 'class-transformer';
import { ValidateBy } from 'class-validator';
import { findPenitentiaryInstitution, findRegion, findSector } from '@bridge/reference-data';

/**
 * Query filters naming a reference code: canonicalised (`am18` → `AM18`) and rejected with a 400
 * naming the parameter when unknown, in every service alike. (A body naming an unknown reference
 * is a 422 instead: there the code refers to something the write would depend on.)
 */
export function IsKnownRegionFilter(): PropertyDecorator {
  return knownCode(
    (code) => findRegion(code)?.code,
    'isKnownRegion',
    'must be a known labour market region code, e.g. AM18',
  );
}

export function IsKnownPiFilter(): PropertyDecorator {
  return knownCode(
    (code) => findPenitentiaryInstitution(code)?.code,
    'isKnownPi',
    'must be a known penitentiary institution code, e.g. PI-VUGHT',
  );
}

/** A sector (opleidingsdomein) by name or code; canonicalised to its name (not every sector has a code). */
export function IsKnownSectorFilter(): PropertyDecorator {
  return knownCode(
    (nameOrCode) => findSector(nameOrCode)?.name,
    'isKnownSector',
    'must be a known sector name or code',
  );
}

function knownCode(
  find: (code: string) => string | undefined,
  name: string,
  message: string,
): PropertyDecorator {
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
