import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import type { Request } from 'express';
import type { Observable } from 'rxjs';
import { BadRequestProblem } from '../errors/domain-problem.exception';
import type { FieldError } from '../errors/problem.model';
import { malformedInputFields } from './request-input';

/** What a handler takes of one request part: all of it (a DTO), the named keys, or nothing. */
type Declared = 'all' | ReadonlySet<string>;

/**
 * Checks every request before its handler's pipes run (installed globally by `PlatformModule`):
 * - a body or query field the handler does not take is a 400 naming it: a bodiless action
 *   (`POST /school-places/:id/withdraw`) with `{"x":1}` is refused, not carried out; a DTO's
 *   unknown fields are the validation pipe's to name;
 * - a NUL character or lone UTF-16 surrogate in any string of body, query or path, and a
 *   `__proto__`, `constructor` or `prototype` key at any depth, is a 400 naming the field.
 * Nothing reaches the handler, so nothing changes.
 */
@Injectable()
export class RequestInputInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() === 'http') {
      const req = context.switchToHttp().getRequest<Request>();
      const args = routeArgs(context);
      const errors = [
        ...unknownFields(req.body, declared(args, RouteParamtypes.BODY), 'body'),
        ...unknownFields(req.query, declared(args, RouteParamtypes.QUERY), 'query'),
        ...malformedInputFields(req.body),
        ...malformedInputFields(req.query),
        ...malformedInputFields(req.params),
      ];
      if (errors.length > 0) {
        throw new BadRequestProblem(
          `Invalid input: ${[...new Set(errors.map((e) => e.field))].join(', ')}`,
          errors,
        );
      }
    }
    return next.handle();
  }
}

interface RouteArg {
  data?: unknown;
}

function routeArgs(context: ExecutionContext): Record<string, RouteArg> {
  return (
    Reflect.getMetadata(ROUTE_ARGS_METADATA, context.getClass(), context.getHandler().name) ?? {}
  );
}

/** Nest keys route arguments `<paramtype>:<index>`; `@Body()` has no data, `@Body('x')` has 'x'. */
function declared(args: Record<string, RouteArg>, type: RouteParamtypes): Declared {
  const keys = new Set<string>();
  for (const [key, arg] of Object.entries(args)) {
    if (key.split(':')[0] !== String(type)) continue;
    if (typeof arg.data !== 'string') return 'all';
    keys.add(arg.data);
  }
  return keys;
}

function unknownFields(input: unknown, taken: Declared, part: 'body' | 'query'): FieldError[] {
  if (taken === 'all' || input === undefined) return [];
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    // Only a body can be a bare array or value; an empty one is no input.
    if (Array.isArray(input) && input.length === 0) return [];
    return [{ field: '(body)', message: 'must be empty: this action takes no body' }];
  }
  return Object.keys(input)
    .filter((key) => !taken.has(key))
    .map((key) => ({
      field: key,
      message:
        part === 'body'
          ? 'is not a known field: this action takes no such body field'
          : 'is not a known query parameter',
    }));
}
