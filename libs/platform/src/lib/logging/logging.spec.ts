import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { createTestApp, eventually, LogCapture } from '../testing/test-app.fixture';
import { maskUrl } from './pino-http.options';
import { PlatformLogger } from './platform.logger';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe('request logging', () => {
  let app: NestExpressApplication;
  let logs: LogCapture;
  let token: string;

  beforeAll(async () => {
    logs = new LogCapture();
    app = await createTestApp({ logs });
    token = (
      await request(app.getHttpServer())
        .post('/auth/dev-token')
        .send({ sub: 'e', role: 'employer', employerId: 'emp-1' })
    ).body.token;
  });
  afterAll(() => app.close());

  it('echoes a sane incoming x-request-id', async () => {
    const res = await request(app.getHttpServer()).get('/health').set('x-request-id', 'abc-123.x');
    expect(res.headers['x-request-id']).toBe('abc-123.x');
  });

  it.each([['a'.repeat(65)], ['with space'], ['<script>'], ['cm:1234567'], ['a/b']])(
    'replaces an insane x-request-id (%s) by a UUID',
    async (incoming) => {
      const res = await request(app.getHttpServer()).get('/health').set('x-request-id', incoming);
      expect(res.headers['x-request-id']).toMatch(UUID);
    },
  );

  it('generates a UUID without x-request-id, also on errors and unknown routes', async () => {
    for (const path of ['/health', '/things/mine', '/nowhere']) {
      const res = await request(app.getHttpServer()).get(path);
      expect(res.headers['x-request-id']).toMatch(UUID);
    }
  });

  it('puts requestId and service on every line of a request, without credentials or bodies', async () => {
    const res = await request(app.getHttpServer())
      .post('/things')
      .auth(token, { type: 'bearer' })
      .set('Cookie', 'session=s3cr3t')
      .set('x-request-id', 'req-logs-1')
      .send({
        name: 'BODY-MARKER',
        preferences: { sectors: [] },
        requiredQualifications: ['25311'],
      });
    expect(res.status).toBe(201);
    expect(res.body.requestId).toBe('req-logs-1'); // currentRequestId() inside the handler

    await eventually(() =>
      expect(logs.lines.filter((l) => l['requestId'] === 'req-logs-1')).toHaveLength(2),
    );
    const lines = logs.lines.filter((l) => l['requestId'] === 'req-logs-1');
    expect(lines.map((l) => l['msg'])).toEqual(['creating a thing', 'request completed']);
    for (const line of lines) expect(line['service']).toBe('matching');
    expect(lines[0]).toMatchObject({
      context: 'ThingsController',
      level: 'info',
    });
    expect(lines[1]).toMatchObject({
      req: { method: 'POST', url: '/things' },
      res: { statusCode: 201 },
    });

    const text = JSON.stringify(logs.lines);
    expect(text).not.toContain(token);
    expect(text).not.toContain('s3cr3t');
    expect(text).not.toContain('BODY-MARKER');
    expect(text).toContain('"authorization":"[REDACTED]"');
  });

  it('masks sensitive query values in the access log', async () => {
    await request(app.getHttpServer())
      .get('/things/mine?djiNumber=1234567&status=open')
      .auth(token, { type: 'bearer' })
      .set('x-request-id', 'req-dji');
    await eventually(() =>
      expect(logs.lines.find((l) => l['requestId'] === 'req-dji')).toBeDefined(),
    );
    expect(JSON.stringify(logs.lines)).not.toContain('1234567');
  });

  it('hands a generated id, never a malformed incoming one, to the handler (audit entries, events)', async () => {
    const res = await request(app.getHttpServer())
      .post('/things')
      .auth(token, { type: 'bearer' })
      .set('x-request-id', 'x:abc')
      .send({
        name: 'n',
        preferences: { sectors: [] },
        requiredQualifications: ['25311'],
      });
    expect(res.status).toBe(201);
    expect(res.body.requestId).toMatch(UUID);
    expect(res.body.requestId).toBe(res.headers['x-request-id']);
  });

  it('redacts every credential-like header', async () => {
    const secrets = {
      'proxy-authorization': 'Basic cHJveHktc2VjcmV0',
      'x-access-token': 'access-secret-1',
      'x-forwarded-authorization': 'Bearer fwd-secret-2',
      'x-auth-token': 'auth-secret-3',
      'x-session-id': 'session-secret-4',
      'x-api-key': 'key-secret-5',
      'x-client-secret': 'client-secret-6',
    };
    let call = request(app.getHttpServer())
      .get('/things/mine')
      .auth(token, { type: 'bearer' })
      .set('x-request-id', 'req-headers');
    for (const [name, value] of Object.entries(secrets)) call = call.set(name, value);
    await call;
    await eventually(() =>
      expect(logs.lines.find((l) => l['requestId'] === 'req-headers')).toBeDefined(),
    );
    const line = logs.lines.find((l) => l['requestId'] === 'req-headers') as {
      req: { headers: Record<string, string> };
    };
    for (const [name, value] of Object.entries(secrets)) {
      expect(line.req.headers[name]).toBe('[REDACTED]');
      expect(JSON.stringify(logs.lines)).not.toContain(value);
    }
    expect(line.req.headers['x-request-id']).toBe('req-headers');
  });

  it('masks a DJI number typed into a path, in the access line and in the error line', async () => {
    await request(app.getHttpServer())
      .get('/things/1234567')
      .auth(token, { type: 'bearer' })
      .set('x-request-id', 'req-path');
    await eventually(() =>
      expect(logs.lines.find((l) => l['requestId'] === 'req-path')).toBeDefined(),
    );
    const lines = logs.lines.filter((l) => l['requestId'] === 'req-path');
    expect(JSON.stringify(lines)).toContain('/things/:masked');
    expect(JSON.stringify(logs.lines)).not.toContain('1234567');
  });

  it('logs outside a request through the service root logger', () => {
    app.get(PlatformLogger).warn('background work', 'OutboxRelay');
    expect(logs.lines[logs.lines.length - 1]).toMatchObject({
      service: 'matching',
      level: 'warn',
      context: 'OutboxRelay',
      msg: 'background work',
    });
    expect(logs.lines[logs.lines.length - 1]['requestId']).toBeUndefined();
  });
});

describe('maskUrl', () => {
  it('masks sensitive query parameters only', () => {
    expect(maskUrl('/candidates/lookup?djiNumber=123&x=1')).toBe(
      '/candidates/lookup?djiNumber=%5BREDACTED%5D&x=1',
    );
    expect(maskUrl('/plain')).toBe('/plain');
  });

  it('keeps UUIDs and words in the path and masks any other segment', () => {
    const id = '0b7c5a3e-8f0d-4c59-9a55-2f1f6d1f2e10';
    expect(maskUrl(`/candidates/${id}/suggestions`)).toBe(`/candidates/${id}/suggestions`);
    expect(maskUrl('/candidates/1234567/school-places?x=1')).toBe(
      '/candidates/:masked/school-places?x=1',
    );
    expect(maskUrl('/a/b%20c/')).toBe('/a/:masked/');
  });
});
