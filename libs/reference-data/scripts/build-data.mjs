#!/usr/bin/env node
/**
 * Builds the checked-in data files of @bridge/reference-data from the compiled public facts in
 * ../shared/reference (relative to the repository root). The transformation is deliberately small
 * and deterministic (no timestamps), so a regenerated file only differs when the source changed.
 *
 *   node libs/reference-data/scripts/build-data.mjs [sourceDir] [--check] [--allow-removed-pi-codes]
 *
 *   sourceDir                 folder holding municipalities.json, labour-market-regions.json,
 *                             prisons.json, qualifications.json (default: <repo>/../shared/reference)
 *   --check                   write nothing; exit 1 if a checked-in file differs from what would be built
 *   --allow-removed-pi-codes  accept that a PI code present in the checked-in file disappears
 *                             (PI codes are meant to be stable; see README.md)
 *
 * Every cross-reference is checked; the script fails loudly instead of writing inconsistent data.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const SCRIPT_DIR = dirname(fileURLToPath(import.meta.url));
const LIB_DIR = resolve(SCRIPT_DIR, '..');
const REPO_ROOT = resolve(LIB_DIR, '../..');
const OUT_DIR = join(LIB_DIR, 'src/data');
const GENERATED_BY = 'libs/reference-data/scripts/build-data.mjs';

// ---------------------------------------------------------------------------------------------
// Editorial decisions (ours, not from a source). Reviewed in README.md.
// ---------------------------------------------------------------------------------------------

/**
 * PI code rule: a type prefix derived from the start of the name ("PI " -> PI, "Justitieel
 * Complex " -> JC), then the rest of the name upper-cased, diacritics removed, the word "locatie"
 * dropped and every run of other characters turned into one hyphen.
 *   "PI Vught" -> PI-VUGHT, "PI Utrecht locatie Nieuwersluis" -> PI-UTRECHT-NIEUWERSLUIS,
 *   "Justitieel Complex Schiphol" -> JC-SCHIPHOL.
 * Once issued a code never changes. If DJI renames an institution, pin the old code here
 * (source name -> code) instead of letting the rule mint a new one.
 */
const PI_CODE_OVERRIDES = {};

const PI_NAME_PREFIXES = [
  { prefix: 'PI ', kind: 'PI' },
  { prefix: 'Justitieel Complex ', kind: 'JC' },
];

/**
 * Institutions in prisons.json whose *current* operation no source confirmed (SOURCES.md:
 * "existence confirmed, current operation not confirmed in a recent source"). They stay valid
 * codes, flagged status "unverified". Locations carrying their own `status` are flagged the same way.
 */
const UNVERIFIED_PIS = ['PI Rotterdam', 'PI Leeuwarden', 'PI Krimpen aan den IJssel'];

/**
 * In-Made workshop types: our own list. Each maps onto one editorial `inmade_categories` tag of
 * qualifications.json; the related crebos and sectors are derived from those tags.
 */
const WORKSHOP_TYPES = [
  { code: 'wood', label: 'Houtbewerking', category: 'hout' },
  { code: 'metal', label: 'Metaalbewerking', category: 'metaal' },
  { code: 'sewing', label: 'Naaiatelier', category: 'textiel' },
  {
    code: 'laundry',
    label: 'Wasserij',
    category: 'wasserij',
    note: 'Geen wasserij-specifieke kwalificatie in de bron; de gekoppelde kwalificaties zijn de dichtstbijzijnde (closest match).',
  },
  { code: 'bakery', label: 'Bakkerij', category: 'bakkerij' },
  {
    code: 'bicycle-repair',
    label: 'Fietsenwerkplaats',
    category: 'fietstechniek',
  },
  {
    code: 'assembly-packaging',
    label: 'Productie, montage en verpakking',
    category: 'productie',
  },
  { code: 'kitchen', label: 'Keuken en horeca', category: 'horeca' },
  { code: 'green', label: 'Groen en tuin', category: 'groen' },
  { code: 'cleaning', label: 'Schoonmaak', category: 'schoonmaak' },
  { code: 'logistics', label: 'Logistiek en magazijn', category: 'logistiek' },
  { code: 'construction', label: 'Bouw en afbouw', category: 'bouw' },
  {
    code: 'maintenance',
    label: 'Onderhoud en klussendienst',
    category: 'onderhoud',
  },
  { code: 'retail', label: 'Winkel en verkoop', category: 'retail' },
];

