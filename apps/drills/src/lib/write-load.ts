import {
  CANDIDATE_REGISTERED,
  CERTIFICATE_REGISTERED,
  COVENANT_SIGNED,
  SCHOOL_PLACE_PUBLISHED,
  type Topic,
  VACANCY_PUBLISHED,
} from '@bridge/contracts';
import type { DevTokenClaims } from '@bridge/service-runtime/testing';
import { sleep, type ServiceClient } from '@bridge/testing';

const day = (offset: number) =>
  new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

/** Real reference data (libs/reference-data), as the demo seed and the services' specs use it. */
const PI = 'PI-VUGHT';
const MUNICIPALITIES = ['GM0796', 'GM0855', 'GM0865'] as const; // 's-Hertogenbosch, Tilburg, Vught
const VACANCIES = [
  { title: 'Machinaal houtbewerker', crebo: '25016' },
  { title: 'Basislasser', crebo: '25290' },
  { title: 'Uitvoerend bakker', crebo: '25173' },
] as const;
const SCHOOL_PLACE_CREBOS = ['25016', '25174', '25371'] as const;
const CERTIFICATE_CREBOS = ['25016', '25008', '25290', '25173'] as const;

export const ADMIN: DevTokenClaims = { sub: 'drill-admin', role: 'admin' };
export const CASEMANAGER: DevTokenClaims = {
  sub: 'drill-casemanager',
  role: 'casemanager',
  pi: PI,
};
export const WORKSHOP_LEADER: DevTokenClaims = {
  sub: 'drill-werkmeester',
  role: 'workshop-leader',
  pi: PI,
};

/** The ids of the writes that were acknowledged (2xx), by the event each create emits. */
export class Acknowledged {
  readonly ids = new Map<Topic, string[]>();

  add(topic: Topic, id: string): void {
    this.ids.set(topic, [...(this.ids.get(topic) ?? []), id]);
  }

  get total(): number {
    return [...this.ids.values()].reduce((sum, ids) => sum + ids.length, 0);
  }
}

/**
 * Realistic writes at all three services, each kind in its own loop (one request at a time, as a
 * busy user or an import would send them):
 * - matching: a casemanager registers candidates (→ training);
 * - employers: an admin registers an employer, signs its covenant (→ matching, training) and
 *   publishes three vacancies under it (→ matching);
 * - training: an admin registers a school, which publishes three school places (→ matching); a
 *   workshop leader registers certificates for candidates training already knows (→ matching).
 * Unique values (DJI numbers, KvK numbers, BRIN codes, issue dates) come from one run-wide counter.
 */
export class WriteLoad {
  private running = false;
  private pauseMs = 1_000;
  private loops: Promise<void>[] = [];
  private sequence = 0;
  private readonly errors: Error[] = [];
  acknowledged = new Acknowledged();

  constructor(
    private readonly client: ServiceClient,
    private readonly runTag: string,
    /** Candidates training knows, for certificates. */
    private readonly knownCandidates: readonly string[],
  ) {}

  /** Starts the loops, each pausing `pauseMs` between writes; the acknowledged ids are collected afresh. */
  start(pauseMs = 1_000): void {
    if (this.running) throw new Error('drills: the write load already runs');
    this.running = true;
    this.pauseMs = pauseMs;
    this.acknowledged = new Acknowledged();
    this.loops = [
      this.loop(() => this.registerCandidate()),
      this.loop(() => this.employerWithVacancies()),
      this.loop(() => this.schoolWithPlaces()),
      this.loop(() => this.registerCertificate()),
    ];
  }

  /** Stops after each loop's current write has landed; rejects if a write was refused. */
  async stop(): Promise<Acknowledged> {
    this.running = false;
    await Promise.all(this.loops);
    this.loops = [];
    const refused = this.errors.splice(0);
    if (refused.length > 0)
      throw new Error(
        `drills: ${refused.length} writes were refused: ${refused.map((e) => e.message).join('\n')}`,
      );
    return this.acknowledged;
  }

