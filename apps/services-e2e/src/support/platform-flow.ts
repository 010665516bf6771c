import { randomInt } from 'node:crypto';
import { expectEventually } from '@bridge/testing';

export interface ServiceUrls {
  matching: string;
  employers: string;
  training: string;
}

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/** The fields of the answers this walk reads. */
interface Answer {
  id?: string;
  token?: string;
  items?: { targetId: string }[];
}

async function call(method: string, url: string, token: string | undefined, body?: unknown): Promise<{ status: number; body?: Answer }> {
  const response = await fetch(url, {
    method,
    headers: { 'content-type': 'application/json', ...(token && { authorization: `Bearer ${token}` }) },
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(10_000),
  });
  const text = await response.text();
  return { status: response.status, body: text ? (JSON.parse(text) as Answer) : undefined };
}

/** POSTs and expects 201 with an id (or a token). */
async function created(url: string, token: string, body: unknown): Promise<Required<Pick<Answer, 'id'>> & Answer> {
  const answer = await call('POST', url, token, body);
  if (answer.status !== 201 || !(answer.body?.id ?? answer.body?.token)) {
    throw new Error(`POST ${url} answered ${answer.status}: ${JSON.stringify(answer.body)}`);
  }
  return { id: '', ...answer.body };
}

/**
 * The README's walk through the platform, over HTTP with dev tokens: a candidate at matching reaches
 * training, its certificate at training reaches matching, and an employer's covenant vacancy at
 * employers reaches matching as a suggestion for that candidate. Every arrow is a Kafka event.
 * Resolves with what it made; rejects when an event does not arrive within `eventTimeoutMs`.
 */
export async function eventsFlowThroughAllThree(urls: ServiceUrls, eventTimeoutMs = 60_000): Promise<{ candidateId: string; vacancyId: string }> {
  const token = async (claims: object) => (await created(`${urls.employers}/auth/dev-token`, '', claims)).token ?? '';
  const admin = await token({ sub: 'fresh-admin', role: 'admin' });
  const casemanager = await token({ sub: 'fresh-cm', role: 'casemanager', pi: 'PI-VUGHT' });
  const workshopLeader = await token({ sub: 'fresh-wl', role: 'workshop-leader', pi: 'PI-VUGHT' });
  const advisor = await token({ sub: 'fresh-uwv', role: 'uwv-advisor', regions: ['AM27'] });

  const candidate = await created(`${urls.matching}/candidates`, casemanager, {
    djiNumber: String(randomInt(1_000_000, 9_999_999)),
    piCode: 'PI-VUGHT',
    expectedReleaseDate: inDays(40),
    returnMunicipalityCode: 'GM0796',
    vogOutlook: 'likely',
    preferences: { work: true },
    consent: { shareAnonymisedProfile: true },
  });
  // matching → training: training accepts a certificate once it knows the candidate.
  await expectEventually(
    () => created(`${urls.training}/certificates`, workshopLeader, { candidateId: candidate.id, crebo: '25016', issuedOn: inDays(-30) }),
    { timeoutMs: eventTimeoutMs, intervalMs: 500 },
  );
  const employer = await created(`${urls.employers}/employers`, admin, {
    kvkNumber: String(randomInt(10_000_000, 99_999_999)),
    name: 'Houtbouw Maaskant BV',
    municipalityCode: 'GM0796',
  });
  const covenant = await created(`${urls.employers}/covenants`, admin, {
    name: 'Convenant Houtbouw Maaskant',
    employerId: employer.id,
    regionCodes: ['AM27'],
    piCodes: ['PI-VUGHT'],
    validFrom: inDays(-10),
    validTo: inDays(365),
  });
  const vacancy = await created(`${urls.employers}/vacancies`, admin, {
    covenantId: covenant.id,
    title: 'Machinaal houtbewerker',
    municipalityCode: 'GM0865',
    hoursPerWeek: 32,
    startDate: inDays(50),
    openings: 2,
    requiredQualifications: ['25016'],
    requiresVog: false,
  });
  // training → matching (the certificate) and employers → matching (covenant, vacancy): the suggestion.
  await expectEventually(
    async () => {
      const answer = await call('GET', `${urls.matching}/candidates/${candidate.id}/suggestions`, advisor);
      const targets = (answer.body?.items ?? []).map((s) => s.targetId);
      if (!targets.includes(vacancy.id)) throw new Error(`no suggestion for vacancy ${vacancy.id} yet: ${answer.status} ${JSON.stringify(answer.body)}`);
    },
    { timeoutMs: eventTimeoutMs, intervalMs: 500 },
  );
  return { candidateId: candidate.id, vacancyId: vacancy.id };
}
