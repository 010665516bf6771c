import type { NestExpressApplication } from '@nestjs/platform-express';
import { JwtService } from '@nestjs/jwt';
import request from 'supertest';
import { DEV_JWT_SECRET } from '../config/service-config.loader';
import { createTestApp } from '../testing/test-app.fixture';

const sign = (payload: object, secret = DEV_JWT_SECRET, expiresIn = 600) =>
  new JwtService({ secret }).sign(payload, { algorithm: 'HS256', expiresIn });

describe('JwtAuthGuard', () => {
  let app: NestExpressApplication;
  beforeAll(async () => (app = await createTestApp()));
  afterAll(() => app.close());

  const expectProblem = (res: request.Response, status: number) => {
    expect(res.status).toBe(status);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body).toMatchObject({
      status,
      type: expect.any(String),
      title: expect.any(String),
    });
    expect(res.body.requestId).toBe(res.headers['x-request-id']);
  };

  it('answers 401 without a token', async () => {
    const res = await request(app.getHttpServer()).get('/things/mine');
    expectProblem(res, 401);
    expect(res.body.detail).toBe('A bearer token is required');
    expect(res.headers['www-authenticate']).toBe('Bearer');
  });

  it.each([
    ['garbage', 'Bearer not.a.jwt'],
    [
      'another secret',
      `Bearer ${sign({ sub: 'a', role: 'admin' }, 'x'.repeat(32))}`,
    ],
    ['wrong scheme', `Basic ${sign({ sub: 'a', role: 'admin' })}`],
  ])('answers 401 for a bad token (%s)', async (_case, header) => {
    const res = await request(app.getHttpServer())
      .get('/things/mine')
      .set('Authorization', header);
    expectProblem(res, 401);
  });

  it('answers 401 for an expired token', async () => {
    const token = sign({ sub: 'a', role: 'admin' }, DEV_JWT_SECRET, -10);
    const res = await request(app.getHttpServer())
      .get('/things/mine')
      .auth(token, { type: 'bearer' });
    expectProblem(res, 401);
    expect(res.body.detail).toBe('The bearer token has expired');
  });

  it('answers 401 for a token without the role scope claim', async () => {
    const token = sign({ sub: 'e1', role: 'employer' });
    const res = await request(app.getHttpServer())
      .get('/things/mine')
      .auth(token, { type: 'bearer' });
    expectProblem(res, 401);
    expect(res.body.detail).toContain('employerId');
  });

  it('refuses an unsigned (alg none) token', async () => {
    const header = Buffer.from(
      JSON.stringify({ alg: 'none', typ: 'JWT' }),
    ).toString('base64url');
    const body = Buffer.from(
      JSON.stringify({ sub: 'a', role: 'admin' }),
    ).toString('base64url');
    const res = await request(app.getHttpServer())
      .get('/things/mine')
      .auth(`${header}.${body}.`, { type: 'bearer' });
    expectProblem(res, 401);
  });

  it('passes a valid token and exposes the principal with only its scope claim', async () => {
    const token = sign({
      sub: 'cm-1',
      role: 'casemanager',
      pi: 'PI-VUGHT',
      employerId: 'x',
      iss: 'idp',
    });
    const res = await request(app.getHttpServer())
      .get('/things/mine')
      .auth(token, { type: 'bearer' });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      sub: 'cm-1',
      role: 'casemanager',
      pi: 'PI-VUGHT',
    });
  });

  it('answers 403 when the role may not use the route', async () => {
    const token = sign({ sub: 'adv', role: 'uwv-advisor', regions: ['AM18'] });
    const res = await request(app.getHttpServer())
      .get('/things/admin-only')
      .auth(token, { type: 'bearer' });
    expectProblem(res, 403);
    expect(res.body.detail).toBe('Role uwv-advisor may not use this endpoint');
  });

  it('lets an allowed role through @Roles', async () => {
    const token = sign({ sub: 'root', role: 'admin' });
    const res = await request(app.getHttpServer())
      .get('/things/admin-only')
      .auth(token, { type: 'bearer' });
    expect(res.status).toBe(200);
  });

  it('keeps /health public', async () => {
    const res = await request(app.getHttpServer()).get('/health');
    expect(res.status).toBe(200);
  });
});
