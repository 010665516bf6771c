import { randomUUID } from 'node:crypto';
import {
  CERTIFICATE_REGISTERED,
  COVENANT_SIGNED,
  createEnvelope,
  EventEnvelope,
  NewEvent,
  parseEnvelope,
  SCHOOL_PLACE_PUBLISHED,
  SchoolPlaceState,
  Topic,
  VACANCY_PUBLISHED,
  VacancyState,
} from '@bridge/contracts';
import { toBusMessage } from '@bridge/messaging';
import {
  describeServiceOnEachBackend,
  expectProblem,
  ServiceTestApp,
  TestBackend,
  daysFromToday,
} from '@bridge/service-runtime/testing';
import type { DevTokenClaims as Claims } from '@bridge/service-runtime/testing';
import { expectEventually } from '@bridge/testing';
import { Suggestion } from '../match-engine/suggestion.entity';
import { matchingService } from '../matching.app-module';

/** The dev-token claims and the problem assertion every service's tests share, under the names the specs use. */
export { type Claims, daysFromToday, expectProblem };

export const ADMIN: Claims = { sub: 'admin-1', role: 'admin' };
export const CASEMANAGER: Claims = { sub: 'cm-vught', role: 'casemanager', pi: 'PI-VUGHT' };
/** An advisor of AM27 (Noordoost-Brabant), the region of the scenario's candidates. */
export const ADVISOR: Claims = { sub: 'uwv-27', role: 'uwv-advisor', regions: ['AM26', 'AM27'] };
export const OTHER_ADVISOR: Claims = { sub: 'uwv-01', role: 'uwv-advisor', regions: ['AM01'] };
export const employer = (employerId: string): Claims => ({
  sub: `emp-${employerId.slice(0, 8)}`,
  role: 'employer',
  employerId,
});
export const educationProvider = (brin: string): Claims => ({
  sub: `school-${brin}`,
  role: 'education-provider',
  brin,
});

/** A candidate with a certificate, an open covenant vacancy, and the suggestion matching made of them. */
export interface MatchedSuggestion {
  candidateId: string;
  vacancy: VacancyState;
  suggestion: Suggestion;
}

/** Rows per table that a refused request must leave unchanged. */
export interface TableCounts {
  referrals: number;
  outbox_messages: number;
  audit_entries: number;
}

/**
 * The real matching service for one test file, on its own database and in-process bus: tests talk
 * HTTP to it, publish other services' events on the bus (`publish` resolves once handled), and read
 * its tables only to check what was (not) written.
 */
export class MatchingTestApp extends ServiceTestApp {
  private djiSequence = 0;

  constructor(backend: TestBackend, settings: Record<string, string> = {}) {
    super('matching', matchingService, backend, undefined, settings);
  }

  /** Publishes another service's event on the bus; resolves once matching has handled it. */
  async publish<T extends Topic>(
    producer: 'employers' | 'training',
    event: NewEvent<T>,
  ): Promise<EventEnvelope<T>> {
    const envelope = createEnvelope(producer, event);
    await this.redeliver(envelope);
    return envelope;
  }

  /** Delivers an envelope again, as the bus does after a consumer crash. */
  async redeliver(envelope: EventEnvelope): Promise<void> {
    await this.bus.publish([toBusMessage(envelope)]);
  }

  /** A casemanager registers a candidate of PI Vught; returns its id. */
  async registerCandidate(overrides: Record<string, unknown> = {}): Promise<string> {
    this.djiSequence += 1;
    const response = await this.as(CASEMANAGER).post('/candidates', {
      djiNumber: `T${process.pid}-${this.djiSequence}`,
      piCode: 'PI-VUGHT',
      expectedReleaseDate: daysFromToday(40),
      returnMunicipalityCode: 'GM0796',
      vogOutlook: 'likely',
      preferences: { work: true },
      consent: { shareAnonymisedProfile: true },
      ...overrides,
    });
    expect(response.status).toBe(201);
    return response.body.id;
  }

