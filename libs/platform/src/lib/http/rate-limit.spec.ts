import { Controller, Get, Post } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import { Roles } from '../auth/roles.decorator';
import { loadServiceConfig } from '../config/service-config.loader';
import { configureHttpApp } from '../http-app.configurator';
import { PlatformModule } from '../platform.module';
import { RateLimit } from './rate-limit';

@Controller('candidates')
class LimitedController {
  @Get('lookup')
  @Roles('casemanager')
  @RateLimit('dji-lookup')
  lookup() {
    return { found: false };
  }

  @Post()
  @Roles('casemanager')
  @RateLimit('registration')
  register() {
    return { registered: true };
  }

  @Get()
  @Roles('casemanager')
  list() {
    return [];
  }
}

async function appWithLimits(): Promise<NestExpressApplication> {
  const config = loadServiceConfig('matching', {
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    RATE_LIMIT_DEV_TOKEN: '3',
    RATE_LIMIT_DJI_LOOKUP: '2',
    RATE_LIMIT_REGISTRATION: '1',
  });
  const moduleRef = await Test.createTestingModule({
    imports: [PlatformModule.forRoot(config)],
    controllers: [LimitedController],
  }).compile();
  const app = moduleRef.createNestApplication<NestExpressApplication>({
    bufferLogs: true,
  });
  configureHttpApp(app, config, { shutdownHooks: false, openApi: false });
  await app.init();
  return app;
}

describe('rate limits (RATE_LIMIT_* per minute)', () => {
  let app: NestExpressApplication;
  const tokens: Record<string, string> = {};
  beforeAll(async () => {
    app = await appWithLimits();
    for (const sub of ['cm-1', 'cm-2']) {
      tokens[sub] = (
        await request(app.getHttpServer())
          .post('/auth/dev-token')
          .send({ sub, role: 'casemanager', pi: 'PI-VUGHT' })
      ).body.token;
    }
  });
  afterAll(() => app.close());

  const expect429 = (res: request.Response) => {
    expect(res.status).toBe(429);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body).toMatchObject({
      status: 429,
      title: 'Too many requests',
      type: expect.any(String),
    });
    expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
    expect(Number(res.headers['retry-after'])).toBeLessThanOrEqual(60);
  };

  it('limits the dev-token endpoint per client address', async () => {
    // Two tokens were issued in beforeAll; the third is the last one allowed.
    const issue = () =>
      request(app.getHttpServer()).post('/auth/dev-token').send({ sub: 'a', role: 'admin' });
    expect((await issue()).status).toBe(201);
    expect429(await issue());
  });

  it('limits DJI lookups per principal, not for everyone', async () => {
    const lookup = (sub: string) =>
      request(app.getHttpServer()).get('/candidates/lookup').auth(tokens[sub], { type: 'bearer' });
    expect((await lookup('cm-1')).status).toBe(200);
    expect((await lookup('cm-1')).status).toBe(200);
    expect429(await lookup('cm-1'));
    expect((await lookup('cm-2')).status).toBe(200);
    // Routes without @RateLimit are not counted.
    for (let i = 0; i < 5; i++) {
      expect(
        (
          await request(app.getHttpServer())
            .get('/candidates')
            .auth(tokens['cm-1'], { type: 'bearer' })
        ).status,
      ).toBe(200);
    }
  });

  it('limits registration attempts per principal, apart from lookups', async () => {
    const register = (sub: string) =>
      request(app.getHttpServer())
        .post('/candidates')
        .auth(tokens[sub], { type: 'bearer' })
        .send({});
    expect((await register('cm-2')).status).toBe(201);
    expect429(await register('cm-2'));
    expect((await register('cm-1')).status).toBe(201);
  });
});