  /** Registers one candidate (setup: the candidates certificates are written for). */
  async registerCandidate(): Promise<string> {
    const n = this.next();
    const id = await this.client.create(
      'matching',
      '/candidates',
      {
        djiNumber: `${this.runTag}-${n}`,
        piCode: PI,
        expectedReleaseDate: day(30 + (n % 120)),
        returnMunicipalityCode: MUNICIPALITIES[n % MUNICIPALITIES.length],
        vogOutlook: n % 3 === 0 ? 'unknown' : 'likely',
        preferences: { work: true, education: n % 2 === 0 },
        consent: { shareAnonymisedProfile: true },
      },
      CASEMANAGER,
    );
    this.acknowledged.add(CANDIDATE_REGISTERED, id);
    return id;
  }

  private async employerWithVacancies(): Promise<void> {
    const n = this.next();
    const employerId = await this.client.create(
      'employers',
      '/employers',
      {
        kvkNumber: String(60_000_000 + n),
        name: `Drill Werkbedrijf ${this.runTag} ${n} BV`,
        municipalityCode: MUNICIPALITIES[n % 3],
      },
      ADMIN,
    );
    const covenantId = await this.client.create(
      'employers',
      '/covenants',
      {
        name: `Convenant Drill Werkbedrijf ${n}`,
        employerId,
        regionCodes: ['AM27'],
        piCodes: [PI],
        validFrom: day(-10),
        validTo: day(365),
      },
      ADMIN,
    );
    this.acknowledged.add(COVENANT_SIGNED, covenantId);
    for (const [i, vacancy] of VACANCIES.entries()) {
      const id = await this.client.create(
        'employers',
        '/vacancies',
        {
          covenantId,
          title: vacancy.title,
          municipalityCode: MUNICIPALITIES[(n + i) % 3],
          hoursPerWeek: 32,
          startDate: day(45 + i * 10),
          openings: 2,
          requiredQualifications: [vacancy.crebo],
          requiresVog: i === 1,
        },
        ADMIN,
      );
      this.acknowledged.add(VACANCY_PUBLISHED, id);
    }
  }

  private async schoolWithPlaces(): Promise<void> {
    const n = this.next();
    const brin = aBrin(n);
    await this.client.create(
      'training',
      '/providers',
      { brin, name: `ROC Drill ${this.runTag} ${n}`, municipalityCode: 'GM0796' },
      ADMIN,
    );
    const school: DevTokenClaims = {
      sub: `drill-school-${brin}`,
      role: 'education-provider',
      brin,
    };
    for (const [i, crebo] of SCHOOL_PLACE_CREBOS.entries()) {
      const id = await this.client.create(
        'training',
        '/school-places',
        {
          brin,
          crebo,
          learningPath: i % 2 === 0 ? 'BBL' : 'BOL',
          municipalityCode: MUNICIPALITIES[i],
          startDate: day(40 + i * 20),
          seats: 3,
        },
        school,
      );
      this.acknowledged.add(SCHOOL_PLACE_PUBLISHED, id);
    }
  }

  private async registerCertificate(): Promise<void> {
    const n = this.next();
    const candidateId = this.knownCandidates[n % this.knownCandidates.length];
    // A candidate holds one valid certificate per crebo and issue date: each n its own date.
    const id = await this.client.create(
      'training',
      '/certificates',
      {
        candidateId,
        crebo: CERTIFICATE_CREBOS[n % CERTIFICATE_CREBOS.length],
        issuedOn: day(-1 - (Math.floor(n / 7) % 700)),
      },
      WORKSHOP_LEADER,
    );
    this.acknowledged.add(CERTIFICATE_REGISTERED, id);
  }

  private async loop(write: () => Promise<unknown>): Promise<void> {
    while (this.running) {
      try {
        await write();
      } catch (error) {
        this.errors.push(error as Error);
        return;
      }
      await sleep(this.pauseMs);
    }
  }

  private next(): number {
    return this.sequence++;
  }
}

/** A BRIN code (2 digits, 2 letters) per number: 10AA, 10AB, … */
function aBrin(n: number): string {
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  return `${10 + (Math.floor(n / 676) % 90)}${letters[Math.floor(n / 26) % 26]}${letters[n % 26]}`;
}
