/**
 * A small, believable demo data set, loaded through the public HTTP API (the same validation,
 * events and matching as any real client), with dates relative to today so it never goes stale.
 * The employers, schools, KvK numbers and BRIN codes are invented; the PI's, municipalities,
 * regions, workshops and crebo codes are real reference data.
 */
export interface ServiceUrls {
  matching: string;
  employers: string;
  training: string;
}

export interface DemoSeedResult {
  candidateIds: string[];
  vacancyIds: string[];
  schoolPlaceIds: string[];
  /** Suggestions over all demo candidates once every candidate meant to have one has one. */
  suggestions: number;
}

interface DemoCovenant {
  regionCodes: string[];
  piCodes: string[];
  support: string[];
}

interface DemoEmployer {
  kvkNumber: string;
  name: string;
  municipalityCode: string;
  sector: string;
  covenant: DemoCovenant;
  /** Start and expiry in days from today. */
  vacancies: Array<{
    title: string;
    municipalityCode: string;
    hoursPerWeek: number;
    startInDays: number;
    expiresInDays?: number;
    openings: number;
    requiredQualifications: string[];
    preferredQualifications: string[];
    requiresVog: boolean;
  }>;
}

interface DemoProvider {
  brin: string;
  name: string;
  municipalityCode: string;
  /** A school may sign a covenant too; its places then name it. */
  covenant?: DemoCovenant;
  schoolPlaces: Array<{
    crebo: string;
    learningPath: 'BBL' | 'BOL';
    municipalityCode: string;
    startInDays: number;
    seats: number;
    entryRequirements?: { minLevel?: number; requiredQualifications?: string[] };
  }>;
}

interface DemoCandidate {
  djiNumber: string;
  piCode: string;
  returnMunicipalityCode: string;
  releaseInDays: number;
  vogOutlook: 'unknown' | 'likely' | 'unlikely';
  preferences: { work?: boolean; education?: boolean };
  certificates: Array<{ crebo: string; workshopId?: string; issuedDaysAgo: number }>;
  /** Whether the demo data holds a target that passes every hard rule for this candidate. */
  expectsSuggestions: boolean;
}

