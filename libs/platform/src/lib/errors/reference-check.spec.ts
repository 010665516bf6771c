import { ReferenceCheck, UnknownReferencesProblem } from './reference-check';

function thrownBy(check: ReferenceCheck): UnknownReferencesProblem {
  try {
    check.assertAllKnown();
  } catch (error) {
    return error as UnknownReferencesProblem;
  }
  throw new Error('every reference was known');
}

describe('ReferenceCheck', () => {
  it('hands back canonical codes when every reference is known', () => {
    const check = new ReferenceCheck();
    expect(check.municipality('municipalityCode', 'gm0363')?.code).toBe('GM0363');
    expect(check.regions('regionCodes', ['am18', 'AM26'])).toEqual(['AM18', 'AM26']);
    expect(check.penitentiaryInstitutions('piCodes', [' pi-vught '])).toEqual(['PI-VUGHT']);
    expect(check.qualifications('requiredQualifications', ['25007 '])).toEqual(['25007']);
    expect(() => check.assertAllKnown()).not.toThrow();
  });

  it('names unknown regions and institutions by their place in the list', () => {
    const check = new ReferenceCheck();
    check.regions('regionCodes', ['AM18', 'AM99']);
    check.penitentiaryInstitutions('piCodes', ['PI-NOWHERE']);
    expect(thrownBy(check).errors).toEqual([
      { field: 'regionCodes.1', message: 'Unknown labour market region: AM99' },
      { field: 'piCodes.0', message: 'Unknown penitentiary institution: PI-NOWHERE' },
    ]);
  });

  it('hands back the reference data when every reference is known', () => {
    const check = new ReferenceCheck();
    expect(check.qualification('crebo', '25290')?.title).toBe('Basislasser');
    expect(check.municipality('municipalityCode', 'GM0796')?.regionCode).toBe('AM27');
    check.qualifications('entryRequirements.requiredQualifications', ['25290'], 'qualification');
    expect(() => check.assertAllKnown()).not.toThrow();
  });

  it('names every unknown reference by its field path in one 422', () => {
    const check = new ReferenceCheck();
    check.unknown('covenantId', 'Unknown covenant: x');
    check.qualification('crebo', '99999');
    check.municipality('municipalityCode', 'GM9999');
    check.qualifications(
      'entryRequirements.requiredQualifications',
      ['25290', '99998'],
      'required qualification',
    );
    const problem = thrownBy(check);
    expect(problem).toBeInstanceOf(UnknownReferencesProblem);
    expect(problem.code).toBe('unprocessable');
    expect(problem.errors).toEqual([
      { field: 'covenantId', message: 'Unknown covenant: x' },
      { field: 'crebo', message: 'Unknown crebo: 99999' },
      { field: 'municipalityCode', message: 'Unknown municipality: GM9999' },
      {
        field: 'entryRequirements.requiredQualifications.1',
        message: 'Unknown required qualification: 99998',
      },
    ]);
    expect(problem.detail).toBe(
      'Unknown references: covenantId, crebo, municipalityCode, entryRequirements.requiredQualifications.1',
    );
  });

  it('answers one unknown reference as the platform does: its message is the detail', () => {
    const check = new ReferenceCheck();
    check.qualification('crebo', '99999');
    const problem = thrownBy(check);
    expect(problem.detail).toBe('Unknown crebo: 99999');
    expect(problem.errors).toEqual([{ field: 'crebo', message: 'Unknown crebo: 99999' }]);
  });
});
