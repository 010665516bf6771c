import { UnknownReferenceError } from './errors';
import { findMunicipality, listMunicipalities, requireMunicipality } from './municipalities';

describe('municipalities', () => {
  it('holds the 342 gemeenten of the 2023+ municipal set, ordered by unique CBS code', () => {
    const codes = listMunicipalities().map((m) => m.code);
    expect(codes).toHaveLength(342);
    expect(new Set(codes).size).toBe(342);
    expect(codes).toEqual([...codes].sort());
    for (const code of codes) expect(code).toMatch(/^GM\d{4}$/);
  });

  it('gives every municipality a name, one of the 12 provinces, a centroid inside NL and a region code', () => {
    const provinces = new Set(listMunicipalities().map((m) => m.province));
    expect(provinces.size).toBe(12);
    for (const m of listMunicipalities()) {
      expect(m.name.trim()).not.toBe('');
      expect(m.lat).toBeGreaterThan(50.7);
      expect(m.lat).toBeLessThan(53.6);
      expect(m.lon).toBeGreaterThan(3.3);
      expect(m.lon).toBeLessThan(7.3);
      expect(m.regionCode).toMatch(/^AM\d{2}$/);
    }
  });

  it('finds a municipality by code, case-insensitively', () => {
    expect(findMunicipality('GM0363')).toMatchObject({
      code: 'GM0363',
      name: 'Amsterdam',
      province: 'Noord-Holland',
      regionCode: 'AM18',
    });
    expect(findMunicipality(' gm0363 ')?.code).toBe('GM0363');
    expect(findMunicipality('GM1980')?.name).toBe('Dijk en Waard');
    expect(findMunicipality('GM0080')?.province).toBe('Fryslân');
  });

  it('returns undefined for unknown or malformed codes', () => {
    expect(findMunicipality('GM9999')).toBeUndefined();
    expect(findMunicipality('0363')).toBeUndefined();
    expect(findMunicipality('')).toBeUndefined();
    // merged away on 2022-01-01 (into Dijk en Waard)
    expect(findMunicipality('GM0398')).toBeUndefined();
  });

  it('requireMunicipality throws a typed UnknownReferenceError naming kind and code', () => {
    expect(requireMunicipality('GM0599').name).toBe('Rotterdam');
    let caught: unknown;
    try {
      requireMunicipality('GM9999');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(UnknownReferenceError);
    expect(caught).toMatchObject({
      kind: 'municipality',
      code: 'GM9999',
      errorCode: 'UNKNOWN_REFERENCE',
      name: 'UnknownReferenceError',
    });
  });

  it('hands out frozen records', () => {
    const m = requireMunicipality('GM0363');
    expect(Object.isFrozen(m)).toBe(true);
    expect(Object.isFrozen(listMunicipalities())).toBe(true);
  });
});
