import type { NextFunction, Request, Response } from 'express';
import {
  BadRequestProblem,
  PayloadTooLargeProblem,
} from './domain-problem.exception';
import { bodyTooLarge } from './problem.mapper';

/**
 * Express error middleware placed right after the JSON body parser: turns its errors into domain
 * problems before Nest rewrites them (Nest turns a JSON SyntaxError into a bare 400).
 */
export function translateBodyParserErrors(
  error: unknown,
  _req: Request,
  _res: Response,
  next: NextFunction,
): void {
  const { type, message, limit } = (error ?? {}) as {
    type?: string;
    message?: string;
    limit?: number;
  };
  if (type === 'entity.parse.failed') {
    next(
      new BadRequestProblem(
        `Malformed JSON in request body: ${message ?? 'cannot be parsed'}`,
      ),
    );
  } else if (type === 'entity.too.large') {
    next(new PayloadTooLargeProblem(bodyTooLarge(limit)));
  } else {
    next(error);
  }
}
