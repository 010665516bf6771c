import { DataSourceOptions, MixedList, EntitySchema } from 'typeorm';
import { EmbeddedPostgres } from './embedded-postgres';

export interface ServiceDataSourceOptions {
  url: string;
  embedded: boolean;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: MixedList<Function | string | EntitySchema>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations: MixedList<Function | string>;
  migrationsRun?: boolean;
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
    logging: ['error', 'migration'],
    extra: options.embedded
      ? { max: EmbeddedPostgres.poolSize }
      : { max: 10, connectionTimeoutMillis: 5_000 },
  };
}
