import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import type { IncomingMessage } from 'node:http';
import { ForbiddenProblem, UnauthorizedProblem } from '../errors/domain-problem.exception';
import { ServiceConfig } from '../config/service-config.model';
import { RequestWithPrincipal } from './current-principal.decorator';
import { parsePrincipalClaims } from './principal-claims.parser';
import { IS_PUBLIC } from './public.decorator';
import type { Role } from './role.model';
import { ROLES_KEY } from './roles.decorator';

const BEARER = /^Bearer\s+(\S+)\s*$/i;

/**
 * A token must expire, and within the configured lifetime: counted from `iat` when present, else
 * from now. (Issuer and audience are checked by the verifier when configured.)
 */
function lifetimeIssue(payload: unknown, maxSeconds: number): string | undefined {
  const { exp, iat } = payload as { exp?: unknown; iat?: unknown };
  if (typeof exp !== 'number') return 'The bearer token has no expiry (exp)';
  const from = typeof iat === 'number' ? iat : Math.floor(Date.now() / 1000);
  if (exp - from > maxSeconds) {
    return `The bearer token lives longer than the ${maxSeconds} s this service accepts`;
  }
  return undefined;
}

/**
 * Global guard: every HTTP route needs a valid HS256 bearer token unless `@Public()`; the token's
 * claims become the request's `Principal`; `exp` is required and bounded; `@Roles(...)` is enforced (403). Other transports
 * (Kafka handlers of a hybrid app) are not guarded.
 */
@Injectable()
export class JwtAuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly jwt: JwtService,
    private readonly config: ServiceConfig,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;

    const request = context.switchToHttp().getRequest<IncomingMessage & RequestWithPrincipal>();
    const match = BEARER.exec(request.headers.authorization ?? '');
    if (!match) throw new UnauthorizedProblem('A bearer token is required');

    let payload: unknown;
    try {
      payload = await this.jwt.verifyAsync<object>(match[1]);
    } catch (error) {
      const expired = (error as Error).name === 'TokenExpiredError';
      throw new UnauthorizedProblem(
        expired ? 'The bearer token has expired' : 'The bearer token is invalid',
      );
    }
    const lifetime = lifetimeIssue(payload, this.config.auth.jwtMaxTtlSeconds);
    if (lifetime) throw new UnauthorizedProblem(lifetime);
    const claims = parsePrincipalClaims(payload, { strict: false });
    if (!claims.ok) {
      const fields = claims.errors.map((e) => `${e.field} ${e.message}`).join('; ');
      throw new UnauthorizedProblem(`The bearer token's claims are invalid: ${fields}`);
    }
    request.principal = claims.principal;

    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    if (roles && !roles.includes(claims.principal.role)) {
      throw new ForbiddenProblem(`Role ${claims.principal.role} may not use this endpoint`);
    }
    return true;
  }
}
