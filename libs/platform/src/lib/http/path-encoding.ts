import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import { BadRequestProblem } from '../errors/domain-problem.exception';

interface RouterLayer {
  route?: { path?: unknown; methods?: Record<string, boolean> };
}

function decodes(segment: string): boolean {
  try {
    decodeURIComponent(segment);
    return true;
  } catch {
    return false;
  }
}

/**
 * Refuses a path with a segment that is no valid percent-encoded UTF-8 (`/vacancies/%E0%A4`) with
 * a 400 naming the route's parameter, before the router fails to decode it: the router's own
 * error names no parameter and quotes the raw segment back (a DJI number typed into a path, say).
 */
export function refuseUndecodablePaths(app: NestExpressApplication) {
  /** The paths of the routes of `method`, split into segments (`/providers/:brin` → `['', 'providers', ':brin']`). */
  const routePaths = (method: string): string[][] => {
    const router = (
      app.getHttpAdapter().getInstance() as {
        router?: { stack?: RouterLayer[] };
      }
    ).router;
    return (router?.stack ?? [])
      .filter((layer) => layer.route?.methods?.[method])
      .map((layer) => layer.route?.path)
      .filter((path): path is string => typeof path === 'string')
      .map((path) => path.split('/'));
  };
  return (req: Request, _res: Response, next: NextFunction): void => {
    const segments = req.path.split('/');
    const at = segments.findIndex((segment) => !decodes(segment));
    if (at < 0) return next();
    // Express answers HEAD with the GET route.
    const method = req.method === 'HEAD' ? 'get' : req.method.toLowerCase();
    const route = routePaths(method).find(
      (parts) =>
        parts.length === segments.length &&
        parts.every((part, i) => part.startsWith(':') || (i !== at && part === segments[i])),
    );
    const field = route ? route[at].slice(1) : 'path';
    next(
      new BadRequestProblem(`Invalid input: ${field}`, [
        { field, message: 'is not valid percent-encoded UTF-8' },
      ]),
    );
  };
}
