import { DataSourceOptions, MixedList, EntitySchema } from 'typeorm';
import { EmbeddedPostgres } from './embedded-postgres';
import { QueryLogger, SLOW_QUERY_MS, StructuredLogger } from './query-logger';

export interface ServiceDataSourceOptions {
  url: string;
  embedded: boolean;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: MixedList<Function | string | EntitySchema>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations: MixedList<Function | string>;
  migrationsRun?: boolean;
  /** Where failed and slow queries are logged (without their values); the current one is asked each time. */
  logger?: () => StructuredLogger;
}

/** TypeORM options every service shares: Postgres, migrations at boot, never synchronize. */
export function serviceDataSourceOptions(options: ServiceDataSourceOptions): DataSourceOptions {
  return {
    type: 'postgres',
    url: options.url,
    entities: options.entities,
    migrations: options.migrations,
    migrationsRun: options.migrationsRun ?? true,
    migrationsTransactionMode: 'each',
    synchronize: false,
    // TypeORM's own logger prints failed queries with their PARAMETERS in plain text: never use it.
    logging: options.logger ? ['error', 'warn', 'migration'] : false,
    ...(options.logger && {
      logger: new QueryLogger(options.logger),
      maxQueryExecutionTime: SLOW_QUERY_MS,
    }),
    extra: options.embedded
      ? { max: EmbeddedPostgres.poolSize }
      : { max: 10, connectionTimeoutMillis: 5_000 },
  };
}
