import { SchedulerRegistry } from '@nestjs/schedule';
import { Body, Controller, DynamicModule, Get, Module, Post } from '@nestjs/common';
import request from 'supertest';
import { DataSource, MigrationInterface, QueryRunner } from 'typeorm';
import {
  Idempotent,
  IdempotencyKey,
  IdempotencyModule,
  IdempotencyService,
  IdempotentRequest,
  loadServiceConfig,
  Roles,
} from '@bridge/platform';
import { databaseBackends } from '@bridge/testing';
import { AddressInfo } from 'node:net';
import { ServiceDefinition, serviceInfrastructure, startService } from './service-runtime';
import { startTestService } from './test-service';

@Controller('probe')
class ProbeController {
  @Get()
  @Roles('admin')
  probe() {
    return { ok: true };
  }
}

const probeService: ServiceDefinition = {
  title: 'Probe service',
  description: 'A service with nothing but the shared infrastructure.',
  rootModule: (runtime): DynamicModule => {
    @Module({ controllers: [ProbeController] })
    class ProbeModule {}
    return {
      module: ProbeModule,
      imports: serviceInfrastructure(runtime, { entities: [], migrations: [] }),
    };
  },
};

describe.each(databaseBackends())('a service booted by the runtime on %s', (_name, backend) => {
  it('migrates its database, serves health, OpenAPI and guarded routes, and closes cleanly', async () => {
    const service = await startTestService('training', probeService, backend);
    try {
      expect(service.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const tables: { table_name: string }[] = await service.app
        .get(DataSource)
        .query(
          `SELECT table_name FROM information_schema.tables WHERE table_name IN ('outbox_messages', 'inbox_messages', 'idempotency_keys') ORDER BY 1`,
        );
      expect(tables.map((t) => t.table_name)).toEqual([
        'idempotency_keys',
        'inbox_messages',
        'outbox_messages',
      ]);

      const health = await request(service.url).get('/health').expect(200);
      expect(health.body).toMatchObject({
        status: 'ok',
        checks: { database: { up: true }, bus: { up: true } },
      });
      const docs = await request(service.url).get('/docs-json').expect(200);
      expect(docs.body.info.title).toBe('Probe service');
      expect(Object.keys(docs.body.paths)).toContain('/probe');

      await request(service.url).get('/probe').expect(401);
      const { token } = (
        await request(service.url)
          .post('/auth/dev-token')
          .send({ sub: 'a', role: 'admin' })
          .expect(201)
      ).body;
      await request(service.url)
        .get('/probe')
        .auth(token, { type: 'bearer' })
        .expect(200, { ok: true });

      // One scheduler per app, with the shared hourly job; under test no job fires by the clock.
      const jobs = service.app.get(SchedulerRegistry).getCronJobs();
      expect([...jobs.keys()]).toEqual(['idempotency-key-cleanup']);
      expect(jobs.get('idempotency-key-cleanup')?.isActive).toBe(false);
    } finally {
      await service.close();
    }
    await expect(request(service.url).get('/health')).rejects.toThrow();
  });
});

describe('where a service listens', () => {
  it.each([
    [{}, '127.0.0.1'],
    [{ HOST: '0.0.0.0' }, '0.0.0.0'],
  ])('with %j: on %s (production too)', async (env, address) => {
    const config = loadServiceConfig('training', {
      NODE_ENV: 'production',
      JWT_SECRET: 'j'.repeat(32),
      DJI_NUMBER_HMAC_KEY: 'h'.repeat(32),
      DATA_DIR: ':memory:',
      PORT: '0',
      LOG_LEVEL: 'silent',
      ...env,
    });
    const service = await startService(probeService, { config });
    try {
      expect((service.app.getHttpServer().address() as AddressInfo).address).toBe(address);
      expect(service.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      await request(service.url).get('/health').expect(200);
    } finally {
      await service.close();
    }
  });
});

/** A create route on the shared Idempotency-Key support, writing one row per create. */
@Controller('notes')
class NotesController {
  constructor(private readonly idempotency: IdempotencyService) {}

  @Post()
  @Roles('admin')
  @Idempotent()
  create(
    @Body() body: unknown,
    @IdempotencyKey() key?: IdempotentRequest,
  ): Promise<{ id: number }> {
    return this.idempotency.transaction(key, async (manager) => {
      const [row] = (await manager.query(`INSERT INTO notes (body) VALUES ($1) RETURNING id`, [
        JSON.stringify(body),
      ])) as { id: number }[];
      return { id: row.id };
    });
  }
}

class Notes1764300000100 implements MigrationInterface {
  name = 'Notes1764300000100';
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE TABLE notes (id serial PRIMARY KEY, body text NOT NULL)');
  }
  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE notes');
  }
}

const notesService: ServiceDefinition = {
  title: 'Notes service',
  description: 'A create route with Idempotency-Key on the shared infrastructure.',
  rootModule: (runtime): DynamicModule => {
    @Module({ imports: [IdempotencyModule], controllers: [NotesController] })
    class NotesModule {}
    return {
      module: NotesModule,
      imports: serviceInfrastructure(runtime, { entities: [], migrations: [Notes1764300000100] }),
    };
  },
};

describe.each(databaseBackends())(
  'Idempotency-Key from the shared infrastructure on %s',
  (_name, backend) => {
    let service: Awaited<ReturnType<typeof startTestService>>;
    let token: string;
    beforeAll(async () => {
      service = await startTestService('training', notesService, backend);
      token = (
        await request(service.url)
          .post('/auth/dev-token')
          .send({ sub: 'a', role: 'admin' })
          .expect(201)
      ).body.token;
    });
    afterAll(async () => {
      await service?.close();
    });

    const post = (key: string, body: object) =>
      request(service.url)
        .post('/notes')
        .auth(token, { type: 'bearer' })
        .set('Idempotency-Key', key)
        .send(body);
    const notes = async () =>
      (
        (await service.app.get(DataSource).query('SELECT count(*)::int AS n FROM notes')) as {
          n: number;
        }[]
      )[0].n;

    it('replays the first answer of concurrent twins, marking every replay', async () => {
      const answers = await Promise.all([1, 2, 3, 4].map(() => post('twins', { text: 'once' })));
      expect(answers.map((res) => res.status)).toEqual([201, 201, 201, 201]);
      expect(new Set(answers.map((res) => res.body.id)).size).toBe(1);
      expect(answers.filter((res) => res.headers['idempotent-replayed'] === 'true')).toHaveLength(
        3,
      );
      expect(await notes()).toBe(1);
    });

    it('forgets a key after 24 hours: then it serves a new request', async () => {
      const first = await post('daily', { text: 'monday' });
      expect(first.status).toBe(201);
      expect((await post('daily', { text: 'tuesday' })).status).toBe(409);
      await service.app
        .get(DataSource)
        .query(
          `UPDATE idempotency_keys SET created_at = now() - interval '25 hours' WHERE idempotency_key = 'daily'`,
        );
      const later = await post('daily', { text: 'tuesday' });
      expect(later.status).toBe(201);
      expect(later.body.id).not.toBe(first.body.id);
      expect(later.headers['idempotent-replayed']).toBeUndefined();
      const replay = await post('daily', { text: 'tuesday' });
      expect(replay.body).toEqual(later.body);
      expect(replay.headers['idempotent-replayed']).toBe('true');
    });
  },
);
