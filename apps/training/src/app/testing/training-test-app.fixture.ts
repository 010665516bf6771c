import type { Response } from 'supertest';
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
import { InProcessEventBus, OutboxMessage, toBusMessage } from '@bridge/messaging';
import {
  describeServiceOnEachBackend,
  DevTokenClaims,
  expectProblem,
  ServiceTestApp,
  TestBackend,
  daysFromToday,
} from '@bridge/service-runtime/testing';
import { expectEventually } from '@bridge/testing';
import { Candidate } from '../candidates/candidate.entity';
import { Covenant } from '../covenants/covenant.entity';
import { SchoolPlaceReferral } from '../referrals/school-place-referral.entity';
import { trainingService } from '../training.app-module';
import { aCandidate } from './candidate.factory';
import type { CovenantInput } from './covenant.factory';
import { aSchoolPlaceReferral } from './referral.factory';

export { daysFromToday };

/** Claims for `POST /auth/dev-token`. */
export type Claims = DevTokenClaims;

/** An `application/problem+json` answer. */
export interface ProblemBody {
  status: number;
  detail: string;
  errors?: { field: string; message: string }[];
}

export { problemFields } from '@bridge/service-runtime/testing';

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
 * The real training service for one test file (see `ServiceTestApp`), with its own in-process bus
 * standing in for matching and employers.
 */
export class TrainingTestApp extends ServiceTestApp {
  constructor(backend: TestBackend = {}) {
    // Redelivers a failing event after milliseconds, not seconds: specs that wait on a retry stay quick.
    super(
      'training',
      trainingService,
      backend,
      new InProcessEventBus({ initialMs: 20, maxMs: 200 }),
    );
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
  async registerCandidate(overrides: Partial<CandidateState> = {}): Promise<CandidateState> {
    const candidate = aCandidate(overrides);
    await this.publish(CANDIDATE_REGISTERED, candidate.candidateId, 1, candidate);
    await expectEventually(async () =>
      expect(await this.candidateRow(candidate.candidateId)).not.toBeNull(),
    );
    return candidate;
  }

  async updateCandidate(candidate: CandidateState, version: number): Promise<void> {
    await this.publish(CANDIDATE_UPDATED, candidate.candidateId, version, candidate);
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
  async referToSchoolPlace(schoolPlaceId: string, brin: string): Promise<string> {
    const referral = aSchoolPlaceReferral(schoolPlaceId, brin);
    await this.publish(REFERRAL_CREATED, referral.referralId, 1, referral);
    await expectEventually(async () =>
      expect(await this.referralRow(referral.referralId)).not.toBeNull(),
    );
    return referral.referralId;
  }

  referralRow(referralId: string): Promise<SchoolPlaceReferral | null> {
    return this.dataSource.getRepository(SchoolPlaceReferral).findOneBy({ referralId });
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
      | 'school_place_placement_follow_ups'
      | 'covenants'
      | 'inbox_messages',
  ): Promise<number> {
    const [row] = (await this.dataSource.query(`SELECT count(*)::int AS n FROM ${table}`)) as {
      n: number;
    }[];
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
        (SELECT count(*) FROM school_place_placement_follow_ups)::int AS school_place_placement_follow_ups,
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
    expectProblem(response, status, field === undefined ? undefined : [field]);
    expect(await this.writtenState()).toEqual(before);
    return response.body as ProblemBody;
  }
}

/** Runs `suite` on each database backend, with one training app per run (see `describeServiceOnEachBackend`). */
export function describeOnEachBackend(title: string, suite: (app: TrainingTestApp) => void): void {
  describeServiceOnEachBackend(title, (backend) => new TrainingTestApp(backend), suite);
}

/** A string of 10,000 characters: every text field has a far smaller limit. */
export const LONG_STRING = 'x'.repeat(10_000);

/** One row of a bad-input table: a request that must be refused and write nothing. */
export interface BadInputCase {
  /** What is wrong. */
  name: string;
  status: number;
  /** The field the problem names (none for a whole-request refusal). */
  field?: string;
  /** The message of that field, where the rule it breaks matters. */
  message?: string;
  body: unknown;
  /** The caller, when not the table's usual one (null: no token). */
  caller?: Claims | null;
}

/** One row of a bad-query table of a list endpoint. */
export interface BadQueryCase {
  name: string;
  query: Record<string, string | number>;
  status: number;
  field: string;
}

/** What every list refuses with 400 naming the parameter: bad paging and unknown parameters. */
export const PAGING_CASES: BadQueryCase[] = [
  { name: 'limit 0', query: { limit: 0 }, status: 400, field: 'limit' },
  { name: 'limit negative', query: { limit: -5 }, status: 400, field: 'limit' },
  {
    name: 'limit above 100',
    query: { limit: 101 },
    status: 400,
    field: 'limit',
  },
  {
    name: 'limit not a number',
    query: { limit: 'all' },
    status: 400,
    field: 'limit',
  },
  {
    name: 'a garbage cursor',
    query: { cursor: 'garbage' },
    status: 400,
    field: 'cursor',
  },
  {
    name: 'a cursor of 10,000 characters',
    query: { cursor: LONG_STRING },
    status: 400,
    field: 'cursor',
  },
  {
    name: 'an unknown parameter',
    query: { colour: 'red' },
    status: 400,
    field: 'colour',
  },
];
