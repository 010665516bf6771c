import { randomUUID } from 'node:crypto';
import { INestApplication, Injectable } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource, EntityManager, MigrationInterface, QueryRunner } from 'typeorm';
import {
  CERTIFICATE_REGISTERED,
  createEnvelope,
  deadLetterTopic,
  EventEnvelope,
  ServiceName,
} from '@bridge/contracts';
import {
  DatabaseConnection,
  openDatabaseConnection,
  serviceDataSourceOptions,
} from '@bridge/database';
import {
  createTestDatabase,
  describeIf,
  expectEventually,
  testKafkaBrokers,
  testPostgresUrl,
} from '@bridge/testing';
import { BusMessage, EventBus } from './bus/event-bus.port';
import { toBusMessage } from './bus/headers';
import { EventConsumer } from './consumer/event-consumer';
import { HandlesEvent } from './consumer/handles-event.decorator';
import { InboxMessage } from './inbox/inbox-message.entity';
import { InProcessEventBus } from './in-process/in-process-event-bus';
import { KafkaEventBus } from './kafka/kafka-event-bus';
import { MessagingTables1764300000000 } from './messaging-tables.migration';
import { MessagingModule } from './messaging.module';
import { Outbox } from './outbox/outbox';
import { OutboxMessage } from './outbox/outbox-message.entity';
import { OutboxRelay } from './outbox/outbox-relay';

class ProbeTables1764300000001 implements MigrationInterface {
  async up(queryRunner: QueryRunner) {
    await queryRunner.query('CREATE TABLE probe_notes (id text PRIMARY KEY)');
    await queryRunner.query(
      'CREATE TABLE probe_effects (event_id uuid NOT NULL, crebo text NOT NULL)',
    );
  }
  async down() {
    /* test only */
  }
}

/** Records each effect; refuses crebo 99999 so we can watch a message that keeps failing. */
@Injectable()
class ProbeHandler {
  @HandlesEvent(CERTIFICATE_REGISTERED)
  async onCertificate(event: EventEnvelope<typeof CERTIFICATE_REGISTERED>, manager: EntityManager) {
    if (event.payload.crebo === '99999') throw new Error('this certificate cannot be handled');
    await manager.query('INSERT INTO probe_effects (event_id, crebo) VALUES ($1, $2)', [
      event.eventId,
      event.payload.crebo,
    ]);
  }
}

/** A broker that is down: every publish fails. */
class DownBus extends EventBus {
  async publish(): Promise<void> {
    throw new Error('broker unreachable');
  }
  async subscribe(): Promise<void> {
    throw new Error('broker unreachable');
  }
  async isHealthy() {
    return false;
  }
  async close() {
    /* nothing held */
  }
}

function certificate(crebo = '25252', candidateId = 'cand-1') {
  return {
    certificateId: randomUUID(),
    candidateId,
    piCode: 'PI-VUGHT',
    crebo,
    title: 'Assistent horeca, voeding of voedingsindustrie',
    level: 1,
    sector: 'Entree',
    issuedOn: '2026-10-01',
  };
}

async function bootService(
  service: ServiceName,
  db: DatabaseConnection,
  bus: EventBus,
  handlers: boolean,
) {
  const moduleRef = await Test.createTestingModule({
    imports: [
      TypeOrmModule.forRoot(
        serviceDataSourceOptions({
          ...db,
          entities: [OutboxMessage, InboxMessage],
          migrations: [MessagingTables1764300000000, ProbeTables1764300000001],
        }),
      ),
      MessagingModule.forRoot({ service, bus, pollIntervalMs: 20, handlerAttempts: 2 }),
    ],
    providers: handlers ? [ProbeHandler] : [],
  }).compile();
  const app = moduleRef.createNestApplication({ logger: false });
  await app.init();
  await app.get(EventConsumer).start();
  return app;
}

interface Backend {
  openDatabase(label: string): Promise<DatabaseConnection>;
  /** The bus of one service: Kafka gives each its own client, the in-process bus is shared. */
  openBus(): EventBus;
}

function embeddedBackend(): Backend {
  const bus = new InProcessEventBus({ initialMs: 10, maxMs: 100 });
  return {
    openDatabase: (label) => openDatabaseConnection({ service: label, dataDir: null }),
    openBus: () => bus,
  };
}

function kafkaAndPostgres(postgresUrl: string, brokers: string[]): Backend {
  const topicPrefix = `test-${randomUUID().slice(0, 8)}.`;
  return {
    async openDatabase(label) {
      const db = await createTestDatabase(postgresUrl, `messaging_${label}`);
      return { url: db.url, embedded: false, close: () => db.drop() };
    },
    openBus: () =>
      new KafkaEventBus({ brokers, clientId: 'messaging-test', topicPrefix, partitions: 1 }),
  };
}

