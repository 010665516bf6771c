import { Body, Controller, HttpCode, Injectable, Post } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Test } from '@nestjs/testing';
import { TypeOrmModule } from '@nestjs/typeorm';
import request from 'supertest';
import { DataSource, EntityManager } from 'typeorm';
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
import { configureHttpApp, loadServiceConfig, PlatformModule, Public } from '@bridge/platform';
import { EventBus } from '../bus/event-bus.port';
import { toBusMessage } from '../bus/headers';
import { EventConsumer } from '../consumer/event-consumer';
import { HandlesEvent, HandlesEvents } from '../consumer/handles-event.decorator';
import { InboxMessage } from '../inbox/inbox-message.entity';
import { MessagingTables1764300000000 } from '../messaging-tables.migration';
import { MessagingModule } from '../messaging.module';
import { Outbox } from '../outbox/outbox';
import { OutboxMessage } from '../outbox/outbox-message.entity';

function registration(crebo: string, correlationId?: string) {
  return {
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
    ...(correlationId && { correlationId }),
  } as const;
}

function revocation(crebo: string, correlationId?: string) {
  return {
    topic: CERTIFICATE_REVOKED,
    key: `certificate-${crebo}`,
    version: 2,
    payload: {
      certificateId: `certificate-${crebo}`,
      candidateId: 'cand-1',
      crebo,
      revokedAt: '2026-11-01T10:00:00.000Z',
    },
    ...(correlationId && { correlationId }),
  } as const;
}

/** Records a registration from an HTTP request, with the caller's correlation id if it gives one. */
@Controller('registrations')
class RegistrationsController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
  ) {}

  @Public()
  @Post()
  @HttpCode(201)
  async register(@Body() body: { crebo: string; correlationId?: string }): Promise<void> {
    await this.dataSource.transaction((manager) =>
      this.outbox.record(manager, registration(body.crebo, body.correlationId)),
    );
  }
}

/** Answers each consumed event with an event of its own, as a service's follow-up would. */
@Injectable()
class FollowUpHandler {
  constructor(private readonly outbox: Outbox) {}

  @HandlesEvent(CERTIFICATE_REGISTERED)
  async onRegistered(event: EventEnvelope<typeof CERTIFICATE_REGISTERED>, manager: EntityManager) {
    await this.outbox.record(manager, revocation(event.payload.crebo));
  }

  @HandlesEvents(CERTIFICATE_REVOKED)
  async onRevoked(events: EventEnvelope<typeof CERTIFICATE_REVOKED>[], manager: EntityManager) {
    for (const { payload } of events) {
      await this.outbox.record(manager, registration(`${payload.crebo.slice(0, 2)}999`));
    }
  }
}

/** Delivers nothing: the spec hands consumed messages to the consumer itself. */
class SilentBus extends EventBus {
  async publish() {
    /* nothing to deliver */
  }
  async subscribe() {
    /* the spec delivers */
  }
  async isHealthy() {
    return true;
  }
  async close() {
    /* nothing held */
  }
}

describe('the correlation id of recorded events', () => {
  let db: DatabaseConnection;
  let app: NestExpressApplication;

  /** The envelopes recorded for this aggregate key, oldest first. */
  const recorded = async (key: string): Promise<EventEnvelope[]> =>
    (
      await app
        .get(DataSource)
        .query('SELECT envelope FROM outbox_messages WHERE message_key = $1 ORDER BY id', [key])
    ).map((row: { envelope: EventEnvelope }) => row.envelope);

  beforeAll(async () => {
    db = await openDatabaseConnection({ service: 'correlation', dataDir: null });
    const config = loadServiceConfig('training', { NODE_ENV: 'test', LOG_LEVEL: 'silent' });
    const moduleRef = await Test.createTestingModule({
      imports: [
        PlatformModule.forRoot(config),
        TypeOrmModule.forRoot(
          serviceDataSourceOptions({
            ...db,
            entities: [OutboxMessage, InboxMessage],
            migrations: [MessagingTables1764300000000],
          }),
        ),
        MessagingModule.forRoot({ service: 'training', bus: new SilentBus() }),
      ],
      controllers: [RegistrationsController],
      providers: [FollowUpHandler],
    }).compile();
    app = moduleRef.createNestApplication<NestExpressApplication>({ bufferLogs: true });
    configureHttpApp(app, config, { shutdownHooks: false });
    await app.init();
  });

  afterAll(async () => {
    await app?.close();
    await db?.close();
  });

  it("takes the HTTP request's id when the caller gives none", async () => {
    const response = await request(app.getHttpServer())
      .post('/registrations')
      .set('x-request-id', 'req-correlation-1')
      .send({ crebo: '10001' })
      .expect(201);
    expect(response.headers['x-request-id']).toBe('req-correlation-1');
    const [event] = await recorded('certificate-10001');
    expect(event.correlationId).toBe('req-correlation-1');
  });

  it('keeps a correlation id the caller gives', async () => {
    await request(app.getHttpServer())
      .post('/registrations')
      .set('x-request-id', 'req-correlation-2')
      .send({ crebo: '10002', correlationId: 'given-by-the-caller' })
      .expect(201);
    const [event] = await recorded('certificate-10002');
    expect(event.correlationId).toBe('given-by-the-caller');
  });

  it("takes the consumed event's correlation id inside its handler", async () => {
    const consumed = createEnvelope('employers', registration('20001', 'chain-1'));
    await app.get(EventConsumer).handle(toBusMessage(consumed));
    const [followUp] = await recorded('certificate-20001');
    expect(followUp).toMatchObject({ type: CERTIFICATE_REVOKED, correlationId: 'chain-1' });
  });

  it("starts a chain with the consumed event's id when it carries no correlation id", async () => {
    const consumed = createEnvelope('employers', registration('20002'));
    await app.get(EventConsumer).handle(toBusMessage(consumed));
    const [followUp] = await recorded('certificate-20002');
    expect(followUp.correlationId).toBe(consumed.eventId);
  });

  it('gives the follow-ups of a run its shared correlation id, and none when the run mixes ids', async () => {
    const shared = ['30001', '30011'].map((crebo) =>
      createEnvelope('employers', revocation(crebo, 'chain-run')),
    );
    await app.get(EventConsumer).handleBatch(shared.map(toBusMessage));
    expect((await recorded('certificate-30999')).map((e) => e.correlationId)).toEqual([
      'chain-run',
      'chain-run',
    ]);

    const mixed = [
      createEnvelope('employers', revocation('40001', 'chain-a')),
      createEnvelope('employers', revocation('40011', 'chain-b')),
    ];
    await app.get(EventConsumer).handleBatch(mixed.map(toBusMessage));
    expect((await recorded('certificate-40999')).map((e) => e.correlationId)).toEqual([
      undefined,
      undefined,
    ]);
  });
});
