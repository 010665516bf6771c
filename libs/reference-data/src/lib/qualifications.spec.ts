import { UnknownReferenceError } from './errors';
import earlier from './qualifications.earlier.fixture.json';
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

  it('holds the 470 qualifications of the 2015 regeling with unique 5-digit crebo codes, ordered by crebo', () => {
    const crebos = all.map((q) => q.crebo);
    expect(crebos).toHaveLength(470);
    expect(new Set(crebos).size).toBe(crebos.length);
    expect(crebos).toEqual([...crebos].sort());
    for (const crebo of crebos) expect(crebo).toMatch(/^\d{5}$/);
  });

  it('counts 172 dossiers, 18 sectors and the levels of the source', () => {
    const dossiers = new Set(all.map((q) => q.dossierCrebo));
    expect(dossiers.size).toBe(172);
    for (const dossier of dossiers) expect(dossier).toMatch(/^\d{5}$/);
    expect(all.filter((q) => dossiers.has(q.crebo))).toEqual([]);
    const perLevel = [1, 2, 3, 4].map((level) => all.filter((q) => q.level === level).length);
    expect(perLevel).toEqual([12, 126, 154, 178]);
    expect(listSectors()).toHaveLength(18);
    expect(findSector('Zorg en welzijn')).toEqual({
      name: 'Zorg en welzijn',
      code: '79140',
      qualificationCount: 24,
    });
    expect(findSector('79020')?.qualificationCount).toBe(82);
  });

  it('gives each dossier one title and one sector', () => {
    const dossiers = new Map<string, string>();
    for (const q of all) {
      const key = `${q.dossierTitle} | ${q.sector}`;
      expect(dossiers.get(q.dossierCrebo) ?? key).toBe(key);
      dossiers.set(q.dossierCrebo, key);
    }
  });

  it('keeps the 79 rows of the earlier list unchanged, In-Made tags included, and tags no other', () => {
    expect(earlier.qualifications).toHaveLength(79);
    for (const row of earlier.qualifications) expect(findQualification(row.crebo)).toEqual(row);
    const tagged = all.filter((q) => q.inMadeCategories.length > 0).map((q) => q.crebo);
    expect(tagged).toEqual(earlier.qualifications.map((q) => q.crebo));
  });

  it('holds qualifications far from In-Made work too, untagged', () => {
    expect(findQualification('25491')).toMatchObject({
      title: 'Verzorgende IG',
      level: 3,
      sector: 'Zorg en welzijn',
      sectorCode: '79140',
      inMadeCategories: [],
      workshopTypes: [],
    });
    expect(findQualification('25080')?.title).toBe('Betonreparateur');
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
      expect(crebos(searchQualifications({ q: 'LASSER' })).sort()).toEqual([
        '25083',
        '25287',
        '25290',
      ]);
      expect(crebos(searchQualifications({ q: 'bákker' })).sort()).toEqual([
        '25172',
        '25173',
        '25174',
        '25186',
      ]);
      expect(crebos(searchQualifications({ q: 'verzorgende' }))).toContain('25491');
      expect(crebos(searchQualifications({ q: 'allround lasser' }))).toEqual(['25287']);
      expect(searchQualifications({ q: 'lasser metselaar' })).toEqual([]);
      expect(searchQualifications({ q: 'astronaut' })).toEqual([]);
    });

    it('matches a crebo prefix', () => {
      expect(crebos(searchQualifications({ q: '25290' }))).toEqual(['25290']);
      const prefixed = crebos(searchQualifications({ q: '2529' }));
      expect(prefixed.length).toBeGreaterThan(1);
      for (const c of prefixed) expect(c.startsWith('2529')).toBe(true);
      expect(searchQualifications({ q: '3' }).map((q) => q.title)).toEqual(['Schoenhersteller 3']);
      expect(searchQualifications({ q: '9' })).toEqual([]);
    });

    it('filters by sector name or code, and by level and workshop type', () => {
      const horeca = searchQualifications({ sector: 'Horeca en bakkerij' });
      expect(horeca.length).toBeGreaterThan(0);
      for (const q of horeca) expect(q.sector).toBe('Horeca en bakkerij');
      expect(searchQualifications({ sector: '79120' })).toEqual(horeca);
      expect(
        crebos(searchQualifications({ q: 'kok', sector: 'horeca en bakkerij' })).sort(),
      ).toEqual(['25179', '25180', '25182']);
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
