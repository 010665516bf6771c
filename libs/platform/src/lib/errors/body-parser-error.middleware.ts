import type { NextFunction, Request, Response } from 'express';
import { BadRequestProblem, PayloadTooLargeProblem } from './domain-problem.exception';
import { JSON_TOO_DEEP, jsonTooDeepDetail, malformedJsonDetail } from './json-body';
import { bodyTooLarge } from './problem.mapper';

/**
 * Express error middleware placed right after the JSON body parser: turns its errors into domain
 * problems before Nest rewrites them (Nest turns a JSON SyntaxError into a bare 400). The parser's
 * own message quotes the body, so it is never passed on.
 */
export function translateBodyParserErrors(
  error: unknown,
  _req: Request,
  _res: Response,
  next: NextFunction,
): void {
  const { type, body, limit } = (error ?? {}) as {
    type?: string;
    body?: unknown;
    limit?: number;
  };
  if (type === 'entity.parse.failed') {
    next(
      new BadRequestProblem(malformedJsonDetail(body), [
        { field: '(body)', message: 'is not valid JSON' },
      ]),
    );
  } else if (type === JSON_TOO_DEEP) {
    next(
      new BadRequestProblem(jsonTooDeepDetail(), [
        {
          field: '(body)',
          message: 'is nested too deep',
        },
      ]),
    );
  } else if (type === 'entity.too.large') {
    next(new PayloadTooLargeProblem(bodyTooLarge(limit)));
  } else {
    next(error);
  }
}
