import { join } from 'node:path';
import { EmbeddedPostgres } from './embedded-postgres';

/** Where a service's database lives: a real Postgres, or an embedded one this process runs. */
export interface DatabaseConnection {
  url: string;
  embedded: boolean;
  close(): Promise<void>;
}

/**
 * The folder of one of a service's embedded stores (`postgres`, `search`): `<dataDir>/<service>/<store>`, or
 * `undefined` when the stores are kept in memory (`dataDir` null).
 */
export function embeddedStoreDir(
  dataDir: string | null,
  service: string,
  store: string,
): string | undefined {
  return dataDir === null ? undefined : join(dataDir, service, store);
}

/**
 * Resolves the service's database: the configured Postgres URL, or else an embedded Postgres
 * kept under `<dataDir>/<service>` (or in memory when dataDir is null), reachable only with its password.
 */
export async function openDatabaseConnection(options: {
  service: string;
  url?: string;
  dataDir: string | null;
  /** The embedded database's password; absent: generated per data folder (see EmbeddedPostgres). */
  embeddedPassword?: string;
}): Promise<DatabaseConnection> {
  if (options.url) return { url: options.url, embedded: false, close: async () => undefined };
  const embedded = await EmbeddedPostgres.start(
    embeddedStoreDir(options.dataDir, options.service, 'postgres'),
    options.embeddedPassword,
  );
  return { url: embedded.url, embedded: true, close: () => embedded.stop() };
}
