import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import {
  loadWebServerSettings,
  RunningWebServer,
  startWebServer,
  webServerHandler,
} from './web-server';

describe('web server (one origin for the web application and the three services)', () => {
  let webRoot: string;
  let upstream: Server;
  let upstreamUrl: string;
  let web: RunningWebServer;
  const seen: {
    method?: string;
    url?: string;
    authorization?: string;
    body: string;
  }[] = [];

  beforeAll(async () => {
    webRoot = mkdtempSync(join(tmpdir(), 'web-root-'));
    mkdirSync(join(webRoot, 'assets'));
    writeFileSync(
      join(webRoot, 'index.html'),
      '<!doctype html><title>Brug</title><div id="root"></div>',
    );
    writeFileSync(join(webRoot, 'assets', 'index-abc123.js'), 'console.log("app");'.repeat(200));
    upstream = createServer((req, res) => {
      let body = '';
      req
        .on('data', (chunk) => (body += chunk))
        .on('end', () => {
          seen.push({
            method: req.method,
            url: req.url,
            authorization: req.headers.authorization,
            body,
          });
          res.setHeader('content-type', 'application/json');
          res.end(JSON.stringify({ echoed: req.url }));
        });
    });
    await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve));
    upstreamUrl = `http://127.0.0.1:${(upstream.address() as AddressInfo).port}`;
    web = await startWebServer({
      port: 0,
      host: '127.0.0.1',
      webRoot,
      authMode: 'dev',
      // employers points at a port nobody listens on.
      upstreams: {
        matching: upstreamUrl,
        employers: 'http://127.0.0.1:9',
        training: upstreamUrl,
      },
    });
  });

  afterAll(async () => {
    await web?.close();
    await new Promise((resolve) => upstream?.close(resolve));
    rmSync(webRoot, { recursive: true, force: true });
  });

  it('forwards /api/<service>/… to that service without the prefix, with the headers and body', async () => {
    const res = await request(web.url)
      .post('/api/matching/candidates?limit=5')
      .set('authorization', 'Bearer abc')
      .send({ piCode: 'PI-VUGHT' })
      .expect(200);
    expect(res.body).toEqual({ echoed: '/candidates?limit=5' });
    expect(seen.at(-1)).toEqual({
      method: 'POST',
      url: '/candidates?limit=5',
      authorization: 'Bearer abc',
      body: JSON.stringify({ piCode: 'PI-VUGHT' }),
    });
    await request(web.url)
      .get('/api/training/qualifications')
      .expect(200, { echoed: '/qualifications' });
  });

  it('answers 502 problem+json when a service does not answer', async () => {
    const res = await request(web.url).get('/api/employers/employers').expect(502);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body).toMatchObject({
      status: 502,
      detail: 'the employers service does not answer',
    });
  });

  it('does not forward look-alike prefixes', async () => {
    const before = seen.length;
    const res = await request(web.url).get('/api/matchingx/candidates').expect(200);
    expect(res.text).toContain('<div id="root">');
    expect(seen).toHaveLength(before);
  });

  it('serves the run-time configuration', async () => {
    await request(web.url).get('/config.json').expect(200, { authMode: 'dev' });
  });

  it('answers index.html for deep links, so a reload keeps its screen', async () => {
    const res = await request(web.url).get('/advisor/queue').expect(200);
    expect(res.text).toContain('<title>Brug</title>');
    expect(res.headers['cache-control']).toBe('no-cache');
  });

  it('serves hashed assets as immutable and compressed', async () => {
    const res = await request(web.url)
      .get('/assets/index-abc123.js')
      .set('accept-encoding', 'gzip')
      .expect(200);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(res.headers['content-encoding']).toBe('gzip');
  });

  it('sends security headers: a content security policy that allows only its own origin', async () => {
    const res = await request(web.url).get('/').expect(200);
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
    expect(res.headers['content-security-policy']).toContain("style-src 'self';");
    expect(res.headers['content-security-policy']).toContain("frame-ancestors 'self'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
  });

  it('refuses to start without a built web application', () => {
    expect(() =>
      webServerHandler({
        port: 0,
        webRoot: join(webRoot, 'missing'),
        authMode: 'dev',
        upstreams: {
          matching: upstreamUrl,
          employers: upstreamUrl,
          training: upstreamUrl,
        },
      }),
    ).toThrow(/the web application is not built/);
  });

  it('listens on loopback unless WEB_HOST (or HOST) opens it, and checks the address', async () => {
    const defaults = {
      upstreams: {
        matching: upstreamUrl,
        employers: upstreamUrl,
        training: upstreamUrl,
      },
    };
    expect(loadWebServerSettings({}, defaults).host).toBe('127.0.0.1');
    expect(loadWebServerSettings({ HOST: '0.0.0.0' }, defaults).host).toBe('0.0.0.0');
    expect(loadWebServerSettings({ HOST: '0.0.0.0', WEB_HOST: '::1' }, defaults).host).toBe('::1');
    expect(() => loadWebServerSettings({ WEB_HOST: 'everywhere' }, defaults)).toThrow(
      /WEB_HOST must be an IP address/,
    );
    const local = await startWebServer({
      port: 0,
      webRoot,
      authMode: 'dev',
      upstreams: defaults.upstreams,
    });
    try {
      const port = Number(new URL(local.url).port);
      const address = await new Promise<string>((resolve) => {
        const probe = createServer();
        // The same port on another address is still free: the server holds 127.0.0.1 only, not every interface.
        probe
          .once('error', () => resolve('taken'))
          .listen(port, '127.0.0.2', () => probe.close(() => resolve('free')));
      });
      expect(address).toBe('free');
    } finally {
      await local.close();
    }
  });
});
