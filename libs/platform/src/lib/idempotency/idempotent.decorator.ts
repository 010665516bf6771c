import {
  applyDecorators,
  createParamDecorator,
  ExecutionContext,
  UseInterceptors,
} from '@nestjs/common';
import { ApiHeader } from '@nestjs/swagger';
import { IdempotencyInterceptor, RequestWithIdempotency } from './idempotency.interceptor';
import {
  IDEMPOTENCY_KEY_HEADER,
  IDEMPOTENT_REPLAYED_HEADER,
  IdempotentRequest,
} from './idempotent-request.model';

/**
 * Marks a create route as honouring `Idempotency-Key` (and documents the header). The handler
 * passes `@IdempotencyKey()` to `IdempotencyService.transaction`, which runs its writes.
 */
export const Idempotent = () =>
  applyDecorators(
    UseInterceptors(IdempotencyInterceptor),
    ApiHeader({
      name: IDEMPOTENCY_KEY_HEADER,
      required: false,
      description:
        'Any 1–255 visible ASCII characters, e.g. a UUID. Retrying with the same key (same caller, same body) ' +
        `answers the first result again, with "${IDEMPOTENT_REPLAYED_HEADER}: true", and creates nothing; ` +
        'the same key with another body or on another route is a 409. Keys are kept 24 hours per caller.',
      example: '7f1c2d3e-4b5a-4c6d-8e9f-0a1b2c3d4e5f',
    }),
  );

/** The idempotent request of an `@Idempotent()` route, or undefined when no key was sent. */
export const IdempotencyKey = createParamDecorator(
  (_data: unknown, ctx: ExecutionContext): IdempotentRequest | undefined =>
    ctx.switchToHttp().getRequest<RequestWithIdempotency>().idempotency,
);
