import { randomUUID } from 'node:crypto';
import {
  createEnvelope,
  EventEnvelope,
  parseEnvelope,
  REFERRAL_CREATED,
  REFERRAL_DECLINED,
  REFERRAL_WITHDRAWN,
  ReferralWithdrawalReason,
  Topic,
  VACANCY_CLOSED,
} from '@bridge/contracts';
import { EventConsumer, toBusMessage } from '@bridge/messaging';
import {
  describeServiceOnEachBackend,
  expectProblem,
  ServiceTestApp,
  TestBackend,
  daysFromToday,
} from '@bridge/service-runtime/testing';
import type { DevTokenClaims as Claims } from '@bridge/service-runtime/testing';
import { employersService } from '../employers.app-module';
import { VacancyExpiry } from '../vacancies/vacancy-expiry.service';

/** The dev-token claims and the problem assertion every service's tests share, under the names the specs use. */
export { type Claims, daysFromToday, expectProblem };

export const ADMIN: Claims = { sub: 'admin-1', role: 'admin' };
export const UWV_ADVISOR: Claims = { sub: 'uwv-1', role: 'uwv-advisor', regions: ['AM18'] };
export const CASEMANAGER: Claims = { sub: 'casemanager-1', role: 'casemanager', pi: 'PI-VUGHT' };
export const employerClaims = (
  employerId: string,
  sub = `employer-${employerId.slice(0, 8)}`,
): Claims => ({
  sub,
  role: 'employer',
  employerId,
});

/** Rows per table: what a rejected write must leave unchanged. */
export interface TableCounts {
  employers: number;
  covenants: number;
  vacancies: number;
  outbox_messages: number;
  idempotency_keys: number;
  referrals: number;
  placements: number;
  placement_follow_ups: number;
}

/** The real employers service for one test file (see `ServiceTestApp`), with employers' domain helpers. */
export class EmployersTestApp extends ServiceTestApp {
  private kvkSequence = 0;

  constructor(backend: TestBackend) {
    super('employers', employersService, backend);
  }

  /** The timed closing of vacancies; tests run its `closeDue(today)` with a date of their choosing. */
  get vacancyExpiry(): VacancyExpiry {
    return this.service.app.get(VacancyExpiry);
  }

  /** A fresh, valid 8-digit KvK number for this app. */
  nextKvk(): string {
    this.kvkSequence += 1;
    return String(10_000_000 + this.kvkSequence);
  }

  async registerEmployer(
    overrides: Record<string, unknown> = {},
  ): Promise<{ id: string; [field: string]: unknown }> {
    const res = await this.as(ADMIN).post('/employers', {
      kvkNumber: this.nextKvk(),
      name: 'Houtbewerking Van Dijk B.V.',
      municipalityCode: 'GM0855',
      sector: 'Afbouw, hout en onderhoud',
      ...overrides,
    });
    expect(res.status).toBe(201);
    return res.body;
  }

  /** Publishes a vacancy as the employer of `covenantId` (`vacancyBody` with `overrides`). */
  async publishVacancy(
    employerId: string,
    covenantId: string,
    overrides: Record<string, unknown> = {},
  ): Promise<{ id: string; employerId: string; [field: string]: unknown }> {
    const res = await this.as(employerClaims(employerId)).post(
      '/vacancies',
      this.vacancyBody(covenantId, overrides),
    );
    expect(res.status).toBe(201);
    return res.body;
  }

  /** The vacancy as its table holds it (status, version, close reason). */
  async vacancyRow(id: string): Promise<{
    status: string;
    version: number;
    openingsLeft: number;
    closeReason: string | null;
  }> {
    const [row] = await this.dataSource.query(
      'SELECT status, version, openings_left AS "openingsLeft", close_reason AS "closeReason" FROM vacancies WHERE id = $1',
      [id],
    );
    return row;
  }

  async signCovenant(
    overrides: Record<string, unknown> = {},
  ): Promise<{ id: string; [field: string]: unknown }> {
    const res = await this.as(ADMIN).post('/covenants', {
      name: 'Convenant Houtbewerking Midden-Brabant',
      regionCodes: ['AM26'],
      piCodes: ['PI-VUGHT'],
      validFrom: daysFromToday(-30),
      validTo: daysFromToday(365),
      ...overrides,
    });
    expect(res.status).toBe(201);
    return res.body;
  }

  /** A vacancy body under `covenantId` that passes every rule. */
  vacancyBody(
    covenantId: string,
    overrides: Record<string, unknown> = {},
  ): Record<string, unknown> {
    return {
      covenantId,
      title: 'Medewerker houtbewerking',
      description: 'Zagen, schaven en monteren in onze werkplaats.',
      municipalityCode: 'GM0855',
      hoursPerWeek: 32,
      startDate: daysFromToday(60),
      openings: 2,
      requiredQualifications: ['25007'],
      preferredQualifications: ['25008'],
      requiresVog: false,
      expiresOn: daysFromToday(30),
      ...overrides,
    };
  }

