import { DynamicModule, Logger, Module, Type } from '@nestjs/common';
import { APP_INTERCEPTOR, NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { ScheduleModule } from '@nestjs/schedule';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AddressInfo } from 'node:net';
import { EntitySchema, MixedList } from 'typeorm';
import {
  DatabaseConnection,
  DatabaseHealthContributor,
  openDatabaseConnection,
  serviceDataSourceOptions,
} from '@bridge/database';
import {
  BusHealthContributor,
  EventBus,
  EventConsumer,
  InboxMessage,
  MessagingModule,
  MessagingTables1764300000000,
  OutboxMessage,
} from '@bridge/messaging';
import {
  configureHttpApp,
  HealthContributor,
  IdempotencyKeysTable1764300000050,
  IdempotencyModule,
  IdempotencyRecord,
  loadServiceConfig,
  PlatformLogger,
  PlatformModule,
  ServiceConfig,
} from '@bridge/platform';
import { DatabaseUnavailableInterceptor } from './database-unavailable.interceptor';

/** What a service module is built from: its validated configuration and its open database. */
export interface ServiceRuntime {
  config: ServiceConfig;
  database: DatabaseConnection;
  /** Replaces the configured bus (the all-in-one launcher and tests share one in-process bus). */
  bus?: EventBus;
}

export interface ServiceDefinition {
  title: string;
  description: string;
  rootModule(runtime: ServiceRuntime): DynamicModule;
}

export interface InfrastructureOptions {
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: MixedList<Function | string | EntitySchema>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations: Function[];
  healthContributors?: Type<HealthContributor>[];
}

/**
 * Provides the database part of /health next to the TypeORM connection it checks, and answers
 * 503 (not 500) to a request the database was unavailable for.
 */
@Module({
  providers: [
    DatabaseHealthContributor,
    { provide: APP_INTERCEPTOR, useClass: DatabaseUnavailableInterceptor },
  ],
  exports: [DatabaseHealthContributor],
})
class DatabaseHealthModule {}

/**
 * The modules every service stands on, wired the same way in each: platform (config, auth,
 * errors, logs, health), its own database with the shared tables first (messaging, then
 * idempotency keys), the event bus, and the scheduler of timed jobs (e.g. the hourly cleanup of
 * expired idempotency keys).
 */
export function serviceInfrastructure(
  runtime: ServiceRuntime,
  options: InfrastructureOptions,
): DynamicModule[] {
  const { config, database } = runtime;
  return [
    PlatformModule.forRoot(config, {
      healthContributors: [
        DatabaseHealthContributor,
        BusHealthContributor,
        ...(options.healthContributors ?? []),
      ],
    }),
    TypeOrmModule.forRootAsync({
      inject: [PlatformLogger],
      useFactory: (logger: PlatformLogger) =>
        serviceDataSourceOptions({
          ...database,
          entities: [
            OutboxMessage,
            InboxMessage,
            IdempotencyRecord,
            ...(options.entities as unknown[] as Type[]),
          ],
          migrations: [
            MessagingTables1764300000000,
            IdempotencyKeysTable1764300000050,
            ...options.migrations,
          ],
          // Failed and slow queries as JSON lines of the service (with the requestId), without values.
          logger: () => logger.pino,
        }),
    }),
    MessagingModule.forRoot({
      service: config.service,
      bus: runtime.bus,
      kafka: config.kafka && {
        brokers: [...config.kafka.brokers],
        clientId: config.kafka.clientId,
        topicPrefix: config.kafka.topicPrefix,
        startupTimeoutMs: config.kafka.startupTimeoutMs,
      },
      pollIntervalMs: config.outbox.pollIntervalMs,
    }),
    { module: DatabaseHealthModule },
    // Once per app: every forRoot() is a scheduler of its own, and each would run every @Cron job.
    ScheduleModule.forRoot(),
    // Every service has idempotent creates (Idempotency-Key): one table and its hourly cleanup for all.
    { module: IdempotencyModule },
  ];
}

export interface RunningService {
  config: ServiceConfig;
  app: NestExpressApplication;
  url: string;
  database: DatabaseConnection;
  close(): Promise<void>;
}

/**
 * Boots one service: opens its database (embedded when no URL is set), builds its module, serves
 * HTTP, and only then starts its event consumers (Nest's advice for hybrid apps).
 */
export async function startService(
  definition: ServiceDefinition,
  options: { config: ServiceConfig; bus?: EventBus; port?: number; host?: string },
): Promise<RunningService> {
  const { config } = options;
  const database = await openDatabaseConnection({
    service: config.service,
    url: config.database.url,
    dataDir: config.database.dataDir,
    embeddedPassword: config.database.embeddedPassword,
  });
  try {
    const app = await NestFactory.create<NestExpressApplication>(
      definition.rootModule({ config, database, bus: options.bus }),
      { bufferLogs: true },
    );
    configureHttpApp(app, config, {
      openApi: { title: definition.title, description: definition.description, version: '1' },
    });
    await app.listen(options.port ?? config.port, options.host ?? config.host);
    const { address, port } = app.getHttpServer().address() as AddressInfo;
    // Serving already: while the bus waits for its broker, GET /health answers 503 with the reason.
    Logger.log(`listening on port ${port}; joining the event bus`, 'ServiceRuntime');
    await app.get(EventConsumer).start();
    return {
      config,
      app,
      database,
      url: `http://${urlHost(address)}:${port}`,
      async close() {
        await app.close();
        await database.close();
      },
    };
  } catch (error) {
    await database.close();
    throw error;
  }
}

/** Where this machine reaches a server listening on `address`: loopback for the wildcard addresses. */
function urlHost(address: string): string {
  if (address === '0.0.0.0' || address === '::') return '127.0.0.1';
  return address.includes(':') ? `[${address}]` : address;
}

/** The `main.ts` of a service: configuration from the environment, fail fast, serve until stopped. */
export function runServiceMain(
  service: ServiceConfig['service'],
  definition: ServiceDefinition,
): void {
  let config: ServiceConfig;
  try {
    config = loadServiceConfig(service);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
  startService(definition, { config }).then(
    (running) =>
      console.log(
        `${definition.title} listening on ${running.url} (OpenAPI at ${running.url}/docs)`,
      ),
    (error: unknown) => {
      console.error(`${definition.title} failed to start:`, error);
      process.exit(1);
    },
  );
}