const EMPLOYERS: DemoEmployer[] = [
  {
    kvkNumber: '90000001',
    name: 'Houtbouw Maaskant BV (demo)',
    municipalityCode: 'GM0796',
    sector: 'Afbouw, hout en onderhoud',
    covenant: {
      regionCodes: ['AM27', 'AM26'],
      piCodes: ['PI-VUGHT', 'PI-GRAVE'],
      support: ['job coach', 'buddy'],
    },
    vacancies: [
      {
        title: 'Machinaal houtbewerker',
        municipalityCode: 'GM0796',
        hoursPerWeek: 32,
        startInDays: 45,
        openings: 2,
        requiredQualifications: ['25016'],
        preferredQualifications: ['25008'],
        requiresVog: false,
      },
      {
        title: 'Montagemedewerker houtbouw',
        municipalityCode: 'GM0796',
        hoursPerWeek: 36,
        startInDays: 120,
        openings: 2,
        requiredQualifications: [],
        preferredQualifications: ['25008', '25016'],
        requiresVog: false,
      },
    ],
  },
  {
    kvkNumber: '90000002',
    name: 'Metaalwerken Tilburg BV (demo)',
    municipalityCode: 'GM0855',
    sector: 'Techniek en procesindustrie',
    covenant: {
      regionCodes: ['AM26', 'AM27'],
      piCodes: ['PI-VUGHT'],
      support: ['job coach', 'wage subsidy'],
    },
    vacancies: [
      {
        title: 'Basislasser',
        municipalityCode: 'GM0855',
        hoursPerWeek: 38,
        startInDays: 70,
        openings: 3,
        requiredQualifications: ['25290'],
        preferredQualifications: [],
        requiresVog: true,
      },
    ],
  },
  {
    kvkNumber: '90000003',
    name: 'Bakkerij De Meierij (demo)',
    municipalityCode: 'GM0865',
    sector: 'Horeca en bakkerij',
    covenant: { regionCodes: ['AM27'], piCodes: ['PI-VUGHT'], support: ['buddy'] },
    vacancies: [
      {
        title: 'Uitvoerend bakker (nachtploeg)',
        municipalityCode: 'GM0865',
        hoursPerWeek: 30,
        startInDays: 100,
        expiresInDays: 90,
        openings: 1,
        requiredQualifications: ['25173'],
        preferredQualifications: [],
        requiresVog: false,
      },
    ],
  },
  {
    kvkNumber: '90000004',
    name: 'Staalbouw Rijnmond BV (demo)',
    municipalityCode: 'GM0599',
    sector: 'Techniek en procesindustrie',
    covenant: {
      regionCodes: ['AM22', 'AM23'],
      piCodes: ['PI-ROTTERDAM', 'PI-DORDRECHT'],
      support: ['job coach', 'wage subsidy'],
    },
    vacancies: [
      {
        title: 'Constructiewerker',
        municipalityCode: 'GM0599',
        hoursPerWeek: 40,
        startInDays: 30,
        openings: 2,
        requiredQualifications: ['25291'],
        preferredQualifications: ['25290'],
        requiresVog: true,
      },
      {
        title: 'Magazijnmedewerker',
        municipalityCode: 'GM0599',
        hoursPerWeek: 24,
        startInDays: 60,
        openings: 2,
        requiredQualifications: [],
        preferredQualifications: ['25371'],
        requiresVog: false,
      },
    ],
  },
  {
    kvkNumber: '90000005',
    name: 'Distributiecentrum IJsselland BV (demo)',
    municipalityCode: 'GM0193',
    sector: 'Transport, scheepvaart en logistiek',
    covenant: { regionCodes: ['AM36'], piCodes: ['PI-ZWOLLE'], support: ['buddy'] },
    vacancies: [
      {
        title: 'Logistiek medewerker',
        municipalityCode: 'GM0193',
        hoursPerWeek: 36,
        startInDays: 40,
        openings: 4,
        requiredQualifications: ['25371'],
        preferredQualifications: [],
        requiresVog: false,
      },
    ],
  },
  {
    kvkNumber: '90000006',
    name: 'Gebouwbeheer Utrecht BV (demo)',
    municipalityCode: 'GM0344',
    sector: 'Afbouw, hout en onderhoud',
    covenant: {
      regionCodes: ['AM13'],
      piCodes: ['PI-NIEUWEGEIN', 'PI-UTRECHT-NIEUWERSLUIS'],
      support: ['job coach'],
    },
    vacancies: [
      {
        title: 'Servicemedewerker gebouwen',
        municipalityCode: 'GM0344',
        hoursPerWeek: 32,
        startInDays: 30,
        openings: 3,
        requiredQualifications: ['25024'],
        preferredQualifications: ['25023'],
        requiresVog: false,
      },
    ],
  },
];

const PROVIDERS: DemoProvider[] = [
  {
    brin: '99MD',
    name: 'ROC Maas en Dommel (demo)',
    municipalityCode: 'GM0796',
    covenant: {
      regionCodes: ['AM27', 'AM26'],
      piCodes: ['PI-VUGHT'],
      support: ['intake inside the PI'],
    },
    schoolPlaces: [
      {
        crebo: '25016',
        learningPath: 'BBL',
        municipalityCode: 'GM0796',
        startInDays: 60,
        seats: 4,
      },
      {
        crebo: '25174',
        learningPath: 'BOL',
        municipalityCode: 'GM0796',
        startInDays: 120,
        seats: 2,
        entryRequirements: { minLevel: 2, requiredQualifications: ['25173'] },
      },
    ],
  },
  {
    brin: '99NM',
    name: 'ROC Nieuwe Maas (demo)',
    municipalityCode: 'GM0599',
    schoolPlaces: [
      {
        crebo: '25371',
        learningPath: 'BOL',
        municipalityCode: 'GM0599',
        startInDays: 40,
        seats: 6,
      },
      {
        crebo: '25254',
        learningPath: 'BOL',
        municipalityCode: 'GM0599',
        startInDays: 20,
        seats: 8,
      },
    ],
  },
  {
    brin: '99IJ',
    name: 'ROC IJsseldelta (demo)',
    municipalityCode: 'GM0193',
    schoolPlaces: [
      {
        crebo: '25287',
        learningPath: 'BBL',
        municipalityCode: 'GM0193',
        startInDays: 75,
        seats: 3,
        entryRequirements: { requiredQualifications: ['25290'] },
      },
    ],
  },
];