  /** Training registers a valid Machinaal houtbewerker certificate for the candidate. */
  async certify(candidateId: string): Promise<void> {
    const certificateId = randomUUID();
    await this.publish('training', {
      topic: CERTIFICATE_REGISTERED,
      key: certificateId,
      version: 1,
      payload: {
        certificateId,
        candidateId,
        piCode: 'PI-VUGHT',
        crebo: '25016',
        title: 'Machinaal houtbewerker',
        level: 2,
        sector: 'Afbouw, hout en onderhoud',
        issuedOn: daysFromToday(-30),
      },
    });
  }

  /** Employers reports a covenant of an employer or a school, for AM27 and PI Vught, valid for a year; returns its id. */
  async signCovenant(
    party: { employerId: string } | { brin: string },
    { covenantId = randomUUID(), ...overrides }: { covenantId?: string; validTo?: string } = {},
  ): Promise<string> {
    await this.publish('employers', {
      topic: COVENANT_SIGNED,
      key: covenantId,
      version: 1,
      payload: {
        covenantId,
        name: 'Convenant Houtbouw Maaskant',
        ...party,
        regionCodes: ['AM27'],
        piCodes: ['PI-VUGHT'],
        validFrom: daysFromToday(-30),
        validTo: daysFromToday(365),
        ...overrides,
      },
    });
    return covenantId;
  }

  /**
   * Employers signs a covenant for AM27 and PI Vught (unless `overrides` name one) and publishes an
   * open vacancy under it (a Machinaal houtbewerker in Vught, or as `overrides` say).
   */
  async publishVacancy(
    employerId: string = randomUUID(),
    overrides: Partial<VacancyState> = {},
  ): Promise<VacancyState> {
    const covenantId = overrides.covenantId ?? (await this.signCovenant({ employerId }));
    const vacancyId = randomUUID();
    const envelope = await this.publish('employers', {
      topic: VACANCY_PUBLISHED,
      key: vacancyId,
      version: 1,
      payload: {
        vacancyId,
        employerId,
        covenantId,
        title: 'Machinaal houtbewerker',
        municipalityCode: 'GM0865',
        hoursPerWeek: 32,
        startDate: daysFromToday(50),
        openings: 2,
        openingsLeft: 2,
        requiredQualifications: ['25016'],
        requiresVog: false,
        status: 'open',
        ...overrides,
      },
    });
    return envelope.payload;
  }

  /**
   * Training publishes an open school place of Allround machinaal houtbewerker (level 3) in
   * 's-Hertogenbosch, outside any covenant, open to a certified Machinaal houtbewerker (level 2):
   * the scenario's certified candidates match it.
   */
  async publishSchoolPlace(overrides: Partial<SchoolPlaceState> = {}): Promise<SchoolPlaceState> {
    const schoolPlaceId = randomUUID();
    const envelope = await this.publish('training', {
      topic: SCHOOL_PLACE_PUBLISHED,
      key: schoolPlaceId,
      version: 1,
      payload: {
        schoolPlaceId,
        brin: '25LX',
        covenantId: null,
        crebo: '25015',
        title: 'Allround machinaal houtbewerker',
        level: 3,
        sector: 'Afbouw, hout en onderhoud',
        learningPath: 'BBL',
        municipalityCode: 'GM0796',
        startDate: daysFromToday(45),
        seats: 4,
        seatsLeft: 4,
        status: 'open',
        entryRequirements: { minLevel: 2, requiredQualifications: ['25016'] },
        ...overrides,
      },
    });
    return envelope.payload;
  }

  /** A certified candidate (registered with `candidate` overrides) and the suggestion of `vacancy`: see `matchedTo`. */
  async matchedSuggestion(
    vacancy: VacancyState,
    candidate: Record<string, unknown> = {},
  ): Promise<MatchedSuggestion> {
    return { vacancy, ...(await this.matchedTo(vacancy.vacancyId, candidate)) };
  }

