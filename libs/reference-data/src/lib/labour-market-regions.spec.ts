import { UnknownReferenceError } from './errors';
import {
  findRegion,
  listRegions,
  municipalitiesOfRegion,
  regionOfMunicipality,
  requireRegion,
} from './labour-market-regions';
import { findMunicipality, listMunicipalities } from './municipalities';

describe('labour market regions', () => {
  it('holds the 35 arbeidsmarktregio codes, unique and ordered', () => {
    const codes = listRegions().map((r) => r.code);
    expect(codes).toHaveLength(35);
    expect(new Set(codes).size).toBe(35);
    expect(codes).toEqual([...codes].sort());
    for (const code of codes) expect(code).toMatch(/^AM\d{2}$/);
    // the CBS numbering has gaps
    for (const missing of ['AM04', 'AM16', 'AM31']) expect(findRegion(missing)).toBeUndefined();
  });

  it('puts every municipality in exactly one region, agreeing with Municipality.regionCode', () => {
    const membership = new Map<string, string[]>();
    for (const region of listRegions()) {
      expect(region.municipalityCodes.length).toBeGreaterThan(0);
      for (const code of region.municipalityCodes) {
        membership.set(code, [...(membership.get(code) ?? []), region.code]);
      }
    }
    expect(membership.size).toBe(342);
    for (const m of listMunicipalities()) {
      expect(membership.get(m.code)).toEqual([m.regionCode]);
    }
    for (const code of membership.keys()) expect(findMunicipality(code)).toBeDefined();
  });

  it('knows the region of a municipality, including cross-province memberships', () => {
    expect(regionOfMunicipality('GM0363')).toMatchObject({
      code: 'AM18',
      name: 'Groot Amsterdam',
    });
    expect(regionOfMunicipality('GM0599')?.name).toBe('Rijnmond');
    expect(regionOfMunicipality('GM0106')?.name).toBe('Groningen'); // Assen (Drenthe)
    expect(regionOfMunicipality('GM0050')?.name).toBe('Veluwe Stedendriehoek'); // Zeewolde (Flevoland)
    expect(regionOfMunicipality('gm0518')?.code).toBe('AM21');
    expect(regionOfMunicipality('GM9999')).toBeUndefined();
  });

  it('finds and requires regions by code', () => {
    expect(findRegion('am22')?.name).toBe('Rijnmond');
    expect(requireRegion('AM38').name).toBe('FoodValley');
    expect(() => requireRegion('AM99')).toThrow(UnknownReferenceError);
    expect(() => requireRegion('AM99')).toThrow(
      expect.objectContaining({ kind: 'labour-market-region', code: 'AM99' }),
    );
  });

  it('lists the municipalities of a region', () => {
    const names = municipalitiesOfRegion('AM35').map((m) => m.name);
    expect(names.sort()).toEqual(['Gorinchem', 'Molenlanden', 'Vijfheerenlanden']);
    expect(() => municipalitiesOfRegion('AM04')).toThrow(UnknownReferenceError);
  });
});
