import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { Principal } from './role.model';

/** Where the guard leaves the authenticated caller on the request. */
export interface RequestWithPrincipal {
  principal?: Principal;
}

/** The authenticated caller (`Principal`); `undefined` only on `@Public()` routes. */
export const CurrentPrincipal = createParamDecorator(
  (_data: unknown, ctx: ExecutionContext): Principal | undefined =>
    ctx.switchToHttp().getRequest<RequestWithPrincipal>().principal,
);
