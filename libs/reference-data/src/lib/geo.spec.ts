import { UnknownReferenceError } from './errors';
import { distanceKm, haversineKm, municipalitiesWithinKm } from './geo';
import { listMunicipalities } from './municipalities';

describe('geo', () => {
  it('measures Amsterdam - Rotterdam at about 57 km between centroids', () => {
    expect(distanceKm('GM0363', 'GM0599')).toBeGreaterThan(54);
    expect(distanceKm('GM0363', 'GM0599')).toBeLessThan(60);
  });

  it('is symmetric, zero for the same municipality and case-insensitive', () => {
    expect(distanceKm('GM0363', 'GM0363')).toBe(0);
    expect(distanceKm('GM0599', 'GM0363')).toBeCloseTo(distanceKm('GM0363', 'GM0599'), 9);
    expect(distanceKm('gm0363', 'gm0599')).toBeCloseTo(distanceKm('GM0363', 'GM0599'), 9);
  });

  it('gives plausible long distances (Groningen - Maastricht ~ 260 km)', () => {
    const d = distanceKm('GM0014', 'GM0935');
    expect(d).toBeGreaterThan(240);
    expect(d).toBeLessThan(280);
  });

  it('matches a textbook haversine value', () => {
    // one degree of latitude ~ 111.2 km
    expect(haversineKm({ lat: 52, lon: 5 }, { lat: 53, lon: 5 })).toBeCloseTo(111.2, 1);
  });

  it('throws UnknownReferenceError for an unknown municipality', () => {
    expect(() => distanceKm('GM0363', 'GM9999')).toThrow(
      expect.objectContaining({ kind: 'municipality', code: 'GM9999' }),
    );
    expect(() => municipalitiesWithinKm('GM9999', 10)).toThrow(UnknownReferenceError);
  });

  it('lists municipalities within a radius, nearest first, the origin included', () => {
    const near = municipalitiesWithinKm('GM0363', 20);
    expect(near[0]).toEqual({
      municipality: expect.objectContaining({ code: 'GM0363' }),
      distanceKm: 0,
    });
    const codes = near.map((d) => d.municipality.code);
    expect(codes).toContain('GM0362'); // Amstelveen
    expect(codes).not.toContain('GM0599'); // Rotterdam
    for (let i = 1; i < near.length; i++) {
      expect(near[i].distanceKm).toBeGreaterThanOrEqual(near[i - 1].distanceKm);
      expect(near[i].distanceKm).toBeLessThanOrEqual(20);
    }
    expect(municipalitiesWithinKm('GM0363', 0).map((d) => d.municipality.code)).toEqual(['GM0363']);
    const all = municipalitiesWithinKm('GM0363', 1000);
    expect(all).toHaveLength(listMunicipalities().length);
  });

  it('agrees with distanceKm and includes the boundary', () => {
    const d = distanceKm('GM0363', 'GM0599');
    const within = municipalitiesWithinKm('GM0363', d).map((x) => x.municipality.code);
    expect(within).toContain('GM0599');
  });

  it('rejects a negative or non-finite radius', () => {
    expect(() => municipalitiesWithinKm('GM0363', -1)).toThrow(RangeError);
    expect(() => municipalitiesWithinKm('GM0363', Number.NaN)).toThrow(RangeError);
  });
});