const CANDIDATES: DemoCandidate[] = [
  {
    djiNumber: 'DEMO0001',
    piCode: 'PI-VUGHT',
    returnMunicipalityCode: 'GM0796',
    releaseInDays: 40,
    vogOutlook: 'likely',
    preferences: { work: true },
    certificates: [
      { crebo: '25016', workshopId: 'pi-vught-wood', issuedDaysAgo: 60 },
      { crebo: '25008', workshopId: 'pi-vught-wood', issuedDaysAgo: 40 },
    ],
    expectsSuggestions: true,
  },
  {
    djiNumber: 'DEMO0002',
    piCode: 'PI-VUGHT',
    returnMunicipalityCode: 'GM0855',
    releaseInDays: 75,
    vogOutlook: 'unknown',
    preferences: { work: true },
    certificates: [{ crebo: '25290', workshopId: 'pi-vught-metal', issuedDaysAgo: 30 }],
    expectsSuggestions: true,
  },
  {
    djiNumber: 'DEMO0003',
    piCode: 'PI-VUGHT',
    returnMunicipalityCode: 'GM0865',
    releaseInDays: 95,
    vogOutlook: 'unlikely',
    preferences: { work: true, education: true },
    certificates: [{ crebo: '25173', workshopId: 'pi-vught-bakery', issuedDaysAgo: 90 }],
    expectsSuggestions: true,
  },
  // No certificate and a release too far off for any start date: shows what exclusions look like.
  {
    djiNumber: 'DEMO0004',
    piCode: 'PI-VUGHT',
    returnMunicipalityCode: 'GM0263',
    releaseInDays: 150,
    vogOutlook: 'likely',
    preferences: { education: true },
    certificates: [],
    expectsSuggestions: false,
  },
  {
    djiNumber: 'DEMO0005',
    piCode: 'PI-DORDRECHT',
    returnMunicipalityCode: 'GM0599',
    releaseInDays: 25,
    vogOutlook: 'likely',
    preferences: { work: true },
    certificates: [{ crebo: '25291', workshopId: 'pi-dordrecht-metal', issuedDaysAgo: 45 }],
    expectsSuggestions: true,
  },
  {
    djiNumber: 'DEMO0006',
    piCode: 'PI-DORDRECHT',
    returnMunicipalityCode: 'GM0505',
    releaseInDays: 60,
    vogOutlook: 'unknown',
    preferences: { work: true },
    certificates: [],
    expectsSuggestions: true,
  },
  {
    djiNumber: 'DEMO0007',
    piCode: 'PI-ZWOLLE',
    returnMunicipalityCode: 'GM0193',
    releaseInDays: 35,
    vogOutlook: 'likely',
    preferences: { work: true },
    certificates: [{ crebo: '25371', workshopId: 'pi-zwolle-logistics', issuedDaysAgo: 20 }],
    expectsSuggestions: true,
  },
  {
    djiNumber: 'DEMO0008',
    piCode: 'PI-NIEUWEGEIN',
    returnMunicipalityCode: 'GM0344',
    releaseInDays: 20,
    vogOutlook: 'likely',
    preferences: { work: true },
    certificates: [{ crebo: '25024', workshopId: 'pi-nieuwegein-maintenance', issuedDaysAgo: 50 }],
    expectsSuggestions: true,
  },
];

const day = (offset: number) =>
  new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

