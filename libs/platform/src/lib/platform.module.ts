import { createSecretKey } from 'node:crypto';
import {
  DynamicModule,
  Inject,
  Module,
  OnApplicationShutdown,
  RequestMethod,
  Type,
} from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR, APP_PIPE } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { ThrottlerModule } from '@nestjs/throttler';
import { LoggerModule } from 'nestjs-pino';
import type { DestinationStream, Logger } from 'pino';
import { DevTokenController } from './auth/dev-token.controller';
import { JwtAuthGuard } from './auth/jwt-auth.guard';
import { ServiceConfig } from './config/service-config.model';
import { Clock } from './dates/clock';
import { ProblemExceptionFilter } from './errors/problem-exception.filter';
import { createValidationPipe } from './errors/validation.pipe';
import type { HealthContributor } from './health/health-contributor.interface';
import { HealthController } from './health/health.controller';
import { HealthRegistry } from './health/health.registry';
import { HEALTH_OPTIONS, HealthOptions, HealthService } from './health/health.service';
import { RateLimitGuard, rateLimitOptions } from './http/rate-limit';
import { buildPinoHttpOptions } from './logging/pino-http.options';
import { PlatformLogger, ROOT_LOGGER } from './logging/platform.logger';
import { createRootLogger } from './logging/root-logger.factory';
import { RequestInputInterceptor } from './validation/request-input.interceptor';

export interface PlatformModuleOptions {
  /**
   * The dependencies reported by `GET /health`: classes provided by any module of the app
   * (e.g. the database library's contributor), or ready instances.
   */
  healthContributors?: ReadonlyArray<Type<HealthContributor> | HealthContributor>;
  /** Per-check timeout of `GET /health`; default 2000 ms. */
  healthCheckTimeoutMs?: number;
  /** Write log lines here instead of stdout / pino-pretty (tests). */
  logDestination?: DestinationStream;
}

/**
 * The cross-cutting platform of one service: config, logging, the `Clock`, JWT auth (global
 * guard), problem errors (global filter), validation (global pipe; before it, the input checks of
 * `RequestInputInterceptor`), `/health` and, when AUTH_MODE=dev,
 * `POST /auth/dev-token`. Import it once in each app's root module with that app's config; it is
 * global within the app, and apps in one process share nothing through it.
 */
@Module({})
export class PlatformModule implements OnApplicationShutdown {
  constructor(@Inject(ROOT_LOGGER) private readonly rootLogger: Logger) {}

  static forRoot(config: ServiceConfig, options: PlatformModuleOptions = {}): DynamicModule {
    if (!(config instanceof ServiceConfig)) {
      throw new Error('PlatformModule.forRoot needs the result of loadServiceConfig()');
    }
    // One root logger per app, made on first use. Factories (not values) keep the logger and
    // contributor instances out of Nest's module-token hashing.
    let root: Logger | undefined;
    const rootLogger = () => (root ??= createRootLogger(config, options.logDestination));
    const health: HealthOptions = {
      contributors: options.healthContributors ?? [],
      timeoutMs: options.healthCheckTimeoutMs ?? 2000,
    };

    return {
      module: PlatformModule,
      global: true,
      imports: [
        LoggerModule.forRootAsync({
          useFactory: () => ({
            pinoHttp: buildPinoHttpOptions(rootLogger()),
            forRoutes: [{ path: '{*path}', method: RequestMethod.ALL }],
          }),
        }),
        JwtModule.register({
          // A key object made once: given the string, jsonwebtoken first tries it as a public key on
          // every verify and throws that attempt away (about 1 ms a request).
          secret: createSecretKey(Buffer.from(config.auth.jwtSecret)),
          signOptions: {
            algorithm: 'HS256',
            expiresIn: config.auth.jwtTtlSeconds,
            ...(config.auth.issuer && { issuer: config.auth.issuer }),
            ...(config.auth.audience && { audience: config.auth.audience }),
          },
          verifyOptions: {
            algorithms: ['HS256'],
            ...(config.auth.issuer && { issuer: config.auth.issuer }),
            ...(config.auth.audience && { audience: config.auth.audience }),
          },
        }),
        ThrottlerModule.forRoot(rateLimitOptions(config)),
      ],
      controllers: [HealthController, ...(config.auth.mode === 'dev' ? [DevTokenController] : [])],
      providers: [
        { provide: ServiceConfig, useFactory: () => config },
        { provide: ROOT_LOGGER, useFactory: rootLogger },
        { provide: HEALTH_OPTIONS, useFactory: () => health },
        PlatformLogger,
        Clock,
        HealthRegistry,
        HealthService,
        { provide: APP_GUARD, useClass: JwtAuthGuard },
        // After the JWT guard, so that limits count per principal.
        { provide: APP_GUARD, useClass: RateLimitGuard },
        { provide: APP_FILTER, useClass: ProblemExceptionFilter },
        { provide: APP_PIPE, useFactory: createValidationPipe },
        { provide: APP_INTERCEPTOR, useClass: RequestInputInterceptor },
      ],
      exports: [ServiceConfig, ROOT_LOGGER, PlatformLogger, Clock, HealthRegistry, JwtModule],
    };
  }

  onApplicationShutdown(): void {
    this.rootLogger.flush();
  }
}