/** Qualifications without an opleidingsdomein (the Entree profiles) get this sector. */
const ENTREE_SECTOR = 'Entree';

// ---------------------------------------------------------------------------------------------

function parseArgs(argv) {
  const flags = new Set(argv.filter((a) => a.startsWith('--')));
  const known = new Set(['--check', '--allow-removed-pi-codes']);
  for (const f of flags) if (!known.has(f)) fail(`unknown option ${f}`);
  const positional = argv.filter((a) => !a.startsWith('--'));
  if (positional.length > 1) fail('at most one source folder may be given');
  const sourceDir = positional[0]
    ? resolve(process.cwd(), positional[0])
    : resolve(REPO_ROOT, '../shared/reference');
  return {
    sourceDir,
    check: flags.has('--check'),
    allowRemovedPiCodes: flags.has('--allow-removed-pi-codes'),
  };
}

function fail(message) {
  console.error(`build-data: ${message}`);
  process.exit(1);
}

function assert(condition, message) {
  if (!condition) fail(message);
}

function readSource(sourceDir, file) {
  const path = join(sourceDir, file);
  assert(existsSync(path), `missing source file ${path}`);
  const text = readFileSync(path, 'utf8');
  return {
    json: JSON.parse(text),
    sha256: createHash('sha256').update(text).digest('hex'),
  };
}

function meta(description, sourceFile, sha256, extra = {}) {
  return {
    description,
    source: `../shared/reference/${sourceFile}`,
    sourceSha256: sha256,
    sources: 'libs/reference-data/SOURCES.md',
    generatedBy: GENERATED_BY,
    ...extra,
  };
}

const byCode = (a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);

