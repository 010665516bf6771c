import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import { BadRequestProblem } from '../errors/domain-problem.exception';

interface RouterLayer {
  route?: { path?: unknown };
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
  const routePaths = (): string[][] => {
    const router = (
      app.getHttpAdapter().getInstance() as {
        router?: { stack?: RouterLayer[] };
      }
    ).router;
    return (router?.stack ?? [])
      .map((layer) => layer.route?.path)
      .filter((path): path is string => typeof path === 'string')
      .map((path) => path.split('/'));
  };
  return (req: Request, _res: Response, next: NextFunction): void => {
    const segments = req.path.split('/');
    const at = segments.findIndex((segment) => !decodes(segment));
    if (at < 0) return next();
    const route = routePaths().find(
      (parts) =>
        parts.length === segments.length &&
        parts.every(
          (part, i) =>
            part.startsWith(':') || (i !== at && part === segments[i]),
        ),
    );
    const field = route ? route[at].slice(1) : 'path';
    next(
      new BadRequestProblem(`Invalid input: ${field}`, [
        { field, message: 'is not valid percent-encoded UTF-8' },
      ]),
    );
  };
}
