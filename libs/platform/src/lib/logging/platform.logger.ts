import { Inject, Injectable, LoggerService } from '@nestjs/common';
import type { Logger } from 'pino';
import { currentRequestLogger } from './request-context';

/** The injection token of the service's root pino logger. */
export const ROOT_LOGGER = Symbol('ROOT_LOGGER');

type Level = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace';

const STACK = /\n\s+at /;

/**
 * The service's logger, for Nest (`app.useLogger`) and for injection. Inside a request it writes
 * through that request's logger (so every line carries `requestId`); outside, through the
 * service's root logger (every line carries `service`). For structured logs use `.pino`.
 */
@Injectable()
export class PlatformLogger implements LoggerService {
  constructor(@Inject(ROOT_LOGGER) private readonly root: Logger) {}

  /** The pino logger to use now: the current request's, else the service's root logger. */
  get pino(): Logger {
    return currentRequestLogger() ?? this.root;
  }

  log(message: unknown, ...params: unknown[]): void {
    this.write('info', message, params);
  }
  error(message: unknown, ...params: unknown[]): void {
    this.write('error', message, params);
  }
  warn(message: unknown, ...params: unknown[]): void {
    this.write('warn', message, params);
  }
  debug(message: unknown, ...params: unknown[]): void {
    this.write('debug', message, params);
  }
  verbose(message: unknown, ...params: unknown[]): void {
    this.write('trace', message, params);
  }
  fatal(message: unknown, ...params: unknown[]): void {
    this.write('fatal', message, params);
  }

  /** Nest's calling convention: `(message, ...extra, context?)`, for errors `(message, stack?, context?)`. */
  private write(level: Level, message: unknown, params: unknown[]): void {
    const rest = [...params];
    const fields: Record<string, unknown> = {};
    const last = rest[rest.length - 1];
    if (typeof last === 'string' && !STACK.test(last)) fields['context'] = rest.pop();
    const stack = rest.find((p): p is string => typeof p === 'string' && STACK.test(p));
    if (stack) fields['stack'] = stack;
    if (message instanceof Error) {
      this.pino[level]({ ...fields, err: message }, message.message);
    } else if (message !== null && typeof message === 'object') {
      this.pino[level]({ ...fields, ...(message as Record<string, unknown>) });
    } else {
      this.pino[level](fields, String(message));
    }
  }
}
