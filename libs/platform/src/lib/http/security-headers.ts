import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import type { ServiceConfig } from '../config/service-config.model';

type Handler = (req: Request, res: Response, next: NextFunction) => void;

/** The Swagger UI and its documents: an HTML page with its own scripts and styles. */
const DOCS_PATH = /^\/docs(?:[-/.]|$)/;

/** What an API answer needs: nothing to load, nothing to frame it, no form to post. */
const API_CSP = {
  useDefaults: false,
  directives: {
    defaultSrc: ["'none'"],
    frameAncestors: ["'none'"],
    baseUri: ["'none'"],
    formAction: ["'none'"],
  },
};

/**
 * helmet's defaults on every answer, as the web server sets them (libs/web-server): nosniff,
 * no framing, no referrer, cross-origin isolation — with a CSP that allows nothing on the API and
 * helmet's own CSP on the Swagger UI (its scripts and stylesheets are files of its own origin).
 * HSTS only behind TLS: when HSTS=true, or when the request came over https (directly, or per
 * x-forwarded-proto from a proxy that TRUST_PROXY names). Every answer but the docs is
 * `Cache-Control: no-store`: answers carry candidate data, and no cache may keep them.
 */
export function securityHeaders(config: ServiceConfig): Handler[] {
  const common = {
    strictTransportSecurity: false,
    frameguard: { action: 'deny' as const },
  };
  const api = helmet({ ...common, contentSecurityPolicy: API_CSP }) as Handler;
  const docs = helmet({
    ...common,
    // Served over plain http on a developer's machine; TLS, where used, ends in front of it.
    contentSecurityPolicy: { directives: { upgradeInsecureRequests: null } },
  }) as Handler;
  const hsts = helmet.strictTransportSecurity({
    maxAge: 31_536_000,
    includeSubDomains: true,
  }) as Handler;

  return [
    (req, res, next) => (DOCS_PATH.test(req.path) ? docs : api)(req, res, next),
    (req, res, next) => {
      if (!DOCS_PATH.test(req.path)) res.setHeader('Cache-Control', 'no-store');
      if (config.http.hsts || req.secure) hsts(req, res, next);
      else next();
    },
  ];
}
