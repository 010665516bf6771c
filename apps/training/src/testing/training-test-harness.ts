import { DataSource } from 'typeorm';
import request, { type Response } from 'supertest';
import {
  CANDIDATE_LEFT,
  CANDIDATE_REGISTERED,
  CANDIDATE_UPDATED,
  CandidateState,
  COVENANT_SIGNED,
  createEnvelope,
  EventEnvelope,
  PayloadInput,
  REFERRAL_CREATED,
  ServiceName,
  Topic,
} from '@bridge/contracts';
import {
  InProcessEventBus,
  OutboxMessage,
  toBusMessage,
} from '@bridge/messaging';
import { describeIf, expectEventually, testPostgresUrl } from '@bridge/testing';
import type { RunningService } from '@bridge/service-runtime';
import { startTestService } from '@bridge/service-runtime/testing';
import { Candidate } from '../app/candidates/candidate.entity';
import { Covenant } from '../app/covenants/covenant.entity';
import { SchoolPlaceReferral } from '../app/referrals/school-place-referral.entity';
import { trainingService } from '../app/training.app-module';
import { aCandidate } from './candidate.factory';
import type { CovenantInput } from './covenant.factory';
import { aSchoolPlaceReferral } from './referral.factory';

/** Claims for `POST /auth/dev-token`. */
export interface Claims {
  sub: string;
  role: string;
  pi?: string;
  employerId?: string;
  brin?: string;
  regions?: string[];
}

/** An `application/problem+json` answer. */
export interface ProblemBody {
  status: number;
  detail: string;
  errors?: { field: string; message: string }[];
}

/** The fields a problem answer names. */
export function problemFields(body: unknown): string[] {
  return ((body as ProblemBody).errors ?? []).map((e) => e.field);
}

/** The usual callers of the training service's tests. */
export const CALLERS = {
  vughtLeader: { sub: 'leader-vught', role: 'workshop-leader', pi: 'PI-VUGHT' },
  zwolleLeader: {
    sub: 'leader-zwolle',
    role: 'workshop-leader',
    pi: 'PI-ZWOLLE',
  },
  vughtCasemanager: { sub: 'cm-vught', role: 'casemanager', pi: 'PI-VUGHT' },
  zwolleCasemanager: { sub: 'cm-zwolle', role: 'casemanager', pi: 'PI-ZWOLLE' },
  denBoschAdvisor: {
    sub: 'uwv-denbosch',
    role: 'uwv-advisor',
    regions: ['AM27'],
  },
  amsterdamAdvisor: {
    sub: 'uwv-amsterdam',
    role: 'uwv-advisor',
    regions: ['AM18'],
  },
  employer: { sub: 'employer-1', role: 'employer', employerId: 'employer-1' },
  school: { sub: 'school-1', role: 'education-provider', brin: '25LX' },
  admin: { sub: 'admin-1', role: 'admin' },
} as const satisfies Record<string, Claims>;

/**
 * The real training service booted for one test file (embedded database, or a fresh database on
 * the test Postgres server), with its own in-process bus standing in for matching.
 */
export class TrainingHarness {
  private readonly tokens = new Map<string, string>();

  private constructor(
    readonly service: RunningService,
    readonly bus: InProcessEventBus,
  ) {}

  static async start(postgresUrl?: string): Promise<TrainingHarness> {
    const bus = new InProcessEventBus({ initialMs: 20, maxMs: 200 });
    const service = await startTestService('training', trainingService, {
      postgresUrl,
      bus,
    });
    return new TrainingHarness(service, bus);
  }

  get http() {
    return request(this.service.url);
  }

  get dataSource(): DataSource {
    return this.service.app.get(DataSource);
  }

  /** A bearer token from the service's own dev-token endpoint. */
  async token(claims: Claims): Promise<string> {
    const cacheKey = JSON.stringify(claims);
    const cached = this.tokens.get(cacheKey);
    if (cached) return cached;
    const response = await this.http
      .post('/auth/dev-token')
      .send(claims)
      .expect(201);
    const token = (response.body as { token: string }).token;
    this.tokens.set(cacheKey, token);
    return token;
  }

  async auth(claims: Claims): Promise<string> {
    return `Bearer ${await this.token(claims)}`;
  }

  /**
   * Publishes an event as its producer (the topic's first part: matching, employers) would: a
   * validated envelope on the bus.
   */
  async publish<T extends Topic>(
    topic: T,
    key: string,
    version: number,
    payload: PayloadInput<T>,
  ): Promise<EventEnvelope<T>> {
    const producer = topic.split('.')[0] as ServiceName;
    const envelope = createEnvelope(producer, {
      topic,
      key,
      version,
      payload,
    });
    await this.bus.publish([toBusMessage(envelope)]);
    return envelope;
  }

  /** Registers a candidate at matching and waits until training's read model has it. */
  async registerCandidate(
    overrides: Partial<CandidateState> = {},
  ): Promise<CandidateState> {
    const candidate = aCandidate(overrides);
    await this.publish(
      CANDIDATE_REGISTERED,
      candidate.candidateId,
      1,
      candidate,
    );
    await expectEventually(async () =>
      expect(await this.candidateRow(candidate.candidateId)).not.toBeNull(),
    );
    return candidate;
  }

  async updateCandidate(
    candidate: CandidateState,
    version: number,
  ): Promise<void> {
    await this.publish(
      CANDIDATE_UPDATED,
      candidate.candidateId,
      version,
      candidate,
    );
  }

