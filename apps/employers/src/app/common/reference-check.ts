import {
  findMunicipality,
  findPenitentiaryInstitution,
  findQualification,
  findRegion,
  Municipality,
} from '@bridge/reference-data';
import { FieldError } from '@bridge/platform';
import { UnknownReferencesProblem } from './problems';

/**
 * Checks the codes of one request against the reference data, collecting every unknown one, and
 * hands back the canonical codes (`am18` → `AM18`). `assertAllKnown()` then answers one 422 that
 * names each bad field (`requiredQualifications.1`).
 */
export class ReferenceCheck {
  private readonly errors: FieldError[] = [];

  municipality(field: string, code: string): Municipality | undefined {
    const municipality = findMunicipality(code);
    if (!municipality) this.unknown(field, `unknown municipality ${JSON.stringify(code)}`);
    return municipality;
  }

  regions(field: string, codes: readonly string[]): string[] {
    return this.each(field, codes, (code) => findRegion(code)?.code, 'labour market region');
  }

  penitentiaryInstitutions(field: string, codes: readonly string[]): string[] {
    return this.each(
      field,
      codes,
      (code) => findPenitentiaryInstitution(code)?.code,
      'penitentiary institution',
    );
  }

  qualifications(field: string, crebos: readonly string[]): string[] {
    return this.each(field, crebos, (crebo) => findQualification(crebo)?.crebo, 'crebo code');
  }

  /** Records an unknown reference found elsewhere (e.g. an employer id). */
  unknown(field: string, message: string): void {
    this.errors.push({ field, message });
  }

  assertAllKnown(): void {
    if (this.errors.length > 0) throw new UnknownReferencesProblem(this.errors);
  }

  private each(
    field: string,
    codes: readonly string[],
    find: (code: string) => string | undefined,
    kind: string,
  ): string[] {
    return codes.map((code, index) => {
      const canonical = find(code);
      if (canonical === undefined)
        this.unknown(`${field}.${index}`, `unknown ${kind} ${JSON.stringify(code)}`);
      return canonical ?? code;
    });
  }
}
