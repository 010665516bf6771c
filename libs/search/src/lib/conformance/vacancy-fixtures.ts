import type { IndexSchema } from '../search-engine.port';

/** A covenant vacancy as the matching service indexes it (dates as epoch days). */
export interface VacancyDocument {
  id: string;
  title: string;
  description: string;
  status: 'open' | 'filled' | 'closed';
  regionCode: string;
  municipalityCode: string;
  startDay: number;
  hoursPerWeek: number;
  requiredQualifications: string[];
  requiresVog: boolean;
  _geo: { lat: number; lng: number };
}

export function vacancySchema(name: string): IndexSchema {
  return {
    name,
    fields: {
      id: 'string',
      title: 'string',
      description: 'string',
      status: 'string',
      regionCode: 'string',
      municipalityCode: 'string',
      startDay: 'number',
      hoursPerWeek: 'number',
      requiredQualifications: 'string[]',
      requiresVog: 'boolean',
    },
    geo: true,
    searchable: ['title', 'description'],
    filterable: [
      'status',
      'regionCode',
      'municipalityCode',
      'startDay',
      'hoursPerWeek',
      'requiredQualifications',
      'requiresVog',
    ],
    sortable: ['startDay', 'hoursPerWeek', 'title'],
  };
}

export interface Municipality {
  code: string;
  name: string;
  regionCode: string;
  lat: number;
  lng: number;
}

/** CBS codes and labour market regions as in `libs/reference-data`; coordinates of the town centres. */
export const FIXTURE_MUNICIPALITIES = {
  amsterdam: { code: 'GM0363', name: 'Amsterdam', regionCode: 'AM18', lat: 52.37, lng: 4.89 },
  utrecht: { code: 'GM0344', name: 'Utrecht', regionCode: 'AM13', lat: 52.09, lng: 5.12 },
  nieuwegein: { code: 'GM0356', name: 'Nieuwegein', regionCode: 'AM13', lat: 52.03, lng: 5.08 },
  rotterdam: { code: 'GM0599', name: 'Rotterdam', regionCode: 'AM22', lat: 51.92, lng: 4.48 },
  groningen: { code: 'GM0014', name: 'Groningen', regionCode: 'AM01', lat: 53.22, lng: 6.57 },
  vught: { code: 'GM0865', name: 'Vught', regionCode: 'AM27', lat: 51.66, lng: 5.29 },
} satisfies Record<string, Municipality>;

/**
 * Ten trades, worded so that the test words ("lasser", "bakker") have no near-misses elsewhere:
 * Meilisearch tolerates one typo in words of 5+ letters, so e.g. "lassen" or "bakken" would match too.
 */
export const TRADES: ReadonlyArray<{ title: string; description: string }> = [
  { title: 'Lasser MIG/MAG', description: 'Constructiewerk in staal in een productiehal.' },
  { title: 'Bakker', description: 'Brood en banket bereiden in de vroege ochtend.' },
  { title: 'Timmerman', description: 'Kozijnen en trappen maken in de werkplaats.' },
  { title: 'Schilder', description: 'Binnen- en buitenschilderwerk bij woningen.' },
  {
    title: 'Magazijnmedewerker',
    description: 'Orderpicken en goederen ontvangen met de heftruck.',
  },
  { title: 'Fietsenmaker', description: 'Fietsen repareren en onderhouden in de winkel.' },
  { title: 'Kok', description: 'Maaltijden bereiden in een bedrijfsrestaurant.' },
  { title: 'Straatmaker', description: 'Bestrating aanleggen en herstellen in de wijk.' },
  { title: 'Naaister', description: 'Kleding en textiel naaien in het atelier.' },
  { title: 'Medewerker bakkerij', description: 'Deeg verwerken en ovens bedienen.' },
];

/** Crebo codes: straatmaker, allround timmerman, schilder. */
export const QUALIFICATIONS = {
  straatmaker: '25096',
  timmerman: '25118',
  schilder: '25030',
} as const;

const QUALIFICATION_SETS: ReadonlyArray<string[]> = [
  [],
  [QUALIFICATIONS.straatmaker],
  [QUALIFICATIONS.straatmaker, QUALIFICATIONS.timmerman],
  [QUALIFICATIONS.timmerman],
  [QUALIFICATIONS.schilder, QUALIFICATIONS.straatmaker, QUALIFICATIONS.timmerman],
];

export const FIRST_START_DAY = 20_000; // 2024-10-04

/**
 * Deterministic vacancies over the given municipalities. `startDay` is unique for up to 120
 * vacancies (7 and 120 are coprime); each vacancy sits a few hundred meters from its town centre.
 */
export function makeVacancies(
  count: number,
  municipalities: readonly Municipality[] = Object.values(FIXTURE_MUNICIPALITIES),
): VacancyDocument[] {
  return Array.from({ length: count }, (_, i) => {
    const municipality = municipalities[i % municipalities.length];
    const trade = TRADES[i % TRADES.length];
    return {
      id: `vac-${String(i).padStart(5, '0')}`,
      title: trade.title,
      description: `${trade.description} Locatie: ${municipality.name}.`,
      status: i % 7 === 3 ? 'closed' : i % 11 === 5 ? 'filled' : 'open',
      regionCode: municipality.regionCode,
      municipalityCode: municipality.code,
      startDay: FIRST_START_DAY + ((i * 7) % 120),
      hoursPerWeek: [24, 32, 36, 38, 40][(i * 3) % 5],
      requiredQualifications: [...QUALIFICATION_SETS[i % QUALIFICATION_SETS.length]],
      requiresVog: i % 3 === 0,
      _geo: {
        lat: round6(municipality.lat + (((i * 37) % 11) - 5) * 0.001),
        lng: round6(municipality.lng + (((i * 53) % 11) - 5) * 0.001),
      },
    };
  });
}

function round6(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
