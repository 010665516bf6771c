import type { NestExpressApplication } from '@nestjs/platform-express';
import { ServiceConfig } from './config/service-config.model';
import { translateBodyParserErrors } from './errors/body-parser-error.middleware';
import { refuseDeepJson } from './errors/json-body';
import { answerClientErrorsAsProblems } from './http/client-errors';
import { refuseUndecodablePaths } from './http/path-encoding';
import { securityHeaders } from './http/security-headers';
import { PlatformLogger } from './logging/platform.logger';
import { OpenApiOptions, setupOpenApi } from './openapi/openapi.setup';

export const BODY_SIZE_LIMIT = '1mb';

export interface HttpAppOptions {
  /** The OpenAPI info; `false` serves no `/docs`. Default: "Bridge <service> service" 1.0. */
  openApi?: Partial<OpenApiOptions> | false;
  /** Close the app on SIGTERM/SIGINT (default true). */
  shutdownHooks?: boolean;
}

/**
 * What must be done on the app instance, after `NestFactory.create` and before `listen`/`init`:
 * the pino logger for Nest, security headers (and which proxies to trust), a 400 naming the parameter for a path that is no valid percent-encoding,
 * problem answers for requests Node cannot parse (431 for a request line above 16 KiB),
 * a 1 MB JSON body limit and a nesting cap with problem answers for bad bodies,
 * `/docs` + `/docs-json`, shutdown hooks. Create the app with `{ bufferLogs: true }` so the
 * bootstrap lines go through the service logger too.
 */
export function configureHttpApp(
  app: NestExpressApplication,
  config: ServiceConfig,
  options: HttpAppOptions = {},
): NestExpressApplication {
  app.useLogger(app.get(PlatformLogger));
  app.flushLogs();
  app.disable('x-powered-by');
  const { trustProxy } = config.http;
  app.set('trust proxy', trustProxy && [...trustProxy]);
  app.use(securityHeaders(config));
  app.use(refuseUndecodablePaths(app));
  answerClientErrorsAsProblems(app.getHttpServer());
  app.useBodyParser('json', { limit: BODY_SIZE_LIMIT, verify: refuseDeepJson });
  app.use(translateBodyParserErrors);
  if (options.openApi !== false) {
    setupOpenApi(app, {
      title: `Bridge ${config.service} service`,
      description: `The ${config.service} service of the release-to-work matching platform.`,
      version: '1.0',
      ...options.openApi,
    });
  }
  if (options.shutdownHooks !== false) app.enableShutdownHooks();
  return app;
}
