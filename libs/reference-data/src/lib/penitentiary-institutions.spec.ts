import { UnknownReferenceError } from './errors';
import { findRegion } from './labour-market-regions';
import { findMunicipality } from './municipalities';
import {
  findPenitentiaryInstitution,
  listPenitentiaryInstitutions,
  requirePenitentiaryInstitution,
} from './penitentiary-institutions';

/** Codes are an external contract (stored on candidates, covenants, tokens): they must never change. */
const PINNED_CODES: Record<string, string> = {
  'PI-VUGHT': 'PI Vught',
  'PI-HAAGLANDEN': 'PI Haaglanden',
  'PI-UTRECHT-NIEUWERSLUIS': 'PI Utrecht locatie Nieuwersluis',
  'PI-KRIMPEN-AAN-DEN-IJSSEL': 'PI Krimpen aan den IJssel',
  'PI-ZUID-OOST': 'PI Zuid-Oost',
  'PI-TER-APEL': 'PI Ter Apel',
  'JC-ZAANSTAD': 'Justitieel Complex Zaanstad',
  'JC-SCHIPHOL': 'Justitieel Complex Schiphol',
};

describe('penitentiary institutions', () => {
  const all = listPenitentiaryInstitutions();

  it('holds 23 institutions with unique, well-formed codes, ordered by code', () => {
    const codes = all.map((i) => i.code);
    expect(codes).toHaveLength(23);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes).toEqual([...codes].sort());
    for (const i of all) {
      expect(i.code).toMatch(/^(PI|JC)-[A-Z0-9]+(-[A-Z0-9]+)*$/);
      expect(i.code.startsWith(`${i.kind}-`)).toBe(true);
      expect(i.code.length).toBeLessThanOrEqual(40); // contracts: piCode max 40
    }
  });

  it('keeps the pinned codes stable', () => {
    for (const [code, name] of Object.entries(PINNED_CODES)) {
      expect(findPenitentiaryInstitution(code)?.name).toBe(name);
    }
  });

  it('derives every code from the name by the documented rule', () => {
    const rule = (name: string): string => {
      const [prefix, rest] = name.startsWith('PI ')
        ? ['PI', name.slice(3)]
        : ['JC', name.slice('Justitieel Complex '.length)];
      const slug = rest
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .toUpperCase()
        .split(/[^A-Z0-9]+/)
        .filter((w) => w && w !== 'LOCATIE')
        .join('-');
      return `${prefix}-${slug}`;
    };
    for (const i of all) expect(i.code).toBe(rule(i.name));
  });

  it('places every institution and location in a known municipality and its region', () => {
    for (const i of all) {
      const municipality = findMunicipality(i.municipalityCode);
      expect(municipality).toBeDefined();
      expect(i.regionCode).toBe(municipality?.regionCode);
      expect(findRegion(i.regionCode)).toBeDefined();
      expect(i.locations.length).toBeGreaterThan(0);
      expect(i.locations[0]).toMatchObject({
        municipalityCode: i.municipalityCode,
        regionCode: i.regionCode,
        status: 'active',
      });
      for (const l of i.locations) {
        expect(findMunicipality(l.municipalityCode)?.regionCode).toBe(l.regionCode);
      }
    }
  });

  it('takes the main location of a multi-location PI and flags unconfirmed locations', () => {
    const haaglanden = requirePenitentiaryInstitution('PI-HAAGLANDEN');
    expect(haaglanden.municipalityCode).toBe('GM0518'); // Den Haag (Scheveningen)
    expect(haaglanden.locations.map((l) => [l.municipalityCode, l.status])).toEqual([
      ['GM0518', 'active'],
      ['GM0637', 'unverified'], // Zoetermeer
    ]);
    const zuidOost = requirePenitentiaryInstitution('PI-ZUID-OOST');
    expect(zuidOost).toMatchObject({
      municipalityCode: 'GM0957',
      regionCode: 'AM33',
    });
    expect(zuidOost.locations[1]).toMatchObject({
      municipalityCode: 'GM1507',
      regionCode: 'AM29',
      status: 'unverified',
    });
    expect(requirePenitentiaryInstitution('PI-VEENHUIZEN').locations).toHaveLength(3);
  });

  it('flags institutions whose current operation no recent source confirms', () => {
    const unverified = all.filter((i) => i.status === 'unverified').map((i) => i.code);
    expect(unverified).toEqual(['PI-KRIMPEN-AAN-DEN-IJSSEL', 'PI-LEEUWARDEN', 'PI-ROTTERDAM']);
  });

  it('has no code for closed or unfound institutions', () => {
    for (const code of [
      'PI-ALMERE',
      'PI-FLEVOLAND-ALMERE',
      'PI-LIMBURG-ZUID-OVERMAZE',
      'PI-BRABANT-ZUID-OOST',
      'PI-AMSTERDAM',
    ]) {
      expect(findPenitentiaryInstitution(code)).toBeUndefined();
    }
  });

  it('looks codes up case-insensitively and rejects unknown codes with a typed error', () => {
    expect(findPenitentiaryInstitution('pi-vught')?.code).toBe('PI-VUGHT');
    expect(findPenitentiaryInstitution('PI Vught')).toBeUndefined();
    expect(() => requirePenitentiaryInstitution('PI-NERGENS')).toThrow(UnknownReferenceError);
    expect(() => requirePenitentiaryInstitution('PI-NERGENS')).toThrow(
      expect.objectContaining({
        kind: 'penitentiary-institution',
        code: 'PI-NERGENS',
      }),
    );
  });
});