function describeMessaging(name: string, makeBackend: () => Backend) {
  describe(`outbox, relay, inbox and dead letters on ${name}`, () => {
    let backend: Backend;
    let bus: EventBus;
    let producerDb: DatabaseConnection;
    let consumerDb: DatabaseConnection;
    let consumer: INestApplication;
    const deadLetters: BusMessage[] = [];

    const effects = async (): Promise<{ event_id: string; crebo: string }[]> =>
      consumer.get(DataSource).query('SELECT event_id, crebo FROM probe_effects ORDER BY crebo');

    beforeAll(async () => {
      backend = makeBackend();
      bus = backend.openBus();
      [producerDb, consumerDb] = await Promise.all([
        backend.openDatabase('producer'),
        backend.openDatabase('consumer'),
      ]);
      consumer = await bootService('matching', consumerDb, bus, true);
      await bus.subscribe(
        'dlq-reader',
        [deadLetterTopic(CERTIFICATE_REGISTERED)],
        async (messages) => {
          deadLetters.push(...messages);
        },
      );
    });

    afterAll(async () => {
      await consumer?.close();
      await bus?.close().catch(() => undefined);
      await Promise.all([producerDb?.close(), consumerDb?.close()]);
    });

    beforeEach(async () => {
      await consumer.get(DataSource).query('DELETE FROM probe_effects');
    });

    it('delivers an event written with its state change after the relay crashed and restarted', async () => {
      const crashed = await bootService('training', producerDb, new DownBus(), false);
      const payload = certificate('25251');
      const envelope = await crashed.get(DataSource).transaction(async (manager) => {
        await manager.query('INSERT INTO probe_notes (id) VALUES ($1)', [payload.certificateId]);
        return crashed.get(Outbox).record(manager, {
          topic: CERTIFICATE_REGISTERED,
          key: payload.certificateId,
          version: 1,
          payload,
        });
      });
      await expect(crashed.get(OutboxRelay).publishPending()).rejects.toThrow('broker unreachable');
      expect(await crashed.get(OutboxRelay).pendingCount()).toBe(1);
      await crashed.close();

      const restarted = await bootService('training', producerDb, backend.openBus(), false);
      try {
        await expectEventually(async () =>
          expect(await effects()).toEqual([{ event_id: envelope.eventId, crebo: '25251' }]),
        );
        await expectEventually(async () =>
          expect(await restarted.get(OutboxRelay).pendingCount()).toBe(0),
        );
      } finally {
        await restarted.close();
      }
    });

    it('writes no event when the state change rolls back', async () => {
      const producer = await bootService('training', producerDb, backend.openBus(), false);
      try {
        const payload = certificate();
        await expect(
          producer.get(DataSource).transaction(async (manager) => {
            await producer.get(Outbox).record(manager, {
              topic: CERTIFICATE_REGISTERED,
              key: payload.certificateId,
              version: 1,
              payload,
            });
            throw new Error('the state change failed');
          }),
        ).rejects.toThrow('the state change failed');
        const rows = await producer
          .get(DataSource)
          .getRepository(OutboxMessage)
          .countBy({ key: payload.certificateId });
        expect(rows).toBe(0);
      } finally {
        await producer.close();
      }
    });

    it('gives a redelivered event its effect once', async () => {
      const first = createEnvelope('training', {
        topic: CERTIFICATE_REGISTERED,
        key: 'k-1',
        version: 1,
        payload: certificate('25253'),
      });
      const marker = createEnvelope('training', {
        topic: CERTIFICATE_REGISTERED,
        key: 'k-1',
        version: 2,
        payload: certificate('25254'),
      });
      await bus.publish([toBusMessage(first)]);
      await bus.publish([toBusMessage(first), toBusMessage(marker)]);
      await expectEventually(async () =>
        expect((await effects()).map((e) => e.crebo)).toEqual(['25253', '25254']),
      );
    });

    it('takes a batch of events in fewer transactions than events, each effect once and in order', async () => {
      const crebos = Array.from({ length: 30 }, (_, i) => String(30000 + i));
      const events = crebos.map((crebo, i) =>
        toBusMessage(
          createEnvelope('training', {
            topic: CERTIFICATE_REGISTERED,
            key: 'k-batch',
            version: i + 1,
            payload: certificate(crebo),
          }),
        ),
      );
      const transactions = jest.spyOn(consumer.get(DataSource), 'transaction');
      try {
        await bus.publish(events);
        await expectEventually(async () =>
          expect((await effects()).map((e) => e.crebo)).toEqual(crebos),
        );
        expect(transactions.mock.calls.length).toBeLessThan(events.length);
      } finally {
        transactions.mockRestore();
      }
    });

    it('sends a malformed or failing message to the dead-letter topic without blocking its partition', async () => {
      const key = 'k-poison';
      const valid = createEnvelope('training', {
        topic: CERTIFICATE_REGISTERED,
        key,
        version: 3,
        payload: certificate('25255'),
      });
      const failing = createEnvelope('training', {
        topic: CERTIFICATE_REGISTERED,
        key,
        version: 2,
        payload: certificate('99999'),
      });
      const badPayload = {
        ...toBusMessage(valid),
        value: JSON.stringify({ ...valid, eventId: randomUUID(), payload: { crebo: 'x' } }),
      };
      const notJson: BusMessage = {
        topic: CERTIFICATE_REGISTERED,
        key,
        value: '{not json',
        headers: {},
      };
      await bus.publish([notJson, badPayload, toBusMessage(failing), toBusMessage(valid)]);

      await expectEventually(async () =>
        expect((await effects()).map((e) => e.crebo)).toEqual(['25255']),
      );
      await expectEventually(() => expect(deadLetters).toHaveLength(3));
      expect(deadLetters.map((m) => m.value)).toEqual([
        notJson.value,
        badPayload.value,
        toBusMessage(failing).value,
      ]);
      expect(deadLetters[1].headers['dlq-error']).toMatch(/payload\.crebo/);
      expect(deadLetters[2].headers).toMatchObject({
        'dlq-error': 'this certificate cannot be handled',
        'dlq-original-topic': CERTIFICATE_REGISTERED,
        'dlq-consumer-group': 'matching',
      });
    });
  });
}

describeMessaging('the in-process bus and embedded Postgres', embeddedBackend);

const postgresUrl = testPostgresUrl();
const kafkaBrokers = testKafkaBrokers();
describeIf(postgresUrl && kafkaBrokers)('with real services', () => {
  describeMessaging('Kafka and Postgres', () =>
    kafkaAndPostgres(postgresUrl as string, kafkaBrokers as string[]),
  );
});
