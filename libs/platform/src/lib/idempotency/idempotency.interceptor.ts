import {
  CallHandler,
  ExecutionContext,
  HttpStatus,
  Injectable,
  Logger,
  NestInterceptor,
} from '@nestjs/common';
import { HTTP_CODE_METADATA } from '@nestjs/common/constants';
import { Reflector } from '@nestjs/core';
import type { Request, Response } from 'express';
import { from, Observable, of, switchMap, tap } from 'rxjs';
import type { RequestWithPrincipal } from '../auth/current-principal.decorator';
import { BadRequestProblem } from '../errors/domain-problem.exception';
import { IdempotencyService, idempotencyOutcome } from './idempotency.service';
import {
  callerOf,
  IDEMPOTENCY_KEY_HEADER,
  IDEMPOTENT_REPLAYED_HEADER,
  IdempotentRequest,
  isValidIdempotencyKey,
} from './idempotent-request.model';
import { requestHash } from './request-hash.util';

/** Where the interceptor leaves the idempotent request for the handler (`@IdempotencyKey()`). */
export interface RequestWithIdempotency extends RequestWithPrincipal {
  idempotency?: IdempotentRequest;
}

/**
 * Before a create runs: without an `Idempotency-Key` nothing happens; a malformed key is a 400
 * naming the header; with a key this caller already used for the same request, the first answer
 * is replayed (the handler, and so validation and every write, is skipped); otherwise the key
 * travels to the handler (`@IdempotencyKey()`), whose service runs its writes in
 * `IdempotencyService.transaction`. Runs after the auth guard, so a role that may not create
 * never learns anything from a key. See IdempotencyService for the rules.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  private readonly logger = new Logger(IdempotencyInterceptor.name);

  constructor(
    private readonly idempotency: IdempotencyService,
    private readonly reflector: Reflector,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const http = context.switchToHttp();
    const req = http.getRequest<Request & RequestWithIdempotency>();
    const key = req.headers[IDEMPOTENCY_KEY_HEADER.toLowerCase()];
    if (key === undefined || !req.principal) return next.handle();
    if (typeof key !== 'string' || !isValidIdempotencyKey(key)) {
      throw new BadRequestProblem(`Invalid input: ${IDEMPOTENCY_KEY_HEADER}`, [
        {
          field: IDEMPOTENCY_KEY_HEADER,
          message: 'must be 1 to 255 visible ASCII characters',
        },
      ]);
    }
    const routePath = (req.route as { path?: string } | undefined)?.path ?? req.path;
    const request: IdempotentRequest = {
      caller: callerOf(req.principal),
      key,
      route: `${req.method} ${routePath}`,
      requestHash: requestHash(req.body),
      successStatus:
        this.reflector.get<number | undefined>(HTTP_CODE_METADATA, context.getHandler()) ??
        (req.method === 'POST' ? HttpStatus.CREATED : HttpStatus.OK),
    };
    const response = http.getResponse<Response>();
    return from(this.idempotency.storedResponse(request)).pipe(
      switchMap((stored) => {
        if (stored) {
          response.setHeader(IDEMPOTENT_REPLAYED_HEADER, 'true');
          return of(stored.body);
        }
        req.idempotency = request;
        return next.handle().pipe(
          tap(() => {
            const outcome = idempotencyOutcome(request);
            if (outcome === 'replayed') {
              // A concurrent twin committed first: this answer is its answer.
              response.setHeader(IDEMPOTENT_REPLAYED_HEADER, 'true');
            } else if (outcome === undefined) {
              this.logger.error(
                `${request.route} is @Idempotent() but did not run IdempotencyService.transaction: ` +
                  `${IDEMPOTENCY_KEY_HEADER} ${JSON.stringify(key)} was not stored`,
              );
            }
          }),
        );
      }),
    );
  }
}