  /** The events in the outbox (published or not), oldest first, each validated against its contract. */
  async outbox(topic?: Topic): Promise<EventEnvelope[]> {
    const rows: { envelope: unknown }[] = await this.dataSource.query(
      `SELECT envelope FROM outbox_messages ${topic ? 'WHERE topic = $1' : ''} ORDER BY id`,
      topic ? [topic] : [],
    );
    return rows.map((row) => parseEnvelope(row.envelope));
  }

  /** The `vacancy.closed` events of one vacancy in the outbox, oldest first: `[version, reason]`. */
  async closings(vacancyId: string): Promise<[number, string][]> {
    const events = (await this.outbox(VACANCY_CLOSED)) as EventEnvelope<typeof VACANCY_CLOSED>[];
    return events.filter((e) => e.key === vacancyId).map((e) => [e.version, e.payload.reason]);
  }

  /** Hands an event of matching to the app's consumer, as the bus would. */
  async deliver(envelope: EventEnvelope): Promise<void> {
    await this.service.app.get(EventConsumer).handle(toBusMessage(envelope));
  }

  /** A `matching.referral.created.v1` envelope (a vacancy referral unless overridden). */
  referralCreated(
    target: { vacancyId: string; employerId: string },
    overrides: {
      referralId?: string;
      version?: number;
      targetType?: 'vacancy' | 'school-place';
    } = {},
  ): EventEnvelope<typeof REFERRAL_CREATED> {
    const referralId = overrides.referralId ?? randomUUID();
    const targetType = overrides.targetType ?? 'vacancy';
    return createEnvelope('matching', {
      topic: REFERRAL_CREATED,
      key: referralId,
      version: overrides.version ?? 1,
      payload: {
        referralId,
        targetId: target.vacancyId,
        targetType,
        employerId: targetType === 'vacancy' ? target.employerId : null,
        brin: targetType === 'vacancy' ? null : '25LX',
        regionCode: 'AM26',
        availableFrom: daysFromToday(30),
        certificates: [
          { crebo: '25007', title: 'Medewerker houtbewerking', issuedOn: daysFromToday(-60) },
        ],
      },
    });
  }

  /**
   * A `matching.referral.withdrawn.v1` or `.declined.v1` envelope of a vacancy referral; a
   * withdrawal with matching's `reason` when given.
   */
  referralEnded(
    topic: typeof REFERRAL_WITHDRAWN | typeof REFERRAL_DECLINED,
    referralId: string,
    vacancyId: string,
    version = 2,
    reason?: ReferralWithdrawalReason,
  ): EventEnvelope {
    return createEnvelope('matching', {
      topic,
      key: referralId,
      version,
      payload: {
        referralId,
        targetId: vacancyId,
        targetType: 'vacancy',
        ...(reason !== undefined && { reason }),
      },
    });
  }

  /** Makes matching's referral of a candidate to this vacancy known here; returns its id. */
  async refer(vacancy: { id: string; employerId: string }): Promise<string> {
    const envelope = this.referralCreated({
      vacancyId: vacancy.id,
      employerId: vacancy.employerId,
    });
    await this.deliver(envelope);
    return envelope.payload.referralId;
  }

  /** The referral as the read model holds it, or null. */
  async referral(referralId: string): Promise<{
    status: string;
    version: number;
    employerId: string | null;
    withdrawalReason: string | null;
  } | null> {
    const rows: {
      status: string;
      version: number;
      employer_id: string | null;
      withdrawal_reason: string | null;
    }[] = await this.dataSource.query(
      'SELECT status, version, employer_id, withdrawal_reason FROM referrals WHERE referral_id = $1',
      [referralId],
    );
    return rows[0]
      ? {
          status: rows[0].status,
          version: rows[0].version,
          employerId: rows[0].employer_id,
          withdrawalReason: rows[0].withdrawal_reason,
        }
      : null;
  }

  async counts(): Promise<TableCounts> {
    const [row] = (await this.dataSource.query(`
      SELECT (SELECT count(*) FROM employers)::int AS employers,
             (SELECT count(*) FROM covenants)::int AS covenants,
             (SELECT count(*) FROM vacancies)::int AS vacancies,
             (SELECT count(*) FROM outbox_messages)::int AS outbox_messages,
             (SELECT count(*) FROM idempotency_keys)::int AS idempotency_keys,
             (SELECT count(*) FROM referrals)::int AS referrals,
             (SELECT count(*) FROM placements)::int AS placements,
             (SELECT count(*) FROM placement_follow_ups)::int AS placement_follow_ups`)) as TableCounts[];
    return row;
  }
}

/** Runs `suite` on each database backend, with one employers app per run (see `describeServiceOnEachBackend`). */
export function describeOnEachBackend(title: string, suite: (app: EmployersTestApp) => void): void {
  describeServiceOnEachBackend(title, (backend) => new EmployersTestApp(backend), suite);
}
