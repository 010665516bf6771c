import {
  CallHandler,
  ExecutionContext,
  HttpStatus,
  Injectable,
  Logger,
  NestInterceptor,
  UseInterceptors,
  applyDecorators,
} from '@nestjs/common';
import { HTTP_CODE_METADATA } from '@nestjs/common/constants';
import { Reflector } from '@nestjs/core';
import { ApiHeader } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { catchError, from, mergeMap, Observable, of, throwError } from 'rxjs';
import {
  BadRequestProblem,
  ConflictProblem,
  RequestWithPrincipal,
} from '@bridge/platform';
import {
  callerOf,
  IdempotencyRef,
  IdempotencyService,
  requestHash,
} from './idempotency.service';

export const IDEMPOTENCY_KEY_HEADER = 'Idempotency-Key';
export const IDEMPOTENT_REPLAYED_HEADER = 'Idempotent-Replayed';
const KEY_FORMAT = /^[\x21-\x7e]{1,255}$/;

/**
 * `Idempotency-Key` on a create route: the first successful result of (caller, route, key) is
 * stored and answered again to retries, which create nothing. The same key with another body is a
 * 409, as is a retry while the first request is still running. Without the header the route
 * behaves as usual.
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
    const request = context
      .switchToHttp()
      .getRequest<Request & RequestWithPrincipal>();
    const response = context.switchToHttp().getResponse<Response>();
    const key = request.headers[IDEMPOTENCY_KEY_HEADER.toLowerCase()];
    if (key === undefined || !request.principal) return next.handle();
    if (typeof key !== 'string' || !KEY_FORMAT.test(key)) {
      throw new BadRequestProblem(`Invalid input: ${IDEMPOTENCY_KEY_HEADER}`, [
        {
          field: IDEMPOTENCY_KEY_HEADER,
          message: 'must be 1 to 255 visible ASCII characters',
        },
      ]);
    }
    const ref: IdempotencyRef = {
      caller: callerOf(request.principal),
      operation: `${context.getClass().name}.${context.getHandler().name}`,
      key,
    };
    const status =
      this.reflector.get<number | undefined>(
        HTTP_CODE_METADATA,
        context.getHandler(),
      ) ?? (request.method === 'POST' ? HttpStatus.CREATED : HttpStatus.OK);

    return from(this.idempotency.begin(ref, requestHash(request.body))).pipe(
      mergeMap((begun) => {
        switch (begun.kind) {
          case 'replay':
            response.setHeader(IDEMPOTENT_REPLAYED_HEADER, 'true');
            return of(begun.body);
          case 'mismatch':
            throw new ConflictProblem(
              `${IDEMPOTENCY_KEY_HEADER} ${key} was already used for a different request; use a new key`,
            );
          case 'in-progress':
            throw new ConflictProblem(
              `A request with ${IDEMPOTENCY_KEY_HEADER} ${key} is still being processed; retry later`,
            );
          case 'new':
            return next.handle().pipe(
              mergeMap((body) => from(this.remember(ref, status, body))),
              catchError((error: unknown) =>
                from(this.idempotency.release(ref).catch(() => undefined)).pipe(
                  mergeMap(() => throwError(() => error)),
                ),
              ),
            );
        }
      }),
    );
  }

  /** Stores the result; if that fails the create still succeeded, so answer it anyway. */
  private async remember(
    ref: IdempotencyRef,
    status: number,
    body: unknown,
  ): Promise<unknown> {
    try {
      await this.idempotency.complete(ref, status, body);
    } catch (error) {
      this.logger.warn(
        `could not store the result of ${IDEMPOTENCY_KEY_HEADER} ${ref.key}: ${(error as Error).message}`,
      );
    }
    return body;
  }
}

/** Marks a create route as honouring the `Idempotency-Key` header (and documents the header). */
export function Idempotent(): MethodDecorator & ClassDecorator {
  return applyDecorators(
    UseInterceptors(IdempotencyInterceptor),
    ApiHeader({
      name: IDEMPOTENCY_KEY_HEADER,
      required: false,
      description:
        'Retrying with the same key (and body) returns the first result and creates nothing new; ' +
        `the replay carries "${IDEMPOTENT_REPLAYED_HEADER}: true". Keys are kept 24 hours per caller.`,
    }),
  );
}