async function call<T>(url: string, token: string | undefined, body?: unknown): Promise<T> {
  const method = body === undefined ? 'GET' : 'POST';
  const response = await fetch(url, {
    method,
    headers: {
      'content-type': 'application/json',
      ...(token && { authorization: `Bearer ${token}` }),
    },
    ...(body !== undefined && { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${url} answered ${response.status}: ${text}`);
  return (text ? JSON.parse(text) : undefined) as T;
}

/** Retries while another service has not yet learned what this call refers to (events take a moment). */
async function eventually<T>(
  what: string,
  attempt: () => Promise<T>,
  timeoutMs = 30_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await attempt();
    } catch (error) {
      if (Date.now() > deadline) throw new Error(`${what}: ${(error as Error).message}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
}

export async function seedDemoData(urls: ServiceUrls): Promise<DemoSeedResult> {
  const token = async (claims: Record<string, unknown>) =>
    (await call<{ token: string }>(`${urls.matching}/auth/dev-token`, undefined, claims)).token;
  const admin = await token({ sub: 'demo-admin', role: 'admin' });
  const post = <T = { id: string }>(url: string, body: unknown, bearer = admin) =>
    call<T>(url, bearer, body);
  const signCovenant = (
    name: string,
    party: { employerId: string } | { brin: string },
    covenant: DemoCovenant,
  ) =>
    post(`${urls.employers}/covenants`, {
      name: `Convenant ${name.replace(' (demo)', '')}`,
      ...party,
      ...covenant,
      validFrom: day(-30),
      validTo: day(730),
      placementsPerYear: 4,
    });

  const vacancyIds: string[] = [];
  for (const { covenant, vacancies, ...employer } of EMPLOYERS) {
    const { id: employerId } = await post(`${urls.employers}/employers`, employer);
    const { id: covenantId } = await signCovenant(employer.name, { employerId }, covenant);
    for (const { startInDays, expiresInDays, ...vacancy } of vacancies) {
      const body = {
        ...vacancy,
        covenantId,
        startDate: day(startInDays),
        ...(expiresInDays !== undefined && { expiresOn: day(expiresInDays) }),
      };
      vacancyIds.push((await post(`${urls.employers}/vacancies`, body)).id);
    }
  }

  const schoolPlaceIds: string[] = [];
  for (const { covenant, schoolPlaces, ...provider } of PROVIDERS) {
    await post(`${urls.training}/providers`, provider);
    const covenantId =
      covenant && (await signCovenant(provider.name, { brin: provider.brin }, covenant)).id;
    for (const { startInDays, ...place } of schoolPlaces) {
      const body = {
        ...place,
        brin: provider.brin,
        startDate: day(startInDays),
        ...(covenantId !== undefined && { covenantId }),
      };
      // Training learns a school's covenant from employers' event a moment later.
      schoolPlaceIds.push(
        (
          await eventually(`school place ${place.crebo}`, () =>
            post(`${urls.training}/school-places`, body),
          )
        ).id,
      );
    }
  }

  const candidateIds: string[] = [];
  for (const {
    djiNumber,
    piCode,
    returnMunicipalityCode,
    releaseInDays,
    vogOutlook,
    preferences,
    certificates,
  } of CANDIDATES) {
    const casemanager = await token({
      sub: `demo-casemanager-${piCode}`,
      role: 'casemanager',
      pi: piCode,
    });
    const workshopLeader = await token({
      sub: `demo-werkmeester-${piCode}`,
      role: 'workshop-leader',
      pi: piCode,
    });
    const registration = {
      djiNumber,
      piCode,
      returnMunicipalityCode,
      vogOutlook,
      preferences,
      expectedReleaseDate: day(releaseInDays),
    };
    const { id } = await post(
      `${urls.matching}/candidates`,
      { ...registration, consent: { shareAnonymisedProfile: true } },
      casemanager,
    );
    candidateIds.push(id);
    for (const { issuedDaysAgo, ...certificate } of certificates) {
      // Training learns the candidate from matching's event a moment later.
      await eventually(`certificate ${certificate.crebo}`, () =>
        post(
          `${urls.training}/certificates`,
          { ...certificate, candidateId: id, issuedOn: day(-issuedDaysAgo) },
          workshopLeader,
        ),
      );
    }
  }

  const suggestionCounts = await eventually(
    'suggestions for every demo candidate that can have them',
    async () => {
      const counts = await Promise.all(
        candidateIds.map(
          async (id) =>
            (
              await call<{ items: unknown[] }>(
                `${urls.matching}/candidates/${id}/suggestions?limit=100`,
                admin,
              )
            ).items.length,
        ),
      );
      const waiting = CANDIDATES.filter(
        (candidate, index) => candidate.expectsSuggestions && counts[index] === 0,
      );
      if (waiting.length > 0)
        throw new Error(
          `none yet for ${waiting.map((candidate) => candidate.djiNumber).join(', ')}`,
        );
      return counts;
    },
  );
  return {
    candidateIds,
    vacancyIds,
    schoolPlaceIds,
    suggestions: suggestionCounts.reduce((sum, count) => sum + count, 0),
  };
}
