import { applyDecorators, ExecutionContext, Injectable, SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ThrottlerGuard, ThrottlerLimitDetail, ThrottlerModuleOptions } from '@nestjs/throttler';
import type { Response } from 'express';
import type { RequestWithPrincipal } from '../auth/current-principal.decorator';
import type { ServiceConfig } from '../config/service-config.model';
import { ApiProblemResponse } from '../openapi/api-problem-response.decorator';

/** The limited kinds of request; each route opts in with `@RateLimit(name)`. */
export const RATE_LIMITS = {
  'dev-token': 'devToken',
  'dji-lookup': 'djiLookup',
  registration: 'registration',
} as const satisfies Record<string, keyof ServiceConfig['rateLimits']>;
export type RateLimitName = keyof typeof RATE_LIMITS;

const RATE_LIMITED = 'bridge:rate-limit';
const WINDOW_MS = 60_000;

/** Counts this route's requests against the named limit (RATE_LIMIT_* per minute and principal). */
export const RateLimit = (name: RateLimitName) =>
  applyDecorators(
    SetMetadata(RATE_LIMITED, name),
    ApiProblemResponse(429, `Over the ${name} rate limit; try again after Retry-After seconds`),
  );

/** One named throttler per limit; each applies only to the routes marked with its name. */
export function rateLimitOptions(config: ServiceConfig): ThrottlerModuleOptions {
  const reflector = new Reflector();
  return Object.entries(RATE_LIMITS).map(([name, setting]) => ({
    name,
    ttl: WINDOW_MS,
    limit: config.rateLimits[setting],
    skipIf: (context: ExecutionContext) =>
      reflector.getAllAndOverride<RateLimitName | undefined>(RATE_LIMITED, [
        context.getHandler(),
        context.getClass(),
      ]) !== name,
  }));
}

/**
 * Runs after the JWT guard: counts per principal (role and subject), or per client address on
 * public routes. Over the limit: 429 problem+json with `Retry-After` in seconds.
 */
@Injectable()
export class RateLimitGuard extends ThrottlerGuard {
  protected override async getTracker(req: Record<string, unknown>): Promise<string> {
    const { principal } = req as RequestWithPrincipal;
    return principal ? `${principal.role}:${principal.sub}` : String(req['ip'] ?? 'unknown');
  }

  protected override async throwThrottlingException(
    context: ExecutionContext,
    detail: ThrottlerLimitDetail,
  ): Promise<void> {
    context
      .switchToHttp()
      .getResponse<Response>()
      .setHeader('Retry-After', String(detail.timeToBlockExpire));
    return super.throwThrottlingException(context, detail);
  }
}