function stripDiacritics(s) {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

function piCodeFor(name) {
  if (PI_CODE_OVERRIDES[name]) return { code: PI_CODE_OVERRIDES[name], kind: kindOf(name) };
  const kind = kindOf(name);
  const rest = name.slice(PI_NAME_PREFIXES.find((p) => p.kind === kind).prefix.length);
  const slug = stripDiacritics(rest)
    .toUpperCase()
    .split(/[^A-Z0-9]+/)
    .filter((w) => w && w !== 'LOCATIE')
    .join('-');
  assert(slug, `cannot derive a code from "${name}"`);
  return { code: `${kind}-${slug}`, kind };
}

function kindOf(name) {
  const match = PI_NAME_PREFIXES.find((p) => name.startsWith(p.prefix));
  assert(match, `no code rule for institution "${name}" (add a prefix rule or an override)`);
  return match.kind;
}

// ---------------------------------------------------------------------------------------------

function buildMunicipalities(src) {
  const rows = src.json.municipalities;
  assert(rows.length === src.json._meta.count, 'municipality count differs from _meta.count');
  const municipalities = rows
    .map((m) => {
      assert(/^GM\d{4}$/.test(m.code), `bad municipality code ${m.code}`);
      assert(Number.isFinite(m.lat) && Number.isFinite(m.lon), `no centroid for ${m.code}`);
      assert(
        m.lat > 50.7 && m.lat < 53.6 && m.lon > 3.3 && m.lon < 7.3,
        `centroid outside NL: ${m.code}`,
      );
      assert(/^AM\d{2}$/.test(m.labour_market_region_code), `bad region code for ${m.code}`);
      return {
        code: m.code,
        name: m.name,
        province: m.province,
        lat: m.lat,
        lon: m.lon,
        regionCode: m.labour_market_region_code,
      };
    })
    .sort(byCode);
  assert(
    new Set(municipalities.map((m) => m.code)).size === municipalities.length,
    'duplicate municipality code',
  );
  return {
    _meta: meta(
      'Dutch gemeenten (CBS code, name, province, approximate centroid in WGS84 degrees, arbeidsmarktregio code). Trimmed: no polygons, bounding boxes, cbs_name or centroid_method.',
      'municipalities.json',
      src.sha256,
      {
        count: municipalities.length,
        referenceYear: src.json._meta.reference_year,
      },
    ),
    municipalities,
  };
}

function buildRegions(src, municipalities) {
  const muniByCode = new Map(municipalities.map((m) => [m.code, m]));
  const seen = new Map();
  const regions = src.json.regions
    .map((r) => {
      assert(/^AM\d{2}$/.test(r.code), `bad region code ${r.code}`);
      assert(
        r.municipalities.length === r.municipality_count,
        `member count mismatch in ${r.code}`,
      );
      const municipalityCodes = r.municipalities.map((m) => {
        const muni = muniByCode.get(m.code);
        assert(muni, `region ${r.code} lists unknown municipality ${m.code}`);
        assert(
          muni.regionCode === r.code,
          `${m.code} is in ${r.code} here but in ${muni.regionCode} in municipalities.json`,
        );
        assert(!seen.has(m.code), `${m.code} is in both ${seen.get(m.code)} and ${r.code}`);
        seen.set(m.code, r.code);
        return m.code;
      });
      return {
        code: r.code,
        name: r.name,
        municipalityCodes: municipalityCodes.sort(),
      };
    })
    .sort(byCode);
  assert(regions.length === src.json._meta.count, 'region count differs from _meta.count');
  assert(
    seen.size === municipalities.length,
    `${municipalities.length - seen.size} municipalities are in no region`,
  );
  return {
    _meta: meta(
      "The arbeidsmarktregio's with CBS code, short name and member gemeenten. Trimmed: provinces, mean_member_centroid, member names.",
      'labour-market-regions.json',
      src.sha256,
      { count: regions.length },
    ),
    regions,
  };
}

function buildPenitentiaryInstitutions(src, municipalities, previous, allowRemoved) {
  const muniByCode = new Map(municipalities.map((m) => [m.code, m]));
  const names = src.json.prisons.map((p) => p.name);
  for (const n of UNVERIFIED_PIS)
    assert(names.includes(n), `UNVERIFIED_PIS names "${n}", which is not in prisons.json`);

  const institutions = src.json.prisons
    .map((p) => {
      const { code, kind } = piCodeFor(p.name);
      assert(p.locations.length > 0, `${p.name} has no location`);
      const locations = p.locations.map((l) => {
        const muni = muniByCode.get(l.gemeente_code);
        assert(muni, `${p.name} / ${l.location}: unknown gemeente ${l.gemeente_code}`);
        assert(
          muni.regionCode === l.labour_market_region_code,
          `${p.name} / ${l.location}: region ${l.labour_market_region_code} but ${muni.code} is in ${muni.regionCode}`,
        );
        return {
          name: l.location,
          municipalityCode: muni.code,
          regionCode: muni.regionCode,
          status: l.status ? 'unverified' : 'active',
          ...(l.status ? { statusNote: l.status } : {}),
        };
      });
      // The main location is the first one listed in the source; in every multi-location case that is
      // the one whose current use a source confirms.
      const main = locations[0];
      assert(main.status === 'active', `${p.name}: first location is not confirmed`);
      return {
        code,
        kind,
        name: p.name,
        aliases: p.aliases,
        status: UNVERIFIED_PIS.includes(p.name) ? 'unverified' : 'active',
        statusNote: p.status,
        municipalityCode: main.municipalityCode,
        regionCode: main.regionCode,
        locations,
        note: p.notes ?? null,
      };
    })
    .sort(byCode);
  const codes = institutions.map((i) => i.code);
  assert(
    new Set(codes).size === codes.length,
    `duplicate PI code: ${codes.filter((c, i) => codes.indexOf(c) !== i)}`,
  );

  if (previous) {
    const removed = previous.institutions.map((i) => i.code).filter((c) => !codes.includes(c));
    if (removed.length && !allowRemoved) {
      fail(
        `PI codes ${removed.join(', ')} would disappear. If an institution was renamed, pin its code in PI_CODE_OVERRIDES; ` +
          'if it really closed, rerun with --allow-removed-pi-codes.',
      );
    }
  }

  const excluded = src.json.closed_or_unverified.map((c) => c.name);
  return {
    _meta: meta(
      'DJI penitentiaire inrichtingen (adults) and Justitieel Complex Zaanstad/Schiphol with a stable code. municipalityCode/regionCode are those of the main (first, confirmed) location. Trimmed: street addresses, postcodes, sources (see SOURCES.md).',
      'prisons.json',
      src.sha256,
      {
        count: institutions.length,
        codeRule:
          'PI-/JC- prefix from the name ("PI ", "Justitieel Complex "), then the rest of the name upper-cased without diacritics, the word "locatie" dropped, other characters collapsed to "-". Codes never change once issued.',
        unverified:
          'status "unverified": existence confirmed, current operation not confirmed in a recent source. Still a valid code.',
        excludedClosedOrUnverified: excluded,
      },
    ),
    institutions,
  };
}

function buildQualifications(src) {
  const typeByCategory = new Map(WORKSHOP_TYPES.map((t) => [t.category, t.code]));
  const qualifications = src.json.qualifications
    .map((q) => {
      assert(/^\d{5}$/.test(q.crebo), `bad crebo ${q.crebo}`);
      assert([1, 2, 3, 4].includes(q.level), `bad level ${q.level} for ${q.crebo}`);
      const isEntree = q.level === 1;
      assert(
        isEntree === (q.soort_opleiding === 'entreeopleiding'),
        `${q.crebo}: level 1 must be exactly the Entree profiles`,
      );
      assert(
        isEntree === !q.opleidingsdomein_code,
        `${q.crebo}: only Entree profiles lack an opleidingsdomein`,
      );
      const categories = [
        ...new Set((q.inmade_categories ?? []).map((c) => c.replace(/\s*\(closest match\)$/, ''))),
      ];
      for (const c of categories)
        assert(typeByCategory.has(c), `${q.crebo}: inmade category "${c}" has no workshop type`);
      const learningPaths = q.leerweg.split('/').map((s) => s.trim());
      for (const lp of learningPaths)
        assert(lp === 'BOL' || lp === 'BBL', `${q.crebo}: bad leerweg ${q.leerweg}`);
      return {
        crebo: q.crebo,
        title: q.name,
        level: q.level,
        levelLabel: isEntree ? 'Entree' : `niveau ${q.level}`,
        sector: isEntree ? ENTREE_SECTOR : q.opleidingsdomein,
        sectorCode: isEntree ? null : q.opleidingsdomein_code,
        dossierCrebo: q.dossier_crebo,
        dossierTitle: q.dossier,
        learningPaths: learningPaths.sort(),
        professionalRequirements: q.beroepsvereisten ?? null,
        inMadeCategories: categories,
        workshopTypes: categories.map((c) => typeByCategory.get(c)),
        validFrom: q.valid_from_per_source,
      };
    })
    .sort((a, b) => (a.crebo < b.crebo ? -1 : 1));
  const crebos = qualifications.map((q) => q.crebo);
  assert(new Set(crebos).size === crebos.length, 'duplicate crebo');
  const dossierClash = qualifications.filter((q) => crebos.includes(q.dossierCrebo));
  assert(
    !dossierClash.length,
    `dossier crebo equals a kwalificatie crebo: ${dossierClash.map((q) => q.crebo)}`,
  );
  const sectorCodes = new Map();
  for (const q of qualifications) {
    const known = sectorCodes.get(q.sector);
    assert(known === undefined || known === q.sectorCode, `sector "${q.sector}" has two codes`);
    sectorCodes.set(q.sector, q.sectorCode);
  }
  // A dossier is one row group of the source table: one title, one opleidingsdomein.
  const dossiers = new Map();
  for (const q of qualifications) {
    const known = dossiers.get(q.dossierCrebo);
    assert(/^\d{5}$/.test(q.dossierCrebo), `${q.crebo}: bad dossier crebo ${q.dossierCrebo}`);
    assert(
      known === undefined || (known.title === q.dossierTitle && known.sector === q.sector),
      `dossier ${q.dossierCrebo} has two titles or sectors`,
    );
    dossiers.set(q.dossierCrebo, { title: q.dossierTitle, sector: q.sector });
  }
  const levelCounts = Object.fromEntries(
    [1, 2, 3, 4].map((level) => [level, qualifications.filter((q) => q.level === level).length]),
  );
  return {
    _meta: meta(
      'MBO kwalificaties (crebo), every one of the 2015 regeling (Bijlage 1), all levels. sector = opleidingsdomein (Entree profiles: "Entree"). inMadeCategories/workshopTypes are an editorial mapping, not an official In-Made/DJI list; an empty list means "not tagged".',
      'qualifications.json',
      src.sha256,
      {
        count: qualifications.length,
        dossierCount: dossiers.size,
        sectorCount: sectorCodes.size,
        levelCounts,
        taggedCount: qualifications.filter((q) => q.inMadeCategories.length > 0).length,
        completeness: src.json._meta.completeness ?? null,
        caveats: src.json._meta.caveats,
      },
    ),
    qualifications,
  };
}

function buildWorkshopTypes(qualificationsFile, sha256) {
  const { qualifications } = qualificationsFile;
  const workshopTypes = WORKSHOP_TYPES.map((t) => {
    const related = qualifications.filter((q) => q.workshopTypes.includes(t.code));
    assert(related.length > 0, `workshop type ${t.code} has no qualification`);
    return {
      code: t.code,
      label: t.label,
      sourceCategory: t.category,
      sectors: [...new Set(related.map((q) => q.sector))].sort((a, b) => a.localeCompare(b, 'nl')),
      qualificationCrebos: related.map((q) => q.crebo).sort(),
      ...(t.note ? { note: t.note } : {}),
    };
  });
  return {
    _meta: meta(
      'In-Made workshop types: OUR OWN list and mapping (code, Dutch label, the inmade_categories tag of qualifications.json it corresponds to, and the sectors/crebos derived from that tag). Not an official In-Made/DJI list.',
      'qualifications.json',
      sha256,
      { count: workshopTypes.length },
    ),
    workshopTypes,
  };
}

// ---------------------------------------------------------------------------------------------

async function format(json, filePath) {
  const text = JSON.stringify(json, null, 2) + '\n';
  try {
    const prettier = await import('prettier');
    const options = (await prettier.resolveConfig(filePath)) ?? {};
    return await prettier.format(text, { ...options, filepath: filePath });
  } catch (e) {
    if (e && e.code === 'ERR_MODULE_NOT_FOUND') return text;
    throw e;
  }
}

function readPrevious(file) {
  const path = join(OUT_DIR, file);
  return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : undefined;
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  assert(existsSync(args.sourceDir), `source folder ${args.sourceDir} does not exist`);

  const muniSrc = readSource(args.sourceDir, 'municipalities.json');
  const regionSrc = readSource(args.sourceDir, 'labour-market-regions.json');
  const prisonSrc = readSource(args.sourceDir, 'prisons.json');
  const qualSrc = readSource(args.sourceDir, 'qualifications.json');

  const municipalities = buildMunicipalities(muniSrc);
  const regions = buildRegions(regionSrc, municipalities.municipalities);
  const pis = buildPenitentiaryInstitutions(
    prisonSrc,
    municipalities.municipalities,
    readPrevious('penitentiary-institutions.json'),
    args.allowRemovedPiCodes,
  );
  const qualifications = buildQualifications(qualSrc);
  const workshopTypes = buildWorkshopTypes(qualifications, qualSrc.sha256);

  const outputs = {
    'municipalities.json': municipalities,
    'labour-market-regions.json': regions,
    'penitentiary-institutions.json': pis,
    'qualifications.json': qualifications,
    'workshop-types.json': workshopTypes,
  };

  mkdirSync(OUT_DIR, { recursive: true });
  let stale = 0;
  for (const [file, json] of Object.entries(outputs)) {
    const path = join(OUT_DIR, file);
    const text = await format(json, path);
    const current = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
    const rel = relative(process.cwd(), path);
    if (current === text) {
      console.log(`unchanged ${rel}`);
    } else if (args.check) {
      stale++;
      console.error(`STALE     ${rel}`);
    } else {
      writeFileSync(path, text);
      console.log(`wrote     ${rel}`);
    }
  }
  if (stale) fail(`${stale} data file(s) out of date; run node ${GENERATED_BY}`);
}

await main();
