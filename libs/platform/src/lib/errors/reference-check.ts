import {
  findMunicipality,
  findPenitentiaryInstitution,
  findQualification,
  findRegion,
  Municipality,
  Qualification,
} from '@bridge/reference-data';
import { DomainProblem } from './domain-problem.exception';
import { FieldError } from './problem.model';

/**
 * 422 naming every field that refers to something unknown. One unknown reference reads as
 * `UnprocessableProblem` does (its message is the detail), so a single mistake answers as before.
 */
export class UnknownReferencesProblem extends DomainProblem {
  readonly code = 'unprocessable';

  constructor(errors: readonly FieldError[]) {
    super(
      errors.length === 1
        ? errors[0].message
        : `Unknown references: ${[...new Set(errors.map((e) => e.field))].join(', ')}`,
      errors,
    );
  }
}

/**
 * Checks the references of one request against the reference data and the service's own rows,
 * collecting every unknown one, and hands back the canonical codes (`am18` → `AM18`).
 * `assertAllKnown()` then answers one 422 naming each bad field by its path
 * (`requiredQualifications.1`), so a caller fixes them all at once.
 */
export class ReferenceCheck {
  private readonly errors: FieldError[] = [];

  municipality(field: string, code: string): Municipality | undefined {
    const municipality = findMunicipality(code);
    if (!municipality) this.unknown(field, `Unknown municipality: ${code}`);
    return municipality;
  }

  qualification(field: string, crebo: string, kind = 'crebo'): Qualification | undefined {
    const qualification = findQualification(crebo);
    if (!qualification) this.unknown(field, `Unknown ${kind}: ${crebo}`);
    return qualification;
  }

  qualifications(field: string, crebos: readonly string[], kind = 'crebo'): string[] {
    return this.each(field, crebos, (crebo) => findQualification(crebo)?.crebo, kind);
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

  /** Records an unknown reference the service found itself (an employer, a covenant, a candidate). */
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
      if (canonical === undefined) this.unknown(`${field}.${index}`, `Unknown ${kind}: ${code}`);
      return canonical ?? code;
    });
  }
}