  /**
   * A certified candidate (registered with `candidate` overrides) and its suggestion of the target,
   * once the match engine is idle: the suggestion can appear before the last queued recomputation
   * of its candidate has run, and that one must not land in the middle of a test.
   */
  async matchedTo(
    targetId: string,
    candidate: Record<string, unknown> = {},
  ): Promise<{ candidateId: string; suggestion: Suggestion }> {
    const candidateId = await this.registerCandidate(candidate);
    await this.certify(candidateId);
    await this.suggestionOf(candidateId, targetId);
    await this.matchingIdle();
    return { candidateId, suggestion: await this.suggestionOf(candidateId, targetId) };
  }

  /** The suggestion of this target for this candidate, once the match engine has made it. */
  suggestionOf(candidateId: string, targetId: string): Promise<Suggestion> {
    return expectEventually(async () => {
      const suggestion = await this.dataSource.manager.findOneBy(Suggestion, {
        candidateId,
        targetId,
      });
      expect(suggestion).not.toBeNull();
      return suggestion as Suggestion;
    });
  }

  /** A matched candidate whose suggestion of `vacancy` an advisor accepted; with the referral's id. */
  async refer(vacancy: VacancyState): Promise<MatchedSuggestion & { referralId: string }> {
    const matched = await this.matchedSuggestion(vacancy);
    return { ...matched, referralId: await this.accept(matched.suggestion.id) };
  }

  /** A matched candidate whose suggestion of a new school place of `brin` an advisor accepted. */
  async referToSchoolPlace(
    brin: string,
  ): Promise<{ candidateId: string; schoolPlaceId: string; referralId: string }> {
    const { schoolPlaceId } = await this.publishSchoolPlace({ brin });
    const { candidateId, suggestion } = await this.matchedTo(schoolPlaceId);
    return { candidateId, schoolPlaceId, referralId: await this.accept(suggestion.id) };
  }

  /** An advisor accepts the suggestion; returns the referral's id. */
  private async accept(suggestionId: string): Promise<string> {
    const response = await this.as(ADVISOR).post(`/suggestions/${suggestionId}/review`, {
      decision: 'accept',
    });
    expect(response.status).toBe(200);
    return response.body.referral.id;
  }

  async suggestion(id: string): Promise<Suggestion> {
    return this.dataSource.manager.findOneByOrFail(Suggestion, { id });
  }

  /** Waits until the match engine has nothing queued: a suggestion written now stays as written. */
  async matchingIdle(): Promise<void> {
    await expectEventually(async () => {
      const [{ queued }] = await this.dataSource.query(
        'SELECT count(*)::int AS queued FROM match_queue',
      );
      expect(queued).toBe(0);
    });
  }

  /** The events in the outbox, oldest first, each validated against its contract. */
  async outbox(topic: Topic): Promise<EventEnvelope[]> {
    const rows: { envelope: unknown }[] = await this.dataSource.query(
      'SELECT envelope FROM outbox_messages WHERE topic = $1 ORDER BY id',
      [topic],
    );
    return rows.map((row) => parseEnvelope(row.envelope));
  }

  async counts(): Promise<TableCounts> {
    const [row] = (await this.dataSource.query(`
      SELECT (SELECT count(*) FROM referrals)::int AS referrals,
             (SELECT count(*) FROM outbox_messages)::int AS outbox_messages,
             (SELECT count(*) FROM audit_entries)::int AS audit_entries`)) as TableCounts[];
    return row;
  }
}

/**
 * Runs `suite` on each database backend, with one matching app per run (see `describeServiceOnEachBackend`), started
 * with `settings` (environment variables) beyond the test defaults.
 */
export function describeOnEachBackend(
  title: string,
  suite: (app: MatchingTestApp) => void,
  settings: Record<string, string> = {},
): void {
  describeServiceOnEachBackend(title, (backend) => new MatchingTestApp(backend, settings), suite);
}
