import { Controller, DynamicModule, Get, Module } from '@nestjs/common';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { Roles } from '@bridge/platform';
import { databaseBackends } from '@bridge/testing';
import { ServiceDefinition, serviceInfrastructure } from './service-runtime';
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
        .query(`SELECT table_name FROM information_schema.tables WHERE table_name IN ('outbox_messages', 'inbox_messages') ORDER BY 1`);
      expect(tables.map((t) => t.table_name)).toEqual(['inbox_messages', 'outbox_messages']);

      const health = await request(service.url).get('/health').expect(200);
      expect(health.body).toMatchObject({ status: 'ok', checks: { database: { up: true }, bus: { up: true } } });
      const docs = await request(service.url).get('/docs-json').expect(200);
      expect(docs.body.info.title).toBe('Probe service');
      expect(Object.keys(docs.body.paths)).toContain('/probe');

      await request(service.url).get('/probe').expect(401);
      const { token } = (await request(service.url).post('/auth/dev-token').send({ sub: 'a', role: 'admin' }).expect(201)).body;
      await request(service.url).get('/probe').auth(token, { type: 'bearer' }).expect(200, { ok: true });
    } finally {
      await service.close();
    }
    await expect(request(service.url).get('/health')).rejects.toThrow();
  });
});
