import { UnknownReferenceError } from './errors';
import { findQualification, listQualifications, listSectors } from './qualifications';
import {
  findWorkshopType,
  isWorkshopTypeCode,
  listWorkshopTypes,
  requireWorkshopType,
  WORKSHOP_TYPE_CODES,
} from './workshop-types';

describe('workshop types', () => {
  const all = listWorkshopTypes();

  it('has exactly the declared codes, including the kinds the design names', () => {
    expect(all.map((t) => t.code)).toEqual([...WORKSHOP_TYPE_CODES]);
    for (const code of ['wood', 'metal', 'sewing', 'laundry', 'bakery', 'bicycle-repair']) {
      expect(isWorkshopTypeCode(code)).toBe(true);
    }
  });

  it('gives each type a Dutch label and related qualifications and sectors that exist', () => {
    const sectorNames = new Set(listSectors().map((s) => s.name));
    for (const t of all) {
      expect(t.label.trim()).not.toBe('');
      expect(t.qualificationCrebos.length).toBeGreaterThan(0);
      for (const crebo of t.qualificationCrebos) {
        expect(findQualification(crebo)?.workshopTypes).toContain(t.code);
      }
      for (const sector of t.sectors) expect(sectorNames.has(sector)).toBe(true);
      const derivedSectors = new Set(
        t.qualificationCrebos.map((c) => findQualification(c)?.sector),
      );
      expect(new Set(t.sectors)).toEqual(derivedSectors);
    }
  });

  it('is the inverse of Qualification.workshopTypes', () => {
    for (const q of listQualifications()) {
      for (const code of q.workshopTypes) {
        expect(requireWorkshopType(code).qualificationCrebos).toContain(q.crebo);
      }
    }
  });

  it('maps the design kinds onto the expected qualifications', () => {
    expect(findWorkshopType('bakery')).toMatchObject({
      label: 'Bakkerij',
      sourceCategory: 'bakkerij',
    });
    expect(findWorkshopType('bakery')?.qualificationCrebos).toEqual(
      expect.arrayContaining(['25173', '25174']),
    );
    expect(findWorkshopType('metal')?.qualificationCrebos).toContain('25290');
    expect(findWorkshopType('laundry')?.note).toMatch(/closest match/);
  });

  it('rejects unknown codes', () => {
    expect(findWorkshopType('knitting')).toBeUndefined();
    expect(isWorkshopTypeCode('Wood')).toBe(false);
    expect(() => requireWorkshopType('knitting')).toThrow(UnknownReferenceError);
    expect(() => requireWorkshopType('knitting')).toThrow(
      expect.objectContaining({ kind: 'workshop-type', code: 'knitting' }),
    );
  });
});
