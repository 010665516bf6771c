import { randomInt } from 'node:crypto';
import type { ServiceName } from '@bridge/contracts';
import { expectEventually, ServiceClient } from '@bridge/testing';

const inDays = (days: number) =>
  new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

const ADMIN = { sub: 'fresh-admin', role: 'admin' };
const CASEMANAGER = { sub: 'fresh-cm', role: 'casemanager', pi: 'PI-VUGHT' };
const WORKSHOP_LEADER = { sub: 'fresh-wl', role: 'workshop-leader', pi: 'PI-VUGHT' };
const ADVISOR = { sub: 'fresh-uwv', role: 'uwv-advisor', regions: ['AM27'] };

/**
 * The README's walk through the platform, over HTTP with dev tokens: a candidate at matching reaches
 * training, its certificate at training reaches matching, and an employer's covenant vacancy at
 * employers reaches matching as a suggestion for that candidate. Every arrow is a Kafka event.
 * Resolves with what it made; rejects when an event does not arrive within `eventTimeoutMs`.
 */
export async function eventsFlowThroughAllThree(
  urls: Readonly<Record<ServiceName, string>>,
  eventTimeoutMs = 60_000,
): Promise<{ candidateId: string; vacancyId: string }> {
  const client = new ServiceClient(urls);
  const candidateId = await client.create(
    'matching',
    '/candidates',
    {
      djiNumber: String(randomInt(1_000_000, 9_999_999)),
      piCode: 'PI-VUGHT',
      expectedReleaseDate: inDays(40),
      returnMunicipalityCode: 'GM0796',
      vogOutlook: 'likely',
      preferences: { work: true },
      consent: { shareAnonymisedProfile: true },
    },
    CASEMANAGER,
  );
  // matching → training: training accepts a certificate once it knows the candidate.
  await expectEventually(
    () =>
      client.create(
        'training',
        '/certificates',
        { candidateId, crebo: '25016', issuedOn: inDays(-30) },
        WORKSHOP_LEADER,
      ),
    {
      timeoutMs: eventTimeoutMs,
      intervalMs: 500,
    },
  );
  const employerId = await client.create(
    'employers',
    '/employers',
    {
      kvkNumber: String(randomInt(10_000_000, 99_999_999)),
      name: 'Houtbouw Maaskant BV',
      municipalityCode: 'GM0796',
    },
    ADMIN,
  );
  const covenantId = await client.create(
    'employers',
    '/covenants',
    {
      name: 'Convenant Houtbouw Maaskant',
      employerId,
      regionCodes: ['AM27'],
      piCodes: ['PI-VUGHT'],
      validFrom: inDays(-10),
      validTo: inDays(365),
    },
    ADMIN,
  );
  const vacancyId = await client.create(
    'employers',
    '/vacancies',
    {
      covenantId,
      title: 'Machinaal houtbewerker',
      municipalityCode: 'GM0865',
      hoursPerWeek: 32,
      startDate: inDays(50),
      openings: 2,
      requiredQualifications: ['25016'],
      requiresVog: false,
    },
    ADMIN,
  );
  // training → matching (the certificate) and employers → matching (covenant, vacancy): the suggestion.
  await expectEventually(
    async () => {
      const { attempt, body } = await client.get(
        'matching',
        `/candidates/${candidateId}/suggestions`,
        ADVISOR,
      );
      const targets = ((body as { items?: { targetId: string }[] } | undefined)?.items ?? []).map(
        (s) => s.targetId,
      );
      if (!targets.includes(vacancyId))
        throw new Error(
          `no suggestion for vacancy ${vacancyId} yet: ${attempt.status} ${JSON.stringify(body)}`,
        );
    },
    { timeoutMs: eventTimeoutMs, intervalMs: 500 },
  );
  return { candidateId, vacancyId };
}
