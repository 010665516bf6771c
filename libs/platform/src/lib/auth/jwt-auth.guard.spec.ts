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
    ['another secret', `Bearer ${sign({ sub: 'a', role: 'admin' }, 'x'.repeat(32))}`],
    ['wrong scheme', `Basic ${sign({ sub: 'a', role: 'admin' })}`],
  ])('answers 401 for a bad token (%s)', async (_case, header) => {
    const res = await request(app.getHttpServer()).get('/things/mine').set('Authorization', header);
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
    const header = Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url');
    const body = Buffer.from(JSON.stringify({ sub: 'a', role: 'admin' })).toString('base64url');
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

  it('answers 401 for a token without exp', async () => {
    const token = new JwtService({ secret: DEV_JWT_SECRET }).sign(
      { sub: 'a', role: 'admin' },
      { algorithm: 'HS256' },
    );
    const res = await request(app.getHttpServer())
      .get('/things/mine')
      .auth(token, { type: 'bearer' });
    expectProblem(res, 401);
    expect(res.body.detail).toBe('The bearer token has no expiry (exp)');
  });

  it('answers 401 for a token that lives longer than the maximum (12 h by default)', async () => {
    const tooLong = sign({ sub: 'a', role: 'admin' }, DEV_JWT_SECRET, 12 * 3600 + 1);
    const res = await request(app.getHttpServer())
      .get('/things/mine')
      .auth(tooLong, { type: 'bearer' });
    expectProblem(res, 401);
    expect(res.body.detail).toContain('43200 s');
    const withoutIat = new JwtService({ secret: DEV_JWT_SECRET }).sign(
      {
        sub: 'a',
        role: 'admin',
        exp: Math.floor(Date.now() / 1000) + 13 * 3600,
      },
      { algorithm: 'HS256', noTimestamp: true },
    );
    expectProblem(
      await request(app.getHttpServer()).get('/things/mine').auth(withoutIat, { type: 'bearer' }),
      401,
    );
    const justRight = sign({ sub: 'a', role: 'admin' }, DEV_JWT_SECRET, 12 * 3600);
    const ok = await request(app.getHttpServer())
      .get('/things/mine')
      .auth(justRight, { type: 'bearer' });
    expect(ok.status).toBe(200);
  });

  it('keeps /health public', async () => {
    const res = await request(app.getHttpServer()).get('/health');
    expect(res.status).toBe(200);
  });
});

describe('JwtAuthGuard with JWT_ISSUER and JWT_AUDIENCE', () => {
  let app: NestExpressApplication;
  beforeAll(
    async () =>
      (app = await createTestApp({
        env: {
          JWT_ISSUER: 'https://idp.example/realms/bridge',
          JWT_AUDIENCE: 'bridge-api',
          JWT_MAX_TTL_SECONDS: '3600',
          JWT_TTL_SECONDS: '900',
        },
      })),
  );
  afterAll(() => app.close());

  const mine = (token: string) =>
    request(app.getHttpServer()).get('/things/mine').auth(token, { type: 'bearer' });
  const claims = { sub: 'a', role: 'admin' };
  const signWith = (options: object) =>
    new JwtService({ secret: DEV_JWT_SECRET }).sign(claims, {
      algorithm: 'HS256',
      expiresIn: 600,
      ...options,
    });

  it('accepts a token with the configured issuer and audience', async () => {
    const res = await mine(
      signWith({
        issuer: 'https://idp.example/realms/bridge',
        audience: 'bridge-api',
      }),
    );
    expect(res.status).toBe(200);
  });

  it.each([
    ['no iss and no aud', {}],
    ['another issuer', { issuer: 'https://evil.example', audience: 'bridge-api' }],
    ['another audience', { issuer: 'https://idp.example/realms/bridge', audience: 'other' }],
    ['no audience', { issuer: 'https://idp.example/realms/bridge' }],
  ])('answers 401 for %s', async (_case, options) => {
    const res = await mine(signWith(options));
    expect(res.status).toBe(401);
    expect(res.body.detail).toBe('The bearer token is invalid');
  });

  it('applies JWT_MAX_TTL_SECONDS', async () => {
    const res = await mine(
      signWith({
        issuer: 'https://idp.example/realms/bridge',
        audience: 'bridge-api',
        expiresIn: 3601,
      }),
    );
    expect(res.status).toBe(401);
  });

  it('issues dev tokens that pass: with iss, aud and an exp within the bound', async () => {
    const issued = await request(app.getHttpServer()).post('/auth/dev-token').send(claims);
    expect(issued.status).toBe(201);
    const payload = new JwtService().decode(issued.body.token);
    expect(payload).toMatchObject({
      iss: 'https://idp.example/realms/bridge',
      aud: 'bridge-api',
    });
    expect(payload.exp - payload.iat).toBe(900);
    expect((await mine(issued.body.token)).status).toBe(200);
  });
});
