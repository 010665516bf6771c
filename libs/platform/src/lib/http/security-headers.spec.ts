import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { createTestApp } from '../testing/test-app.fixture';

const HSTS = 'max-age=31536000; includeSubDomains';

describe('security headers', () => {
  let app: NestExpressApplication;
  let token: string;
  beforeAll(async () => {
    app = await createTestApp();
    token = (
      await request(app.getHttpServer()).post('/auth/dev-token').send({ sub: 'a', role: 'admin' })
    ).body.token;
  });
  afterAll(() => app.close());

  it('puts helmet defaults, an API CSP and no-store on an authenticated answer', async () => {
    const res = await request(app.getHttpServer())
      .get('/things/mine')
      .auth(token, { type: 'bearer' });
    expect(res.status).toBe(200);
    expect(res.headers).toMatchObject({
      'x-content-type-options': 'nosniff',
      'x-frame-options': 'DENY',
      'referrer-policy': 'no-referrer',
      'cross-origin-opener-policy': 'same-origin',
      'content-security-policy':
        "default-src 'none';frame-ancestors 'none';base-uri 'none';form-action 'none'",
      'cache-control': 'no-store',
    });
    expect(res.headers['strict-transport-security']).toBeUndefined();
    expect(res.headers['x-powered-by']).toBeUndefined();
  });

  it('puts them on problem answers too (401, 404)', async () => {
    for (const path of ['/things/mine', '/nowhere']) {
      const res = await request(app.getHttpServer()).get(path);
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['cache-control']).toBe('no-store');
    }
  });

  it('keeps the Swagger UI working under its CSP: scripts and styles are files of its own origin', async () => {
    const page = await request(app.getHttpServer()).get('/docs/');
    expect(page.status).toBe(200);
    const csp = page.headers['content-security-policy'];
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("default-src 'self'");
    expect(csp).not.toContain('upgrade-insecure-requests');
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    // No inline script: every <script> has a src on this origin, and each loads.
    const scripts = [...page.text.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attributes, body] of scripts) {
      expect(body.trim()).toBe('');
      const src = /src="\.?\/?([^"]+)"/.exec(attributes)?.[1] ?? '';
      expect(src).not.toBe('');
      const path = src.startsWith('docs/') ? `/${src}` : `/docs/${src}`;
      expect((await request(app.getHttpServer()).get(path)).status).toBe(200);
    }
    expect((await request(app.getHttpServer()).get('/docs-json')).status).toBe(200);
  });

  it('sends no HSTS for an x-forwarded-proto from a proxy it does not trust', async () => {
    const res = await request(app.getHttpServer()).get('/health').set('x-forwarded-proto', 'https');
    expect(res.headers['strict-transport-security']).toBeUndefined();
  });

  it('sends HSTS behind a trusted TLS proxy (TRUST_PROXY), and always with HSTS=true', async () => {
    const behindProxy = await createTestApp({
      env: { TRUST_PROXY: 'loopback' },
    });
    const always = await createTestApp({ env: { HSTS: 'true' } });
    try {
      const viaHttps = await request(behindProxy.getHttpServer())
        .get('/health')
        .set('x-forwarded-proto', 'https');
      expect(viaHttps.headers['strict-transport-security']).toBe(HSTS);
      const viaHttp = await request(behindProxy.getHttpServer())
        .get('/health')
        .set('x-forwarded-proto', 'http');
      expect(viaHttp.headers['strict-transport-security']).toBeUndefined();
      expect(
        (await request(always.getHttpServer()).get('/health')).headers['strict-transport-security'],
      ).toBe(HSTS);
    } finally {
      await behindProxy.close();
      await always.close();
    }
  });
});
