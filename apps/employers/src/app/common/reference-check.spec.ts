import { ReferenceCheck } from './reference-check';
import { UnknownReferencesProblem } from './problems';

describe('ReferenceCheck', () => {
  it('hands back canonical codes when every reference is known', () => {
    const check = new ReferenceCheck();
    expect(check.municipality('municipalityCode', 'gm0363')?.code).toBe('GM0363');
    expect(check.regions('regionCodes', ['am18', 'AM26'])).toEqual(['AM18', 'AM26']);
    expect(check.penitentiaryInstitutions('piCodes', [' pi-vught '])).toEqual(['PI-VUGHT']);
    expect(check.qualifications('requiredQualifications', ['25007 '])).toEqual(['25007']);
    expect(() => check.assertAllKnown()).not.toThrow();
  });

  it('names every unknown reference by its field path in one 422', () => {
    const check = new ReferenceCheck();
    check.municipality('municipalityCode', 'GM9999');
    check.qualifications('requiredQualifications', ['25007', '99999']);
    check.regions('regionCodes', ['AM04']);
    check.unknown('covenantId', 'unknown covenant "x"');
    let thrown: unknown;
    try {
      check.assertAllKnown();
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(UnknownReferencesProblem);
    expect((thrown as UnknownReferencesProblem).code).toBe('unprocessable');
    expect((thrown as UnknownReferencesProblem).errors?.map((e) => e.field)).toEqual([
      'municipalityCode',
      'requiredQualifications.1',
      'regionCodes.0',
      'covenantId',
    ]);
  });
});
