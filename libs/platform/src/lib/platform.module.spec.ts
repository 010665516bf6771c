import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { ServiceConfig } from './config/service-config.model';
import { PlatformModule } from './platform.module';
import { createTestApp, eventually, LogCapture } from './testing/test-app.fixture';

describe('PlatformModule', () => {
  it('runs several services in one process, each with its own config and logs, sharing tokens', async () => {
    const matchingLogs = new LogCapture();
    const employersLogs = new LogCapture();
    const apps: NestExpressApplication[] = [];
    try {
      apps.push(await createTestApp({ service: 'matching', logs: matchingLogs }));
      apps.push(
        await createTestApp({
          service: 'employers',
          logs: employersLogs,
          env: { AUTH_MODE: 'jwt' },
        }),
      );
      const [matching, employers] = apps;
      expect(matching.get(ServiceConfig).service).toBe('matching');
      expect(employers.get(ServiceConfig).service).toBe('employers');

      const token = (
        await request(matching.getHttpServer())
          .post('/auth/dev-token')
          .send({ sub: 'root', role: 'admin' })
      ).body.token;
      // employers runs AUTH_MODE=jwt: no dev tokens there, but matching's token is valid.
      expect(
        (await request(employers.getHttpServer()).post('/auth/dev-token').send({})).status,
      ).toBe(404);
      const res = await request(employers.getHttpServer())
        .get('/things/mine')
        .auth(token, { type: 'bearer' })
        .set('x-request-id', 'cross-1');
      expect(res.status).toBe(200);

      await eventually(() =>
        expect(employersLogs.lines).toContainEqual(
          expect.objectContaining({
            requestId: 'cross-1',
            service: 'employers',
          }),
        ),
      );
      expect(matchingLogs.lines.some((l) => l['requestId'] === 'cross-1')).toBe(false);
    } finally {
      await Promise.all(apps.map((app) => app.close()));
    }
  });

  it('needs a loaded ServiceConfig', () => {
    expect(() => PlatformModule.forRoot({ service: 'matching' } as ServiceConfig)).toThrow(
      'loadServiceConfig',
    );
  });
});