  async candidateLeaves(candidateId: string, version: number): Promise<void> {
    await this.publish(CANDIDATE_LEFT, candidateId, version, {
      candidateId,
      reason: 'removed',
    });
  }

  candidateRow(candidateId: string): Promise<Candidate | null> {
    return this.dataSource.getRepository(Candidate).findOneBy({ candidateId });
  }

  /** Employers publishes a signed covenant; waits until training's read model has it. */
  async signCovenant(covenant: CovenantInput): Promise<CovenantInput> {
    await this.publish(COVENANT_SIGNED, covenant.covenantId, 1, covenant);
    await expectEventually(async () =>
      expect(await this.covenantRow(covenant.covenantId)).not.toBeNull(),
    );
    return covenant;
  }

  covenantRow(covenantId: string): Promise<Covenant | null> {
    return this.dataSource.getRepository(Covenant).findOneBy({ covenantId });
  }

  /** Matching refers a candidate to a school place; waits until training's read model has it. */
  async referToSchoolPlace(
    schoolPlaceId: string,
    brin: string,
  ): Promise<string> {
    const referral = aSchoolPlaceReferral(schoolPlaceId, brin);
    await this.publish(REFERRAL_CREATED, referral.referralId, 1, referral);
    await expectEventually(async () =>
      expect(await this.referralRow(referral.referralId)).not.toBeNull(),
    );
    return referral.referralId;
  }

  referralRow(referralId: string): Promise<SchoolPlaceReferral | null> {
    return this.dataSource
      .getRepository(SchoolPlaceReferral)
      .findOneBy({ referralId });
  }

  /** The envelopes training wrote to its outbox for one aggregate, oldest first. */
  async outboxEvents(key: string): Promise<EventEnvelope[]> {
    const rows = await this.dataSource
      .getRepository(OutboxMessage)
      .find({ where: { key }, order: { id: 'ASC' } });
    return rows.map((row) => row.envelope);
  }

  async count(
    table:
      | 'certificates'
      | 'outbox_messages'
      | 'idempotency_keys'
      | 'providers'
      | 'school_places'
      | 'school_place_referrals'
      | 'school_place_placements'
      | 'covenants'
      | 'inbox_messages',
  ): Promise<number> {
    const [row] = (await this.dataSource.query(
      `SELECT count(*)::int AS n FROM ${table}`,
    )) as { n: number }[];
    return row.n;
  }

  /**
   * What a write can change: the rows of every table the HTTP API writes (outbox included) and
   * the versions and seats of the rows it updates. Equal before and after a refused request means
   * the request wrote nothing.
   */
  async writtenState(): Promise<Record<string, number>> {
    const [row] = (await this.dataSource.query(`
      SELECT
        (SELECT count(*) FROM certificates)::int AS certificates,
        (SELECT coalesce(sum(version), 0) FROM certificates)::int AS "certificates.version",
        (SELECT count(*) FROM providers)::int AS providers,
        (SELECT count(*) FROM school_places)::int AS school_places,
        (SELECT coalesce(sum(version), 0) FROM school_places)::int AS "school_places.version",
        (SELECT coalesce(sum(seats_left), 0) FROM school_places)::int AS "school_places.seats_left",
        (SELECT count(*) FROM school_place_placements)::int AS school_place_placements,
        (SELECT count(*) FROM idempotency_keys)::int AS idempotency_keys,
        (SELECT count(*) FROM outbox_messages)::int AS outbox_messages`)) as Record<
      string,
      number
    >[];
    return row;
  }

  /**
   * Sends a request that must be refused: asserts its status, that the problem names `field` (when
   * given) and that the request wrote nothing (`writtenState` before and after). Returns the problem.
   */
  async expectRefused(
    send: () => PromiseLike<Response>,
    status: number,
    field?: string,
  ): Promise<ProblemBody> {
    const before = await this.writtenState();
    const response = await send();
    // Status and body together, so a failure shows the problem.
    expect({ status: response.status, body: response.body }).toMatchObject({
      status,
    });
    expect(response.headers['content-type']).toMatch(
      /^application\/problem\+json/,
    );
    if (field !== undefined)
      expect(problemFields(response.body)).toContain(field);
    expect(await this.writtenState()).toEqual(before);
    return response.body as ProblemBody;
  }

  close(): Promise<void> {
    return this.service.close();
  }
}

/**
 * Runs `suite` against each database backend: always the embedded one, and a real Postgres when
 * the test run found one (`testPostgresUrl()`; reported as skipped when it did not, and with
 * CI=true a missing Postgres fails the run). The suite gets the booted service lazily.
 */
export function describeEachBackend(
  title: string,
  suite: (harness: () => TrainingHarness) => void,
): void {
  const postgresUrl = testPostgresUrl();
  const backends = [
    { name: 'embedded Postgres', enabled: true, postgresUrl: undefined },
    { name: 'Postgres', enabled: postgresUrl !== undefined, postgresUrl },
  ];
  for (const backend of backends) {
    describeIf(backend.enabled)(`${title} [${backend.name}]`, () => {
      let harness: TrainingHarness | undefined;
      beforeAll(async () => {
        harness = await TrainingHarness.start(backend.postgresUrl);
      }, 120_000);
      afterAll(async () => {
        await harness?.close();
      });
      suite(() => {
        if (!harness) throw new Error('the training service did not start');
        return harness;
      });
    });
  }
}
