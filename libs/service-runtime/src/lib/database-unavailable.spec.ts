import { Controller, DynamicModule, Module, Post } from '@nestjs/common';
import { createServer, connect, type Server, type Socket } from 'node:net';
import request from 'supertest';
import {
  Idempotent,
  IdempotencyKey,
  IdempotencyModule,
  IdempotencyService,
  type IdempotentRequest,
  Roles,
} from '@bridge/platform';
import { describeIf, testPostgresUrl } from '@bridge/testing';
import type { RunningService, ServiceDefinition } from './service-runtime';
import { serviceInfrastructure } from './service-runtime';
import { startTestService } from './test-service';
import { DATABASE_RETRY_AFTER_SECONDS } from './database-unavailable.interceptor';

/** A TCP hop in front of Postgres that can be cut (every connection dropped, new ones closed at once) and restored. */
class CuttableProxy {
  private server?: Server;
  private readonly sockets = new Set<Socket>();
  private open = true;

  constructor(private readonly target: URL) {}

  async start(): Promise<string> {
    this.server = createServer((client) => {
      if (!this.open) return void client.destroy();
      const upstream = connect(Number(this.target.port || 5432), this.target.hostname);
      for (const socket of [client, upstream]) {
        this.sockets.add(socket);
        socket.on('error', () => undefined);
        socket.on('close', () => {
          this.sockets.delete(socket);
          client.destroy();
          upstream.destroy();
        });
      }
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    const url = new URL(this.target.toString());
    url.hostname = '127.0.0.1';
    url.port = String((this.server.address() as { port: number }).port);
    return url.toString();
  }

  cut(): void {
    this.open = false;
    for (const socket of this.sockets) socket.destroy();
  }

  restore(): void {
    this.open = true;
  }

  async stop(): Promise<void> {
    this.cut();
    await new Promise((resolve) => this.server?.close(resolve));
  }
}

@Controller('probe')
class ProbeController {
  constructor(private readonly idempotency: IdempotencyService) {}

  /** A create as the services write them: its own transaction, behind an Idempotency-Key. */
  @Post()
  @Roles('admin')
  @Idempotent()
  create(@IdempotencyKey() key: IdempotentRequest | undefined) {
    return this.idempotency.transaction(key, async (manager) => {
      const [row] = await manager.query('SELECT 1 AS ok');
      return { ok: row.ok === 1 };
    });
  }
}

const probeService: ServiceDefinition = {
  title: 'Probe service',
  description: 'A service with nothing but the shared infrastructure and one create.',
  rootModule: (runtime): DynamicModule => {
    @Module({ imports: [IdempotencyModule], controllers: [ProbeController] })
    class ProbeModule {}
    return {
      module: ProbeModule,
      imports: serviceInfrastructure(runtime, { entities: [], migrations: [] }),
    };
  },
};

const postgresUrl = testPostgresUrl();

describeIf(postgresUrl)('a service whose database becomes unreachable', () => {
  let proxy: CuttableProxy;
  let service: RunningService;
  let token: string;

  beforeAll(async () => {
    proxy = new CuttableProxy(new URL(postgresUrl as string));
    service = await startTestService('training', probeService, {
      postgresUrl: await proxy.start(),
    });
    token = (
      await request(service.url)
        .post('/auth/dev-token')
        .send({ sub: 'a', role: 'admin' })
        .expect(201)
    ).body.token;
  }, 60_000);

  afterAll(async () => {
    proxy?.restore();
    await service?.close();
    await proxy?.stop();
  });

  const create = (key?: string) => {
    const post = request(service.url).post('/probe').auth(token, { type: 'bearer' }).send({});
    return key ? post.set('Idempotency-Key', key) : post;
  };

  it('answers a clean 503 problem with Retry-After while it is away, reports it on /health, and serves again once it is back', async () => {
    await create('before').expect(201, { ok: true });

    proxy.cut();
    for (const key of [undefined, 'during']) {
      const response = await create(key);
      expect({ status: response.status, body: response.body }).toMatchObject({
        status: 503,
        body: { status: 503, type: 'urn:bridge:problem:service-unavailable' },
      });
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.headers['retry-after']).toBe(String(DATABASE_RETRY_AFTER_SECONDS));
    }
    const health = await request(service.url).get('/health').expect(503);
    expect(health.body.checks.database.up).toBe(false);

    proxy.restore();
    // The same key again: the failed attempt left nothing behind, so it runs now.
    await create('during').expect(201, { ok: true });
    await request(service.url).get('/health').expect(200);
  });
});
