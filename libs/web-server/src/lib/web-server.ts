import compression from 'compression';
import helmet from 'helmet';
import { createProxyMiddleware } from 'http-proxy-middleware';
import { existsSync } from 'node:fs';
import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import { AddressInfo, isIP } from 'node:net';
import { join } from 'node:path';
import sirv from 'sirv';

/** The services the web application talks to, each forwarded under `/api/<name>`. */
export const WEB_UPSTREAM_NAMES = ['matching', 'employers', 'training'] as const;
export type WebUpstreamName = (typeof WEB_UPSTREAM_NAMES)[number];

/**
 * How people sign in. `dev`: the sign-in screen mints a development token at the services
 * (AUTH_MODE=dev). `oidc`: a backend-for-frontend in front of this server holds the tokens of the
 * organisation's identity provider and forwards them (see docs/web-sign-in.md).
 */
export type WebAuthMode = 'dev' | 'oidc';

export interface WebServerOptions {
  port: number;
  /** The address to listen on; loopback by default (WEB_HOST or HOST opens it, e.g. 0.0.0.0 in a container). */
  host?: string;
  /** The built web application (index.html and assets/). */
  webRoot: string;
  upstreams: Readonly<Record<WebUpstreamName, string>>;
  authMode: WebAuthMode;
}

export interface RunningWebServer {
  url: string;
  close(): Promise<void>;
}

type Next = (error?: unknown) => void;
type Middleware = (req: IncomingMessage, res: ServerResponse, next: Next) => void;

function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  contentType = 'application/json',
) {
  res.statusCode = status;
  res.setHeader('content-type', `${contentType}; charset=utf-8`);
  res.setHeader('cache-control', 'no-store');
  res.end(JSON.stringify(body));
}

/** A service that does not answer is the gateway's problem to report, in the services' own error shape. */
function badGateway(name: WebUpstreamName, res: ServerResponse) {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  sendJson(
    res,
    502,
    {
      type: 'about:blank',
      title: 'Bad Gateway',
      status: 502,
      detail: `the ${name} service does not answer`,
    },
    'application/problem+json',
  );
}

function serviceProxy(name: WebUpstreamName, target: string): Middleware {
  const prefix = `/api/${name}`;
  return createProxyMiddleware<IncomingMessage, ServerResponse>({
    target,
    changeOrigin: true,
    xfwd: true,
    pathFilter: (path) => path === prefix || path.startsWith(`${prefix}/`),
    pathRewrite: (path) => path.slice(prefix.length) || '/',
    on: {
      error: (_error, _req, res) => badGateway(name, res as ServerResponse),
    },
  }) as Middleware;
}

/**
 * The one origin of the web application: the built single-page app (every unknown path answers
 * index.html, so deep links work), `/api/<service>` forwarded to the three services (the browser
 * needs no CORS), `/config.json` with what the app must know at run time, and security headers.
 */
export function webServerHandler(options: WebServerOptions) {
  if (!existsSync(join(options.webRoot, 'index.html'))) {
    throw new Error(
      `the web application is not built: no index.html in ${options.webRoot} (run: npx nx build web)`,
    );
  }
  const securityHeaders = helmet({
    contentSecurityPolicy: {
      // Served over plain http on a developer's machine; TLS ends in front of it in production.
      // Styles come as stylesheets only: no inline <style>, so no 'unsafe-inline'.
      directives: {
        upgradeInsecureRequests: null,
        connectSrc: ["'self'"],
        styleSrc: ["'self'"],
      },
    },
  }) as Middleware;
  const proxies = WEB_UPSTREAM_NAMES.map((name) => serviceProxy(name, options.upstreams[name]));
  const runtimeConfig: Middleware = (req, res, next) => {
    const path = (req.url ?? '/').split('?')[0];
    if (path === '/config.json') sendJson(res, 200, { authMode: options.authMode });
    else if (path === '/health') sendJson(res, 200, { status: 'ok' });
    else next();
  };
  const staticFiles = sirv(options.webRoot, {
    single: true,
    etag: true,
    setHeaders: (res, pathname) => {
      // Vite names assets by content hash; index.html must be fetched anew to find the new ones.
      res.setHeader(
        'cache-control',
        pathname.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      );
    },
  }) as Middleware;
  const chain: Middleware[] = [
    securityHeaders,
    ...proxies,
    runtimeConfig,
    compression() as Middleware,
    staticFiles,
  ];

  return (req: IncomingMessage, res: ServerResponse) => {
    let index = 0;
    const next: Next = (error) => {
      if (error) {
        if (!res.headersSent)
          sendJson(
            res,
            500,
            { title: 'Internal Server Error', status: 500 },
            'application/problem+json',
          );
        return;
      }
      const middleware = chain[index++];
      if (middleware) middleware(req, res, next);
      else sendJson(res, 404, { title: 'Not Found', status: 404 }, 'application/problem+json');
    };
    next();
  };
}

export async function startWebServer(options: WebServerOptions): Promise<RunningWebServer> {
  const server: Server = createServer(webServerHandler(options));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host ?? '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://localhost:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/** The settings of the web server read from the environment, checked at start-up. */
export function loadWebServerSettings(
  env: Record<string, string | undefined>,
  defaults: { upstreams: Readonly<Record<WebUpstreamName, string>> },
): WebServerOptions {
  const issues: string[] = [];
  const host = env['WEB_HOST'] ?? env['HOST'] ?? '127.0.0.1';
  if (host !== 'localhost' && isIP(host) === 0)
    issues.push(
      `WEB_HOST must be an IP address (e.g. 127.0.0.1, 0.0.0.0) or localhost, got "${host}"`,
    );
  const port = Number(env['WEB_PORT'] ?? 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65_535)
    issues.push(`WEB_PORT must be a port number 0..65535, got "${env['WEB_PORT']}"`);
  const authMode = env['WEB_AUTH_MODE'] ?? 'dev';
  if (authMode !== 'dev' && authMode !== 'oidc')
    issues.push(`WEB_AUTH_MODE must be "dev" or "oidc", got "${authMode}"`);
  const upstreams = { ...defaults.upstreams };
  for (const name of WEB_UPSTREAM_NAMES) {
    const variable = `${name.toUpperCase()}_URL`;
    const value = env[variable];
    if (value === undefined) continue;
    if (!/^https?:\/\/[^/\s]+/.test(value))
      issues.push(`${variable} must be an http(s) URL, got "${value}"`);
    upstreams[name] = value;
  }
  if (issues.length > 0)
    throw new Error(`invalid web server configuration:\n  ${issues.join('\n  ')}`);
  return {
    port,
    host,
    webRoot: env['WEB_ROOT'] ?? 'dist/apps/web',
    upstreams,
    authMode: authMode as WebAuthMode,
  };
}
