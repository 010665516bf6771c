import { INestApplication, Injectable } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource, EntityManager, MigrationInterface, QueryRunner } from 'typeorm';
import {
  CERTIFICATE_REGISTERED,
  CERTIFICATE_REVOKED,
  createEnvelope,
  EventEnvelope,
} from '@bridge/contracts';
import {
  DatabaseConnection,
  openDatabaseConnection,
  serviceDataSourceOptions,
} from '@bridge/database';
import { BusMessage, EventBus } from '../bus/event-bus.port';
import { toBusMessage } from '../bus/headers';
import { InboxMessage } from '../inbox/inbox-message.entity';
import { MessagingTables1764300000000 } from '../messaging-tables.migration';
import { MessagingModule } from '../messaging.module';
import { OutboxMessage } from '../outbox/outbox-message.entity';
import { EventConsumer } from './event-consumer';
import { HandlesEvent, HandlesEvents } from './handles-event.decorator';

class EffectsTable1764300000001 implements MigrationInterface {
  async up(queryRunner: QueryRunner) {
    await queryRunner.query(
      'CREATE TABLE effects (seq serial PRIMARY KEY, event_id uuid NOT NULL, handler text NOT NULL)',
    );
  }
  async down() {
    /* test only */
  }
}

/** The crebos the second handler refuses: always, or on the first try only. */
const failures = { always: new Set<string>(), once: new Set<string>() };

function record(handler: string, event: EventEnvelope, manager: EntityManager) {
  return manager.query('INSERT INTO effects (event_id, handler) VALUES ($1, $2)', [
    event.eventId,
    handler,
  ]);
}

@Injectable()
class ReadModelHandler {
  @HandlesEvent(CERTIFICATE_REGISTERED)
  async onCertificate(event: EventEnvelope<typeof CERTIFICATE_REGISTERED>, manager: EntityManager) {
    await record('read-model', event, manager);
  }
}

@Injectable()
class FollowerHandler {
  @HandlesEvent(CERTIFICATE_REGISTERED)
  async onCertificate(event: EventEnvelope<typeof CERTIFICATE_REGISTERED>, manager: EntityManager) {
    await record('follower', event, manager);
    const { crebo } = event.payload;
    if (failures.always.has(crebo) || failures.once.delete(crebo))
      throw new Error(`the follower refuses ${crebo}`);
  }
}

/** Takes revocations a run at a time, and remembers the runs it was given. */
@Injectable()
class RunHandler {
  readonly runs: string[][] = [];

  @HandlesEvents(CERTIFICATE_REVOKED)
  async onRevocations(events: EventEnvelope<typeof CERTIFICATE_REVOKED>[], manager: EntityManager) {
    this.runs.push(events.map((event) => event.payload.crebo));
    for (const event of events) await record('run', event, manager);
    if (events.some((event) => failures.always.has(event.payload.crebo)))
      throw new Error('the run handler refuses the run');
  }
}

/** Keeps what the consumer dead-letters; it consumes nothing itself. */
class RecordingBus extends EventBus {
  readonly published: BusMessage[] = [];
  async publish(messages: BusMessage[]) {
    this.published.push(...messages);
  }
  async subscribe() {
    /* the spec hands messages to the consumer itself */
  }
  async isHealthy() {
    return true;
  }
  async close() {
    /* nothing held */
  }
}

function certificateEvent(crebo: string) {
  return createEnvelope('training', {
    topic: CERTIFICATE_REGISTERED,
    key: `certificate-${crebo}`,
    version: 1,
    payload: {
      certificateId: `certificate-${crebo}`,
      candidateId: 'cand-1',
      piCode: 'PI-VUGHT',
      crebo,
      title: 'Assistent horeca, voeding of voedingsindustrie',
      level: 1,
      sector: 'Entree',
      issuedOn: '2026-10-01',
    },
  });
}

function revocation(crebo: string) {
  return createEnvelope('training', {
    topic: CERTIFICATE_REVOKED,
    key: `certificate-${crebo}`,
    version: 2,
    payload: {
      certificateId: `certificate-${crebo}`,
      candidateId: 'cand-1',
      crebo,
      revokedAt: '2026-11-01T10:00:00.000Z',
    },
  });
}

