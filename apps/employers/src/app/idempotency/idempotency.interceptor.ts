import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { HTTP_CODE_METADATA } from '@nestjs/common/constants';
import { Reflector } from '@nestjs/core';
import type { Request, Response } from 'express';
import { from, Observable, of, switchMap } from 'rxjs';
import { BadRequestProblem, RequestWithPrincipal } from '@bridge/platform';
import { IdempotencyService } from './idempotency.service';
import {
  IDEMPOTENCY_KEY_HEADER,
  IdempotentRequest,
  isValidIdempotencyKey,
  requestHash,
} from './idempotent-request';

/** Where the interceptor leaves the idempotent request for the handler. */
export interface RequestWithIdempotency extends RequestWithPrincipal {
  idempotency?: IdempotentRequest;
}

export const REPLAYED_HEADER = 'Idempotent-Replayed';

/**
 * Before a create runs: without an `Idempotency-Key` nothing happens; with one that this caller
 * already used for the same request, the first answer is replayed (the handler, and so validation
 * and every write, is skipped); otherwise the key travels to the handler (`@IdempotencyKey()`),
 * whose service stores the answer in its transaction. Runs after the auth guard, so a role that
 * may not create never learns anything from a key.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  constructor(
    private readonly idempotency: IdempotencyService,
    private readonly reflector: Reflector,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const http = context.switchToHttp();
    const req = http.getRequest<Request & RequestWithIdempotency>();
    const key = req.headers[IDEMPOTENCY_KEY_HEADER.toLowerCase()];
    if (key === undefined || !req.principal) return next.handle();
    if (typeof key !== 'string' || !isValidIdempotencyKey(key)) {
      throw new BadRequestProblem(`Invalid input: ${IDEMPOTENCY_KEY_HEADER}`, [
        { field: IDEMPOTENCY_KEY_HEADER, message: 'must be 1 to 255 visible ASCII characters' },
      ]);
    }
    const routePath = (req.route as { path?: string } | undefined)?.path ?? req.path;
    const request: IdempotentRequest = {
      principalSub: req.principal.sub,
      key,
      route: `${req.method} ${routePath}`,
      requestHash: requestHash(req.body),
      successStatus:
        this.reflector.get<number | undefined>(HTTP_CODE_METADATA, context.getHandler()) ??
        (req.method === 'POST' ? 201 : 200),
    };
    return from(this.idempotency.storedResponse(request)).pipe(
      switchMap((stored) => {
        if (!stored) {
          req.idempotency = request;
          return next.handle();
        }
        http.getResponse<Response>().setHeader(REPLAYED_HEADER, 'true');
        return of(stored.body);
      }),
    );
  }
}
