import { CallHandler, ExecutionContext, Injectable, Logger, NestInterceptor } from '@nestjs/common';
import type { Response } from 'express';
import { catchError, Observable, throwError } from 'rxjs';
import { isDatabaseUnavailable } from '@bridge/database';
import { DomainProblem } from '@bridge/platform';

/** Seconds a client is told to wait before it retries while the database is away. */
export const DATABASE_RETRY_AFTER_SECONDS = 5;

/** 503: the service's own database is unavailable; the same request may be retried later. */
export class DatabaseUnavailableProblem extends DomainProblem {
  readonly code = 'service-unavailable';

  constructor() {
    super('The service cannot reach its database right now; retry the request later');
  }
}

/**
 * A request that fails because the database is stopped, restarting or unreachable answers a
 * clean 503 problem with `Retry-After` instead of a 500: nothing went wrong with the request,
 * and a retry (with the same Idempotency-Key, for a create) will do. Global, so it also covers
 * the route interceptors that query the database (idempotency keys).
 */
@Injectable()
export class DatabaseUnavailableInterceptor implements NestInterceptor {
  private readonly logger = new Logger('Database');

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    return next.handle().pipe(
      catchError((error: unknown) => {
        if (!isDatabaseUnavailable(error)) return throwError(() => error);
        this.logger.warn(`database unavailable, answering 503: ${(error as Error).message}`);
        context
          .switchToHttp()
          .getResponse<Response>()
          .setHeader('Retry-After', String(DATABASE_RETRY_AFTER_SECONDS));
        return throwError(() => new DatabaseUnavailableProblem());
      }),
    );
  }
}