describe('several handlers of one topic', () => {
  jest.setTimeout(60_000);
  let db: DatabaseConnection;
  let app: INestApplication;
  const bus = new RecordingBus();

  const effects = async (event: EventEnvelope): Promise<string[]> =>
    (
      await app
        .get(DataSource)
        .query('SELECT handler FROM effects WHERE event_id = $1 ORDER BY seq', [event.eventId])
    ).map((row: { handler: string }) => row.handler);
  const inboxed = (event: EventEnvelope) =>
    app.get(DataSource).getRepository(InboxMessage).countBy({ eventId: event.eventId });

  beforeAll(async () => {
    db = await openDatabaseConnection({ service: 'consumer', dataDir: null });
    const moduleRef = await Test.createTestingModule({
      imports: [
        TypeOrmModule.forRoot(
          serviceDataSourceOptions({
            ...db,
            entities: [OutboxMessage, InboxMessage],
            migrations: [MessagingTables1764300000000, EffectsTable1764300000001],
          }),
        ),
        MessagingModule.forRoot({
          service: 'matching',
          bus,
          pollIntervalMs: 20,
          handlerAttempts: 2,
        }),
      ],
      providers: [ReadModelHandler, FollowerHandler, RunHandler],
    }).compile();
    app = moduleRef.createNestApplication({ logger: false });
    await app.init();
  });

  afterAll(async () => {
    await app?.close();
    await db?.close();
  });

  it('runs each in the order their providers are declared, once per event id', async () => {
    const event = certificateEvent('25251');
    await app.get(EventConsumer).handle(toBusMessage(event));
    await app.get(EventConsumer).handle(toBusMessage(event));
    expect(await effects(event)).toEqual(['read-model', 'follower']);
    expect(await inboxed(event)).toBe(1);
  });

  it('keeps no effect of a try in which one of them failed: the retry runs them all again', async () => {
    const event = certificateEvent('25252');
    failures.once.add('25252');
    await app.get(EventConsumer).handle(toBusMessage(event));
    expect(await effects(event)).toEqual(['read-model', 'follower']);
    expect(bus.published).toEqual([]);
  });

  it('dead-letters the event with none of their effects when one keeps failing', async () => {
    const event = certificateEvent('25253');
    failures.always.add('25253');
    await app.get(EventConsumer).handle(toBusMessage(event));
    expect(await effects(event)).toEqual([]);
    expect(await inboxed(event)).toBe(0);
    expect(bus.published.map((message) => [message.topic, message.headers['dlq-error']])).toEqual([
      [`${CERTIFICATE_REGISTERED}.dlq`, 'the follower refuses 25253'],
    ]);
  });

  it('gives a run handler each run of consecutive fresh events of its topic at once, in order, beside one-by-one handlers', async () => {
    const [a, b, c, d] = ['25261', '25262', '25263', '25264'].map(revocation);
    const registered = certificateEvent('25265');
    const handler = app.get(RunHandler);
    handler.runs.length = 0;
    await app.get(EventConsumer).handle(toBusMessage(a));
    await app.get(EventConsumer).handleBatch([a, b, c, registered, d, b].map(toBusMessage));
    expect(handler.runs).toEqual([['25261'], ['25262', '25263'], ['25264']]);
    expect(await effects(registered)).toEqual(['read-model', 'follower']);
    for (const event of [a, b, c, d]) expect(await effects(event)).toEqual(['run']);
  });

  it('handles a batch event by event when a run fails, dead-lettering only the event that keeps failing', async () => {
    const [good, bad] = ['25271', '25272'].map(revocation);
    failures.always.add('25272');
    bus.published.length = 0;
    const handler = app.get(RunHandler);
    handler.runs.length = 0;
    await app.get(EventConsumer).handleBatch([good, bad].map(toBusMessage));
    expect(handler.runs).toEqual([['25271', '25272'], ['25271'], ['25272'], ['25272']]);
    expect(await effects(good)).toEqual(['run']);
    expect(await effects(bad)).toEqual([]);
    expect(bus.published.map((message) => message.topic)).toEqual([`${CERTIFICATE_REVOKED}.dlq`]);
  });
});
