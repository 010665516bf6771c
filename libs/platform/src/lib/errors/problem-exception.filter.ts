import { ArgumentsHost, Catch, ExceptionFilter, Injectable } from '@nestjs/common';
import type { Request, Response } from 'express';
import { throwError } from 'rxjs';
import { PlatformLogger } from '../logging/platform.logger';
import { maskUrl } from '../logging/pino-http.options';
import { currentRequestLogger } from '../logging/request-context';
import { resolveRequestId } from '../logging/request-id.util';
import { toProblem } from './problem.mapper';
import { PROBLEM_CONTENT_TYPE } from './problem.model';

/**
 * The one global exception filter: answers every HTTP error as `application/problem+json` with
 * the request id. Unknown errors become a 500 that hides their message and are logged with the
 * stack. Non-HTTP contexts (message handlers) get the exception back unchanged.
 */
@Catch()
@Injectable()
export class ProblemExceptionFilter implements ExceptionFilter {
  constructor(private readonly logger: PlatformLogger) {}

  catch(exception: unknown, host: ArgumentsHost): unknown {
    if (host.getType() !== 'http') return throwError(() => exception);
    const http = host.switchToHttp();
    const req = http.getRequest<Request>();
    const res = http.getResponse<Response>();
    const requestId = resolveRequestId(req, res);
    const problem = toProblem(exception, requestId);

    // Before the logging middleware ran (e.g. malformed JSON) there is no request logger yet.
    const log = currentRequestLogger() ?? this.logger.pino.child({ requestId });
    if (problem.status >= 500) {
      log.error(
        { err: exception, method: req.method, url: maskUrl(req.originalUrl) },
        'Request failed with an unexpected error',
      );
    } else if (!currentRequestLogger()) {
      log.warn(
        {
          method: req.method,
          url: maskUrl(req.originalUrl),
          status: problem.status,
        },
        'Request rejected before routing',
      );
    }
    if (res.headersSent) {
      res.end();
      return undefined;
    }
    if (problem.status === 401) res.setHeader('WWW-Authenticate', 'Bearer');
    res.status(problem.status).type(PROBLEM_CONTENT_TYPE).json(problem);
    return undefined;
  }
}
