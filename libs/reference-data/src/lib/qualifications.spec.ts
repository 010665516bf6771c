import { UnknownReferenceError } from './errors';
import {
  ENTREE_SECTOR,
  findQualification,
  findSector,
  listQualifications,
  listSectors,
  requireQualification,
  requireSector,
  searchQualifications,
} from './qualifications';

describe('qualifications', () => {
  const all = listQualifications();

  it('holds 79 qualifications with unique 5-digit crebo codes, ordered by crebo', () => {
    const crebos = all.map((q) => q.crebo);
    expect(crebos).toHaveLength(79);
    expect(new Set(crebos).size).toBe(crebos.length);
    expect(crebos).toEqual([...crebos].sort());
    for (const crebo of crebos) expect(crebo).toMatch(/^\d{5}$/);
  });

  it('uses level 1 for Entree only, with sector Entree and no sector code', () => {
    for (const q of all) {
      expect([1, 2, 3, 4]).toContain(q.level);
      expect(q.levelLabel).toBe(q.level === 1 ? 'Entree' : `niveau ${q.level}`);
      expect(q.sector === ENTREE_SECTOR).toBe(q.level === 1);
      expect(q.sectorCode === null).toBe(q.level === 1);
      expect(q.title.trim()).not.toBe('');
      expect(q.learningPaths.length).toBeGreaterThan(0);
    }
  });

  it('finds a qualification by crebo', () => {
    expect(findQualification('25290')).toMatchObject({
      title: 'Basislasser',
      level: 2,
      sector: 'Techniek en procesindustrie',
      sectorCode: '79020',
      dossierCrebo: '23118',
      workshopTypes: ['metal'],
    });
    expect(findQualification('25251')).toMatchObject({
      level: 1,
      sector: 'Entree',
      inMadeCategories: ['wasserij', 'schoonmaak'],
      workshopTypes: ['laundry', 'cleaning'],
    });
    expect(findQualification(' 25290 ')?.crebo).toBe('25290');
  });

  it('does not take a dossier crebo or malformed code for a qualification', () => {
    expect(findQualification('23118')).toBeUndefined(); // dossier Metaalbewerken
    expect(findQualification('2529')).toBeUndefined();
    expect(findQualification('')).toBeUndefined();
    expect(() => requireQualification('99999')).toThrow(UnknownReferenceError);
    expect(() => requireQualification('99999')).toThrow(
      expect.objectContaining({ kind: 'qualification', code: '99999' }),
    );
  });

  describe('listSectors', () => {
    it('lists every sector once, each with the qualifications counted', () => {
      const sectors = listSectors();
      expect(new Set(sectors.map((s) => s.name)).size).toBe(sectors.length);
      expect(sectors.reduce((n, s) => n + s.qualificationCount, 0)).toBe(all.length);
      expect(sectors.map((s) => s.name)).toEqual(
        expect.arrayContaining(['Entree', 'Horeca en bakkerij', 'Bouw en infra']),
      );
      for (const q of all) expect(sectors.some((s) => s.name === q.sector)).toBe(true);
    });

    it('finds a sector by name (case/diacritic-insensitive) or by code', () => {
      expect(findSector('horeca EN bakkerij')?.code).toBe('79120');
      expect(findSector('79120')?.name).toBe('Horeca en bakkerij');
      expect(findSector('entrée')?.name).toBe('Entree');
      expect(findSector('Horeca')).toBeUndefined();
      expect(() => requireSector('Ruimtevaart')).toThrow(
        expect.objectContaining({ kind: 'sector' }),
      );
    });
  });

  describe('searchQualifications', () => {
    const crebos = (qs: { crebo: string }[]): string[] => qs.map((q) => q.crebo);

    it('returns everything, ordered by title, without criteria', () => {
      const result = searchQualifications();
      expect(result).toHaveLength(all.length);
      expect(searchQualifications({ q: '   ' })).toHaveLength(all.length);
      const titles = result.map((q) => q.title);
      expect(titles).toEqual(
        [...titles].sort((a, b) => a.localeCompare(b, 'nl', { sensitivity: 'base' })),
      );
    });

    it('matches title words case- and diacritic-insensitively', () => {
      expect(crebos(searchQualifications({ q: 'LASSER' })).sort()).toEqual(['25287', '25290']);
      expect(crebos(searchQualifications({ q: 'bákker' })).sort()).toEqual(['25173', '25174']);
      expect(crebos(searchQualifications({ q: 'allround lasser' }))).toEqual(['25287']);
      expect(searchQualifications({ q: 'lasser metselaar' })).toEqual([]);
      expect(searchQualifications({ q: 'astronaut' })).toEqual([]);
    });

    it('matches a crebo prefix', () => {
      expect(crebos(searchQualifications({ q: '25290' }))).toEqual(['25290']);
      const prefixed = crebos(searchQualifications({ q: '2529' }));
      expect(prefixed.length).toBeGreaterThan(1);
      for (const c of prefixed) expect(c.startsWith('2529')).toBe(true);
      expect(searchQualifications({ q: '3' })).toEqual([]);
    });

    it('filters by sector name or code, and by level and workshop type', () => {
      const horeca = searchQualifications({ sector: 'Horeca en bakkerij' });
      expect(horeca.length).toBeGreaterThan(0);
      for (const q of horeca) expect(q.sector).toBe('Horeca en bakkerij');
      expect(searchQualifications({ sector: '79120' })).toEqual(horeca);
      expect(
        crebos(searchQualifications({ q: 'kok', sector: 'horeca en bakkerij' })).sort(),
      ).toEqual(['25180', '25182']);
      expect(searchQualifications({ sector: 'Ruimtevaart' })).toEqual([]);

      const entree = searchQualifications({ level: 1 });
      expect(entree.length).toBeGreaterThan(0);
      for (const q of entree) expect(q.sector).toBe('Entree');

      expect(crebos(searchQualifications({ workshopType: 'bicycle-repair' })).sort()).toEqual([
        '25230',
        '25231',
        '25255',
      ]);
    });
  });
});
