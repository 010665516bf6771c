import { Injectable } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { createTestApp } from '../testing/test-app.fixture';
import type { HealthContributor } from './health-contributor.interface';
import { HealthRegistry } from './health.registry';

const up = (name: string): HealthContributor => ({
  name,
  check: async () => ({ up: true }),
});

/** Like the libraries' contributors: a provider of some module, registered by class. */
@Injectable()
class SearchHealthContributor implements HealthContributor {
  readonly name = 'search';
  async check() {
    return { up: true, details: { engine: 'embedded' } };
  }
}

describe('GET /health', () => {
  let app: NestExpressApplication | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  it('answers 200 with every check up, registered by class or instance', async () => {
    app = await createTestApp({
      healthContributors: [up('database'), up('bus'), SearchHealthContributor],
      extraProviders: [SearchHealthContributor],
    });
    const res = await request(app.getHttpServer()).get('/health');
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.body).toEqual({
      status: 'ok',
      checks: {
        database: { up: true },
        bus: { up: true },
        search: { up: true, details: { engine: 'embedded' } },
      },
    });
  });

  it('accepts contributors registered at runtime through HealthRegistry', async () => {
    app = await createTestApp();
    app.get(HealthRegistry).register(up('database'));
    const res = await request(app.getHttpServer()).get('/health');
    expect(res.body).toEqual({
      status: 'ok',
      checks: { database: { up: true } },
    });
  });

  it('answers 503 with the same shape when a check is down or throws', async () => {
    app = await createTestApp({
      healthContributors: [
        up('database'),
        {
          name: 'bus',
          check: async () => ({ up: false, details: { brokers: 0 } }),
        },
        {
          name: 'search',
          check: async () => Promise.reject(new Error('ECONNREFUSED meili:7700')),
        },
      ],
    });
    const res = await request(app.getHttpServer()).get('/health');
    expect(res.status).toBe(503);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(res.body).toEqual({
      status: 'down',
      checks: {
        database: { up: true },
        bus: { up: false, details: { brokers: 0 } },
        search: { up: false, details: { error: 'check failed' } },
      },
    });
  });

  it('answers 503, not a hang, when a check hangs', async () => {
    app = await createTestApp({
      healthCheckTimeoutMs: 150,
      healthContributors: [
        up('database'),
        { name: 'bus', check: () => new Promise(() => undefined) },
      ],
    });
    const started = Date.now();
    const res = await request(app.getHttpServer()).get('/health');
    expect(Date.now() - started).toBeLessThan(1500);
    expect(res.status).toBe(503);
    expect(res.body.checks.bus).toEqual({
      up: false,
      details: { error: 'no answer within 150 ms' },
    });
    expect(res.body.checks.database).toEqual({ up: true });
  });

  it('refuses to boot with a contributor class no module provides', async () => {
    await expect(createTestApp({ healthContributors: [SearchHealthContributor] })).rejects.toThrow(
      'Health contributor SearchHealthContributor is not provided by any module',
    );
  });

  it('refuses two contributors of one name', () => {
    const registry = new HealthRegistry();
    registry.register(up('database'));
    expect(() => registry.register(up('database'))).toThrow('already registered');
  });
});
