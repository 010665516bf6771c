import { INestApplication, Injectable } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource, EntityManager, MigrationInterface, QueryRunner } from 'typeorm';
import { CERTIFICATE_REGISTERED, createEnvelope, EventEnvelope } from '@bridge/contracts';
import { DatabaseConnection, openDatabaseConnection, serviceDataSourceOptions } from '@bridge/database';
import { BusMessage, EventBus } from '../bus/event-bus.port';
import { toBusMessage } from '../bus/headers';
import { InboxMessage } from '../inbox/inbox-message.entity';
import { MessagingTables1764300000000 } from '../messaging-tables.migration';
import { MessagingModule } from '../messaging.module';
import { OutboxMessage } from '../outbox/outbox-message.entity';
import { EventConsumer } from './event-consumer';
import { HandlesEvent } from './handles-event.decorator';

class EffectsTable1764300000001 implements MigrationInterface {
  async up(queryRunner: QueryRunner) {
    await queryRunner.query('CREATE TABLE effects (seq serial PRIMARY KEY, event_id uuid NOT NULL, handler text NOT NULL)');
  }
  async down() {
    /* test only */
  }
}

/** The crebos the second handler refuses: always, or on the first try only. */
const failures = { always: new Set<string>(), once: new Set<string>() };

function record(handler: string, event: EventEnvelope, manager: EntityManager) {
  return manager.query('INSERT INTO effects (event_id, handler) VALUES ($1, $2)', [event.eventId, handler]);
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
    if (failures.always.has(crebo) || failures.once.delete(crebo)) throw new Error(`the follower refuses ${crebo}`);
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

describe('several handlers of one topic', () => {
  jest.setTimeout(60_000);
  let db: DatabaseConnection;
  let app: INestApplication;
  const bus = new RecordingBus();

  const effects = async (event: EventEnvelope): Promise<string[]> =>
    (await app.get(DataSource).query('SELECT handler FROM effects WHERE event_id = $1 ORDER BY seq', [event.eventId])).map(
      (row: { handler: string }) => row.handler,
    );
  const inboxed = (event: EventEnvelope) => app.get(DataSource).getRepository(InboxMessage).countBy({ eventId: event.eventId });

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
        MessagingModule.forRoot({ service: 'matching', bus, pollIntervalMs: 20, handlerAttempts: 2 }),
      ],
      providers: [ReadModelHandler, FollowerHandler],
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
});
