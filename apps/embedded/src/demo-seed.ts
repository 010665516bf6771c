/**
 * A small, believable demo data set, loaded through the public HTTP API (the same validation,
 * events and matching as any real client), with dates relative to today so it never goes stale.
 * The employers and their KvK numbers are invented; the PI, municipalities and crebo codes are real.
 */
export interface ServiceUrls {
  matching: string;
  employers: string;
  training: string;
}

export interface DemoSeedResult {
  candidateIds: string[];
  vacancyIds: string[];
  suggestions: number;
}

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

async function call<T>(url: string, token: string | undefined, body?: unknown, method = body ? 'POST' : 'GET'): Promise<T> {
  const response = await fetch(url, {
    method,
    headers: { 'content-type': 'application/json', ...(token && { authorization: `Bearer ${token}` }) },
    ...(body !== undefined && { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${url} answered ${response.status}: ${text}`);
  return (text ? JSON.parse(text) : undefined) as T;
}

async function eventually<T>(what: string, attempt: () => Promise<T>, timeoutMs = 30_000): Promise<T> {
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
  const casemanager = await token({ sub: 'demo-casemanager', role: 'casemanager', pi: 'PI-VUGHT' });
  const workshopLeader = await token({ sub: 'demo-werkmeester', role: 'workshop-leader', pi: 'PI-VUGHT' });

  const employers = [
    { kvkNumber: '90000001', name: 'Houtbouw Maaskant BV (demo)', municipalityCode: 'GM0796', sector: 'Afbouw, hout en onderhoud' },
    { kvkNumber: '90000002', name: 'Metaalwerken Tilburg BV (demo)', municipalityCode: 'GM0855', sector: 'Techniek en procesindustrie' },
    { kvkNumber: '90000003', name: 'Bakkerij De Meierij (demo)', municipalityCode: 'GM0865', sector: 'Horeca en bakkerij' },
  ];
  const employerIds: string[] = [];
  const covenantIds: string[] = [];
  for (const employer of employers) {
    const { id } = await call<{ id: string }>(`${urls.employers}/employers`, admin, employer);
    employerIds.push(id);
    const covenant = await call<{ id: string }>(`${urls.employers}/covenants`, admin, {
      name: `Convenant ${employer.name.replace(' (demo)', '')} – PI Vught`,
      employerId: id,
      regionCodes: ['AM27', 'AM26'],
      piCodes: ['PI-VUGHT'],
      validFrom: day(-30),
      validTo: day(730),
      placementsPerYear: 4,
      support: ['job coach', 'buddy'],
    });
    covenantIds.push(covenant.id);
  }

  const vacancies = [
    { covenantId: covenantIds[0], title: 'Machinaal houtbewerker', municipalityCode: 'GM0796', hoursPerWeek: 32, startDate: day(45), openings: 2, requiredQualifications: ['25016'], preferredQualifications: ['25008'], requiresVog: false },
    { covenantId: covenantIds[1], title: 'Basislasser', municipalityCode: 'GM0855', hoursPerWeek: 38, startDate: day(70), openings: 3, requiredQualifications: ['25290'], preferredQualifications: [], requiresVog: true },
    { covenantId: covenantIds[2], title: 'Uitvoerend bakker (nachtploeg)', municipalityCode: 'GM0865', hoursPerWeek: 30, startDate: day(100), openings: 1, requiredQualifications: ['25173'], preferredQualifications: [], requiresVog: false },
    { covenantId: covenantIds[0], title: 'Montagemedewerker houtbouw', municipalityCode: 'GM0796', hoursPerWeek: 36, startDate: day(130), openings: 2, requiredQualifications: [], preferredQualifications: ['25008', '25016'], requiresVog: false },
  ];
  const vacancyIds: string[] = [];
  for (const vacancy of vacancies) {
    vacancyIds.push((await call<{ id: string }>(`${urls.employers}/vacancies`, admin, vacancy)).id);
  }

  const candidates = [
    { djiNumber: 'DEMO0001', returnMunicipalityCode: 'GM0796', expectedReleaseDate: day(40), vogOutlook: 'likely', certificates: ['25016', '25008'] },
    { djiNumber: 'DEMO0002', returnMunicipalityCode: 'GM0855', expectedReleaseDate: day(75), vogOutlook: 'unknown', certificates: ['25290'] },
    { djiNumber: 'DEMO0003', returnMunicipalityCode: 'GM0865', expectedReleaseDate: day(95), vogOutlook: 'unlikely', certificates: ['25173'] },
    { djiNumber: 'DEMO0004', returnMunicipalityCode: 'GM0263', expectedReleaseDate: day(150), vogOutlook: 'likely', certificates: [] },
  ];
  const candidateIds: string[] = [];
  for (const { certificates, ...candidate } of candidates) {
    const { id } = await call<{ id: string }>(`${urls.matching}/candidates`, casemanager, {
      ...candidate,
      piCode: 'PI-VUGHT',
      preferences: { work: true },
      consent: { shareAnonymisedProfile: true },
    });
    candidateIds.push(id);
    for (const [index, crebo] of certificates.entries()) {
      // Training learns the candidate from matching's event a moment later.
      await eventually(`certificate ${crebo}`, () =>
        call(`${urls.training}/certificates`, workshopLeader, { candidateId: id, crebo, issuedOn: day(-60 + index * 20) }),
      );
    }
  }

  const suggestions = await eventually('first suggestions', async () => {
    const page = await call<{ items: unknown[] }>(`${urls.matching}/candidates/${candidateIds[0]}/suggestions`, admin);
    if (page.items.length === 0) throw new Error('no suggestions yet');
    return page.items.length;
  });
  return { candidateIds, vacancyIds, suggestions };
}
